// The figures here were counted with python (json, csv) and grep (data-samples/discord/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordCsv, discordJson } from '../../../src/lib/ingest/discord/index';
import { computeStats } from '../../../src/lib/ingest/stats';

const SAMPLES = join(import.meta.dirname, '../../../data-samples/discord');
const JSON_SAMPLE = 'Harbor Dev - Text Channels - general [1151234567890123456].json';
const CSV_SAMPLE = 'Harbor Dev - Support - help [1151234567890129999].csv';
const read = (name: string) => readFileSync(join(SAMPLES, name), 'utf8');

describe('Discord samples', () => {
	it('general (JSON) matches the hand-counted figures', () => {
		const text = read(JSON_SAMPLE);
		expect(discordJson.sniff(text.slice(0, 65536), JSON_SAMPLE)).toBe(true);
		const file = discordJson.parse({ path: JSON_SAMPLE, text });
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 7,
			records: 36,
			system: 4,
			media: 4,
			deleted: 0,
			unparsed: 0,
			first_ts: '2024-03-29T07:58:41Z',
			last_ts: '2024-04-02T07:05:30Z'
		});
		expect(file.conversations).toEqual([{ title: 'Harbor Dev / general', kind: 'channel', sourceId: '1151234567890123456' }]);
		expect(file.messages.filter((m) => m.replyTo !== undefined)).toHaveLength(4);
		expect(file.messages.filter((m) => m.edited)).toHaveLength(2);
		expect(new Set(file.messages.filter((m) => m.kind !== 'system').map((m) => m.author))).toEqual(
			new Set(['Ana', 'boli', 'Chidi Okafor', 'GitHub', 'Lucía', 'Max Müller', 'يوسف Yusuf'])
		);
		expect(file.messages.find((m) => m.author === 'يوسف Yusuf')?.authorRaw).toBe('\u200fيوسف Yusuf');
		expect(file.messages.filter((m) => m.ts.startsWith('2024-03-31T0')).map((m) => m.ts)).toEqual([
			'2024-03-31T00:59:30Z',
			'2024-03-31T01:00:30Z',
			'2024-03-31T01:20:11Z'
		]);
	});

	it('help (CSV) matches the hand-counted figures', () => {
		const text = read(CSV_SAMPLE);
		expect(discordCsv.sniff(text.slice(0, 65536), CSV_SAMPLE)).toBe(true);
		const file = discordCsv.parse({ path: CSV_SAMPLE, text });
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 6,
			records: 30,
			system: 4,
			media: 3,
			deleted: 0,
			unparsed: 0,
			first_ts: '2024-03-28T18:02:11Z',
			last_ts: '2024-04-02T07:30:00Z'
		});
		expect(file.conversations).toEqual([{ title: 'Harbor Dev - Support - help', kind: 'channel', sourceId: '1151234567890129999' }]);
		expect(file.messages.map((m) => m.line)).toEqual([2, 3, 8, 12, ...Array.from({ length: 20 }, (_, i) => 16 + i), 37, 38, 39, 40, 41, 42]);
		expect(file.messages.filter((m) => m.lineEnd > m.line).map((m) => [m.line, m.lineEnd])).toEqual([
			[3, 7],
			[8, 11],
			[12, 15],
			[35, 36],
			[42, 43]
		]);
		expect(file.messages.filter((m) => m.kind === 'media').map((m) => m.attachments)).toEqual([
			['error.png', '_chat_redacted.txt'],
			['导入成功.png'],
			['mockup,v2.png']
		]);
	});
});
