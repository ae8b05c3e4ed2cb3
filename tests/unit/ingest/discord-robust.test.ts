import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordCsv, discordJson } from '../../../src/lib/ingest/discord/index';
import { countStringWork } from '../../helpers/string-work';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');
const JSON_TEXT = readFileSync(join(FIXTURES, 'channel_reply_attachment_edit.json'), 'utf8');
const CSV_TEXT = readFileSync(join(FIXTURES, 'channel_multiline_quotes.csv'), 'utf8');

const GARBAGE = [
	'',
	'{',
	'}',
	'{"guild":',
	'{"guild":{}',
	'{"guild":{},"channel":',
	'{"guild":{},"messages":[',
	'{"guild":{},"messages":[{',
	'{"guild":{},"messages":{}}',
	'{"guild":{},"messages":[1,2,]}',
	'{"guild" "x"}',
	'{guild:1}',
	'{' + '{'.repeat(100000),
	'"just a string"',
	'null',
	'[[[',
	'\u0000\u0001\ufffd\ud800',
	'{"guild":{},"channel":{},"messages":[{"timestamp":"2024-01-01T00:00:00Z","author":"x","attachments":{},"stickers":[1],"reference":5}]}',
	'AuthorID,Author,Date,Content,Attachments,Reactions\n"',
	'AuthorID,Author,Date,Content\n1',
	',,,,\n,,,,'
];

describe('Discord parsers never throw', () => {
	it.each(GARBAGE.map((g) => [JSON.stringify(g.slice(0, 40)), g]))('%s', (_name, text) => {
		for (const p of [discordJson, discordCsv]) {
			const out = p.parse({ path: 'x', text });
			expect(out.platform).toBe('discord');
			for (const m of out.messages) expect(typeof m.ts).toBe('string');
		}
	});

	it('non-string entries', () => {
		expect(() => discordJson.parse(null as never)).not.toThrow();
		expect(() => discordCsv.parse({ path: 1, text: 2 } as never)).not.toThrow();
	});

	it('a JSON file cut at any point keeps the complete messages before the cut and reports one problem', () => {
		const starts = [...JSON_TEXT.matchAll(/\n {4}\{/g)].length;
		const ends = [...JSON_TEXT.matchAll(/\n {4}\}/g)].map((m) => m.index + m[0].length);
		expect(starts).toBe(6);
		const messagesAt = JSON_TEXT.indexOf('"guild"') + 1;
		for (let cut = messagesAt; cut < JSON_TEXT.length - 2; cut++) {
			const out = discordJson.parse({ path: 'x.json', text: JSON_TEXT.slice(0, cut) });
			expect(out.messages.length).toBe(ends.filter((e) => e <= cut).length);
			expect(out.unparsed.length).toBe(1);
		}
	});

	it('a CSV cut at any point never throws', () => {
		for (let cut = 0; cut < CSV_TEXT.length; cut++) expect(() => discordCsv.parse({ path: 'x.csv', text: CSV_TEXT.slice(0, cut) })).not.toThrow();
	});

	// Cost is counted, not timed (tests/helpers/string-work.ts): the characters scanned, read and copied for one long
	// line at two lengths stay a small multiple of the line (each reader passes over it a few times), where a rescan per
	// character or per piece would grow with its square.
	const oneLineInputs = (line: string): (() => unknown)[] => [
		() => discordJson.parse({ path: 'x', text: line }),
		() => discordJson.parse({ path: 'x', text: '{"guild":{},"messages":["' + line }),
		() => discordCsv.parse({ path: 'x', text: 'AuthorID,Author,Date,Content,Attachments,Reactions\n1,a,2024-01-01T00:00:00Z,' + line + ',,' }),
		() => discordJson.sniff(line, 'x') || discordCsv.sniff(line, 'x')
	];
	it.each([0, 1, 2, 3])('one long line costs work linear in its length (input %i): counted at 1 M and 2 M characters', (k) => {
		const one = countStringWork(oneLineInputs('y'.repeat(1_000_000))[k]);
		const two = countStringWork(oneLineInputs('y'.repeat(2_000_000))[k]);
		expect(one.work).toBeLessThanOrEqual(32_000_000);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('a 50 MB single line is read whole', { timeout: 60_000 }, () => {
		const line = 'y'.repeat(50_000_000);
		const outs = [
			discordJson.parse({ path: 'x', text: line }),
			discordJson.parse({ path: 'x', text: '{"guild":{},"messages":["' + line }),
			discordCsv.parse({ path: 'x', text: 'AuthorID,Author,Date,Content,Attachments,Reactions\n1,a,2024-01-01T00:00:00Z,' + line + ',,' })
		];
		expect(outs.map((o) => [o.messages.length, o.unparsed.length])).toEqual([
			[0, 1],
			[0, 1],
			[1, 0]
		]);
		expect(discordJson.sniff(line, 'x') || discordCsv.sniff(line, 'x')).toBe(false);
	});
});
