// The figures here were counted with python and grep over the JSON (data-samples/slack/README.md), not taken from the parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { SourceEntry } from '../../../src/lib/ingest/format';
import { slackWorkspace } from '../../../src/lib/ingest/slack/index';
import { computeStats } from '../../../src/lib/ingest/stats';
import type { ParsedFile } from '../../../src/lib/model/types';

const SAMPLES = join(import.meta.dirname, '../../../data-samples/slack');
const EXPORT = 'Northwind Labs Slack export Mar 4 2024 - Mar 8 2024';

function folderEntries(dir: string): SourceEntry[] {
	const out: SourceEntry[] = [];
	const walk = (d: string) => {
		for (const name of readdirSync(d).sort()) {
			const p = join(d, name);
			if (statSync(p).isDirectory()) walk(p);
			else if (name.endsWith('.json')) out.push({ path: relative(SAMPLES, p), text: readFileSync(p, 'utf8') });
		}
	};
	walk(dir);
	return out;
}

function checkFigures(file: ParsedFile): void {
	const stats = computeStats(file);
	expect({ ...stats, conversations: file.conversations.length }).toEqual({
		conversations: 6,
		participants: 10,
		records: 59,
		system: 9,
		media: 5,
		deleted: 2,
		unparsed: 0,
		first_ts: '2024-03-04T07:30:00Z',
		last_ts: '2024-03-08T16:45:00Z'
	});
	expect(file.messages.filter((m) => m.kind === 'call')).toHaveLength(2);
	expect(file.messages.filter((m) => m.replyTo !== undefined)).toHaveLength(7);
	expect(file.messages.filter((m) => m.edited)).toHaveLength(3);
	const perConversation = file.conversations.map((_, i) => file.messages.filter((m) => m.conversation === i).length);
	expect(perConversation).toEqual([24, 13, 7, 6, 4, 5]);
	expect(file.conversations).toEqual([
		{ title: 'general', kind: 'channel', sourceId: 'C01GENRL' },
		{ title: 'deals', kind: 'channel', sourceId: 'C02DEALS' },
		{ title: 'random', kind: 'channel', sourceId: 'C03RANDM' },
		{ title: 'legal-hold', kind: 'channel', sourceId: 'G01LEGAL' },
		{ title: 'Ana, Chidi, Dana W.', kind: 'group', sourceId: 'G02MPDM1' },
		{ title: 'Ana, Bo Li', kind: 'direct', sourceId: 'D01ANABO' }
	]);
	expect(new Set(file.messages.filter((m) => m.kind !== 'system').map((m) => m.author))).toEqual(
		new Set(['', 'Ana', 'Bo Li', 'Chidi', 'Dana W.', 'Lucía Fernández', 'max', 'Jira Cloud', 'Salesforce', 'Slackbot', 'Kim (Tideway)'])
	);
	expect(file.messages.map((m) => m.index)).toEqual(file.messages.map((_, i) => i));
}

describe('Slack sample workspace', () => {
	it('matches the hand-counted figures, read as a folder', () => {
		const entries = folderEntries(join(SAMPLES, EXPORT));
		expect(entries.filter((e) => /\/\d{4}-\d{2}-\d{2}\.json$/.test(e.path))).toHaveLength(22);
		expect(slackWorkspace.sniff(entries.map((e) => ({ path: e.path, sample: e.text.slice(0, 65536) })))).toBe(true);
		checkFigures(slackWorkspace.parse(entries));
	});

	it('matches them again through a zip (fflate), day file traps included', () => {
		const zip = zipSync(Object.fromEntries(folderEntries(join(SAMPLES, EXPORT)).map((e) => [e.path, strToU8(e.text)])));
		const entries = Object.entries(unzipSync(zip)).map(([path, bytes]) => ({ path, text: strFromU8(bytes) }));
		const file = slackWorkspace.parse(entries);
		checkFigures(file);
		const late = file.messages.find((m) => m.ts === '2024-03-05T23:35:40Z');
		expect(late?.path).toBe(`${EXPORT}/general/2024-03-06.json[0]`);
		expect(late?.text).toBe('Late one from Shenzhen: the customs broker wants the HS codes by tomorrow. customs@broker.example');
	});
});
