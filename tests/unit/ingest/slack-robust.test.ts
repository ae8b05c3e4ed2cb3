import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slackDayJson, slackWorkspace } from '../../../src/lib/ingest/slack/index';
import { countStringWork } from '../../helpers/string-work';

const DAY = readFileSync(join(import.meta.dirname, '../../fixtures/slack/workspace_threads_dm_mpim/general/2024-01-05.json'), 'utf8');

const GARBAGE = [
	'',
	'[',
	']',
	'[{',
	'[{"ts":',
	'[{"ts":"1"}',
	'[[[[[[[[[[',
	'[' + '['.repeat(100000),
	'["\\',
	'[,,,]',
	'[1,}',
	'[}',
	'{"a":',
	'null',
	'\u0000\u0001\u0002\ufffd\ud800',
	'[{"type":"message","ts":"1704448800.000100","text":"<@","files":"nope","edited":1,"user":{}}]',
	'[{"type":"message","ts":"1704448800.000100","text":42,"user_profile":"x","thread_ts":7}]'
];

describe('Slack parsers never throw', () => {
	it.each(GARBAGE.map((g) => [JSON.stringify(g.slice(0, 40)), g]))('day file %s', (_name, text) => {
		const out = slackDayJson.parse({ path: 'c/2024-01-01.json', text });
		expect(out.platform).toBe('slack');
		for (const m of out.messages) expect(m.ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
	});

	it('workspace of garbage entries', () => {
		const entries = GARBAGE.map((text, i) => ({
			path: i % 2 ? `c${i}/2024-01-0${(i % 9) + 1}.json` : ['users.json', 'channels.json', 'dms.json', 'mpims.json', 'groups.json'][i % 5],
			text
		}));
		expect(() => slackWorkspace.parse(entries)).not.toThrow();
		expect(() => slackWorkspace.parse(null as unknown as [])).not.toThrow();
		expect(() => slackWorkspace.parse([null, { path: 3 }, { path: 'a/2024-01-01.json' }] as unknown as [])).not.toThrow();
		expect(() => slackWorkspace.sniff([null, { path: 3 }] as unknown as [])).not.toThrow();
	});

	it('a file cut at any point keeps every complete record before the cut and reports the cut', () => {
		const ends = [...DAY.matchAll(/\n    \}/g)].map((m) => m.index + m[0].length);
		for (let cut = 1; cut < DAY.length - 3; cut++) {
			const out = slackDayJson.parse({ path: 'general/2024-01-05.json', text: DAY.slice(0, cut) });
			expect(out.messages.length).toBe(ends.filter((e) => e <= cut).length);
			expect(out.unparsed.length).toBe(1);
		}
	});

	// Cost is counted, not timed (tests/helpers/string-work.ts): characters scanned, read and copied at two sizes stay
	// a small multiple of the text, where a rescan per record or per character would grow with the square of it.
	const compactDay = (n: number) =>
		JSON.stringify(Array.from({ length: n }, (_, i) => ({ type: 'message', user: 'U1', text: 'm' + i, ts: `${1704448800 + i}.000001` })));
	it.each([
		['a compact day file on one line (line lookups do not rescan)', compactDay],
		['one long unparsable line', (n: number) => 'x'.repeat(n * 70)],
		['one long line after an opening bracket', (n: number) => '[' + 'x'.repeat(n * 70)],
		['one long unclosed string', (n: number) => '["' + 'x'.repeat(n * 70)]
	])('%s costs work linear in its length: counted at two sizes', (_, make) => {
		const [small, large] = [make(20_000), make(40_000)];
		const one = countStringWork(() => slackDayJson.parse({ path: 'c/2024-01-05.json', text: small }));
		const two = countStringWork(() => slackDayJson.parse({ path: 'c/2024-01-05.json', text: large }));
		expect(two.result.messages.length + two.result.unparsed.length).toBeGreaterThan(0);
		expect(one.work).toBeLessThanOrEqual(32 * small.length);
		expect(two.work / one.work).toBeLessThanOrEqual(2.2);
	});

	it('a compact day file of 100k records on one line is read whole', { timeout: 60_000 }, () => {
		const text = compactDay(100_000);
		const out = slackDayJson.parse({ path: 'c/2024-01-05.json', text });
		expect(out.messages.length).toBe(100_000);
		expect(out.messages[99_999].line).toBe(1);
	});

	it('a 50 MB single line is kept as unparsed', { timeout: 60_000 }, () => {
		const line = 'x'.repeat(50_000_000);
		const a = slackDayJson.parse({ path: 'big.json', text: line });
		const b = slackDayJson.parse({ path: 'big.json', text: '[' + line });
		const c = slackDayJson.parse({ path: 'big.json', text: '["' + line });
		expect([a, b, c].map((o) => o.unparsed.length)).toEqual([1, 1, 1]);
		expect(slackDayJson.sniff(line, 'x')).toBe(false);
	});
});
