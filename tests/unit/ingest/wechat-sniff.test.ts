// Sniffing by content, and no throwing on anything.
import { describe, expect, it } from 'vitest';
import type { FormatParser } from '../../../src/lib/ingest/format';
import { pywxdumpCsv, wechatExporterTxt, wechatMsgCsv, weflowJson } from '../../../src/lib/ingest/wechat/index';
import { fixture } from '../../fixtures/wechat/expect';

const parsers: FormatParser[] = [wechatMsgCsv, pywxdumpCsv, wechatExporterTxt, weflowJson];

const own: Record<string, string[]> = {
	'wechatmsg-csv': ['memotrace_direct_all_types.csv', 'memotrace_group_prefix_ms.csv', 'memotrace_truncated_open_quote.csv'],
	'pywxdump-csv': ['pywxdump_group_msg_src.csv', 'pywxdump_legacy_content_json.csv', 'pywxdump_weclone_no_room.csv'],
	'wechatexporter-txt': ['wechatexporter_zh_direct.txt', 'wechatexporter_en_group.txt', 'wechatexporter_no_header_leading_junk.txt'],
	'weflow-json': ['weflow_private_chat.json', 'weflow_group_sender_prefix.json', 'weflow_truncated_mid_message.json', 'weflow_invalid_escape.json']
};

const others: Record<string, string> = {
	'WhatsApp Android': '12/01/2024, 09:00 - Ana: Hola\n12/01/2024, 09:01 - Bo: hi\n',
	'WhatsApp iOS': '[12/01/2024, 09:00:12] Ana: Hola\n[12/01/2024, 09:01:00] Bo: hi\n',
	'Telegram JSON':
		'{\n "name": "Ana",\n "type": "personal_chat",\n "id": 1,\n "messages": [{"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "date_unixtime": "1704103200", "from": "Ana", "text": "hi"}]\n}',
	'Slack JSON': '[{"type": "message", "user": "U123", "text": "hi", "ts": "1704103200.000100"}]',
	'Discord JSON':
		'{"guild": {"id": "1", "name": "G"}, "channel": {"id": "2", "name": "general"}, "messages": [{"id": "3", "timestamp": "2024-01-01T10:00:00+00:00", "content": "hi", "author": {"id": "4", "name": "ana"}}]}',
	'Discord CSV': 'AuthorID,Author,Date,Content,Attachments,Reactions\n4,ana,2024-01-01T10:00:00+00:00,hi,,\n',
	'Messenger JSON': '{"participants": [{"name": "Ana"}], "messages": [{"sender_name": "Ana", "timestamp_ms": 1704103200000, "content": "hi"}], "title": "Ana"}',
	'Signal JSONL':
		'{"id":"1","sent_at":1704103200000,"body":"hi","conversationId":"c1"}\n{"id":"2","sent_at":1704103260000,"body":"yo","conversationId":"c1"}\n',
	'generic CSV': 'date,author,message\n2024-01-01 10:00,Ana,hi\n',
	empty: '',
	'garbage bytes': '\u0000\u0001\ufffd\ufffdPK\u0003\u0004\u0000garbage',
	'plain prose': 'Dear team,\nplease see the minutes (2024-01-01 10:00:00): nothing to add.\nRegards'
};

describe('sniff', () => {
	for (const parser of parsers) {
		it.each(own[parser.id])(`${parser.id} claims %s`, (name) => {
			expect(parser.sniff(fixture(name).slice(0, 65536), name)).toBe(true);
		});
		it.each(
			Object.entries(own)
				.filter(([id]) => id !== parser.id)
				.flatMap(([, names]) => names)
		)(`${parser.id} leaves the other WeChat format %s`, (name) => {
			expect(parser.sniff(fixture(name).slice(0, 65536), name)).toBe(false);
		});
		it.each(Object.entries(others))(`${parser.id} leaves %s`, (_name, sample) => {
			expect(parser.sniff(sample, 'file')).toBe(false);
		});
	}

	it('finds "weflow" even when a huge avatar pushes "messages" past the sample', () => {
		const head = '{"weflow": {"version": "1"}, "session": {"avatar": "data:image/png;base64,' + 'A'.repeat(70_000);
		expect(weflowJson.sniff(head.slice(0, 65536), 'chat.json')).toBe(true);
	});

	it('never throws on odd arguments', () => {
		for (const parser of parsers) {
			expect(parser.sniff(undefined as unknown as string, '')).toBe(false);
			expect(parser.sniff(42 as unknown as string, '')).toBe(false);
		}
	});
});

describe('parse never throws', () => {
	const inputs: [string, string][] = [
		['empty', ''],
		['garbage', '\u0000\u0001\ufffd{{[["\\'],
		['truncated JSON', '{"weflow": {"version": "1"}, "session": {"displayName": "x"}, "messages": [{"createTime": 17'],
		['header only', 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender\n'],
		['open quote', '"'],
		['deep nesting', '['.repeat(100_000)],
		['50 MB-ish single line', 'x'.repeat(5_000_000)],
		...Object.entries(others)
	];
	for (const parser of parsers) {
		it.each(inputs)(`${parser.id} on %s`, (_name, text) => {
			const file = parser.parse({ path: 'input', text });
			expect(file.platform).toBe('wechat');
			expect(file.format).toBe(parser.id);
			expect(file.conversations.length).toBeGreaterThanOrEqual(1);
		});
		it(`${parser.id} on a non-string entry`, () => {
			expect(() => parser.parse({ path: 1, text: null } as unknown as { path: string; text: string })).not.toThrow();
			expect(() => parser.parse(undefined as unknown as { path: string; text: string })).not.toThrow();
		});
	}
});

describe('wechatFormats', () => {
	it('lists the four parsers with their ids, and exactly one claims each fixture', async () => {
		const { wechatFormats } = await import('../../../src/lib/ingest/wechat/index');
		expect(wechatFormats.map((p) => p.id)).toEqual(['wechatmsg-csv', 'pywxdump-csv', 'wechatexporter-txt', 'weflow-json']);
		for (const [id, names] of Object.entries(own))
			for (const name of names) expect(wechatFormats.filter((p) => p.sniff(fixture(name).slice(0, 65536), name)).map((p) => p.id)).toEqual([id]);
	});
});

describe('WeChat sniffs on the other platforms’ fixtures and samples', () => {
	it('claim none of them', async () => {
		const { readdirSync, readFileSync, statSync } = await import('node:fs');
		const { join } = await import('node:path');
		const { wechatFormats } = await import('../../../src/lib/ingest/wechat/index');
		const root = join(import.meta.dirname, '../../..');
		const walk = (dir: string): string[] =>
			readdirSync(dir).flatMap((name) => {
				const p = join(dir, name);
				return statSync(p).isDirectory() ? walk(p) : [p];
			});
		const files = ['tests/fixtures', 'data-samples']
			.flatMap((d) => walk(join(root, d)))
			.filter((p) => !/[\\/]wechat[\\/]/.test(p) && /\.(txt|json|jsonl|csv)$/i.test(p));
		expect(files.length).toBeGreaterThan(10);
		const claimed = files.flatMap((p) => {
			const sample = readFileSync(p, 'utf8').slice(0, 65536);
			return wechatFormats.filter((f) => f.sniff(sample, p)).map((f) => `${f.id} ← ${p.slice(root.length + 1)}`);
		});
		expect(claimed).toEqual([]);
	});
});
