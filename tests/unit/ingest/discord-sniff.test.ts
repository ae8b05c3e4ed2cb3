import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discordCsv, discordJson } from '../../../src/lib/ingest/discord/index';

const FIXTURES = join(import.meta.dirname, '../../fixtures/discord');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

const OTHERS: [string, string][] = [
	['WhatsApp Android .txt', '1/2/24, 9:07\u202fAM - Ana Silva: hello\n'],
	['WhatsApp iOS .txt', '[02/01/2024, 09:05:11] Ana Silva: hello\r\n'],
	['Telegram result.json', '{\n "name": "Ana",\n "type": "personal_chat",\n "id": 1,\n "messages": []\n}'],
	['Telegram full export', '{\n "about": "…",\n "chats": {"about": "", "list": []}\n}'],
	['Slack day file', '[{"type": "message", "user": "U1", "text": "hi", "ts": "1452845865.000008"}]'],
	['Slack channels.json', '[{"id": "C1", "name": "general", "created": "1"}]'],
	['Messenger JSON', '{"participants": [{"name": "Alice"}], "messages": [{"sender_name": "Alice", "timestamp_ms": 1, "content": "Hello"}]}'],
	['Signal JSONL', '{"date": "2019-05-29T15:04:00", "sender": "Aya", "body": "hi"}\n'],
	['WeChat CSV', 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime\n1,1,1,0,1,1704103200,2,hi,2024-01-01 10:00:00\n'],
	['generic CSV', 'date,author,text\n2024-01-01,Ana,hi\n'],
	['CSV with the Discord header on a later line', 'x\nAuthorID,Author,Date,Content,Attachments,Reactions\n'],
	['JSON with a guild key later on', '{"messages": [], "guild": {"id": "1"}, "channel": {"id": "2"}}'],
	['garbage', '\u0000\u0001\u00ff\ufffd{"guild"'],
	['empty', '']
];

describe('discordJson.sniff', () => {
	it('accepts DiscordChatExporter JSON, pretty, compact or with a BOM', () => {
		expect(discordJson.sniff(fixture('group_dm_call_recipients.json'), 'x.json')).toBe(true);
		expect(discordJson.sniff(JSON.stringify(JSON.parse(fixture('channel_reply_attachment_edit.json'))), 'x')).toBe(true);
		expect(discordJson.sniff('\ufeff' + fixture('truncated_mid_message.json'), 'x')).toBe(true);
	});
	it.each(OTHERS)('refuses %s', (_name, text) => {
		expect(discordJson.sniff(text, 'x.json')).toBe(false);
	});
	it('refuses the CSV and does not throw on a non-string', () => {
		expect(discordJson.sniff(fixture('channel_multiline_quotes.csv'), 'x')).toBe(false);
		expect(discordJson.sniff(undefined as unknown as string, 'x')).toBe(false);
	});
});

describe('discordCsv.sniff', () => {
	it('accepts the DiscordChatExporter header, CRLF or LF, with a BOM, quoted, or header only', () => {
		expect(discordCsv.sniff(fixture('channel_multiline_quotes.csv'), 'x')).toBe(true);
		expect(discordCsv.sniff(fixture('local_dates_and_bad_rows.csv'), 'x')).toBe(true);
		expect(discordCsv.sniff('"AuthorID","Author","Date","Content","Attachments","Reactions"\r\n', 'x')).toBe(true);
		expect(discordCsv.sniff('AuthorID,Author,Date,Content,Attachments,Reactions', 'x')).toBe(true);
	});
	it.each(OTHERS)('refuses %s', (_name, text) => {
		expect(discordCsv.sniff(text, 'x.csv')).toBe(false);
	});
	it('refuses the JSON and does not throw on a non-string', () => {
		expect(discordCsv.sniff(fixture('group_dm_call_recipients.json'), 'x')).toBe(false);
		expect(discordCsv.sniff(null as unknown as string, 'x')).toBe(false);
	});
});
