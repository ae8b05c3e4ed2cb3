// The figures here were counted with Python's csv/json modules and grep (data-samples/wechat/README.md), not taken from the parsers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { FormatParser } from '../../../src/lib/ingest/format';
import { computeStats } from '../../../src/lib/ingest/stats';
import { pywxdumpCsv, wechatExporterTxt, wechatMsgCsv, weflowJson } from '../../../src/lib/ingest/wechat/index';
import type { ParsedFile } from '../../../src/lib/model/types';

const SAMPLES = join(import.meta.dirname, '../../../data-samples/wechat');

function parseSample(parser: FormatParser, name: string): ParsedFile {
	const text = readFileSync(join(SAMPLES, name), 'utf8');
	expect(parser.sniff(text.slice(0, 65536), name)).toBe(true);
	return parser.parse({ path: name, text });
}

function kindLines(file: ParsedFile, kind: string): number[] {
	return file.messages.filter((m) => m.kind === kind).map((m) => m.line);
}

describe('WeChat data samples', () => {
	it('East China Sales_utf8.csv (MemoTrace) matches the hand-counted figures', () => {
		const file = parseSample(wechatMsgCsv, 'East China Sales_utf8.csv');
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 6,
			records: 39,
			system: 4,
			media: 5,
			deleted: 0,
			unparsed: 1,
			first_ts: '2024-06-03T01:53:00Z',
			last_ts: '2024-06-03T10:13:00Z'
		});
		expect(file.conversations).toEqual([{ title: 'East China Sales', kind: 'group' }]);
		expect(file.unparsed.map((u) => u.line)).toEqual([44]);
		expect(kindLines(file, 'system')).toEqual([2, 23, 28, 41]);
		expect(kindLines(file, 'media')).toEqual([12, 15, 18, 25, 32]);
		expect(kindLines(file, 'location')).toEqual([19]);
		expect(kindLines(file, 'call')).toEqual([27]);
		expect(kindLines(file, 'other')).toEqual([24, 30, 37]);
		expect(file.messages.filter((m) => m.kind === 'text')).toHaveLength(25);
	});

	it('wxid_sortega88_0_5000.csv (PyWxDump) matches the hand-counted figures', () => {
		const file = parseSample(pywxdumpCsv, 'wxid_sortega88_0_5000.csv');
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 2,
			records: 31,
			system: 3,
			media: 5,
			deleted: 0,
			unparsed: 1,
			first_ts: '2024-06-10T09:58:00',
			last_ts: '2024-06-10T21:39:32'
		});
		expect(file.conversations).toEqual([{ title: 'wxid_sortega88', kind: 'direct', sourceId: 'wxid_sortega88' }]);
		expect(file.unparsed.map((u) => u.line)).toEqual([41]);
		expect(kindLines(file, 'system')).toEqual([21, 23, 44]);
		expect(kindLines(file, 'media')).toEqual([8, 12, 24, 32, 39]);
		expect(kindLines(file, 'location')).toEqual([14]);
		expect(kindLines(file, 'call')).toEqual([26]);
		expect(kindLines(file, 'other')).toEqual([16, 28, 36]);
	});

	it('Lukas Brandt.txt (WechatExporter) matches the hand-counted figures', () => {
		const file = parseSample(wechatExporterTxt, 'Lukas Brandt.txt');
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 2,
			records: 32,
			system: 2,
			media: 6,
			deleted: 0,
			unparsed: 0,
			first_ts: '2024-06-12T08:42:05',
			last_ts: '2024-06-12T22:10:50'
		});
		expect(file.conversations).toEqual([{ title: 'Lukas Brandt', kind: 'direct' }]);
		expect(kindLines(file, 'system')).toEqual([14, 33]);
		expect(kindLines(file, 'media')).toEqual([8, 10, 16, 18, 29, 36]);
		expect(kindLines(file, 'location')).toEqual([26]);
		expect(kindLines(file, 'call')).toEqual([20]);
		expect(kindLines(file, 'other')).toEqual([30, 38]);
		expect(file.messages.filter((m) => m.kind === 'system').map((m) => m.ts)).toEqual(['2024-06-12T11:31:37', '2024-06-12T18:19:30']);
	});

	it('项目Alpha.json (WeFlow) matches the hand-counted figures', () => {
		const file = parseSample(weflowJson, '项目Alpha.json');
		const { conversations: _c, ...stats } = computeStats(file);
		expect(stats).toEqual({
			participants: 4,
			records: 30,
			system: 4,
			media: 5,
			deleted: 0,
			unparsed: 0,
			first_ts: '2024-06-20T01:01:00Z',
			last_ts: '2024-06-20T05:40:45Z'
		});
		expect(file.conversations).toEqual([{ title: '项目Alpha', kind: 'group', sourceId: '48151623420@chatroom' }]);
		expect(kindLines(file, 'system')).toEqual([17, 132, 208, 362]);
		expect(kindLines(file, 'media')).toEqual([67, 119, 169, 195, 310]);
		expect(kindLines(file, 'location')).toEqual([258]);
		expect(kindLines(file, 'call')).toEqual([232]);
		expect(kindLines(file, 'other')).toEqual([156, 284, 336]);
	});
});
