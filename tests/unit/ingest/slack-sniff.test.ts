import { describe, expect, it } from 'vitest';
import { slackDayJson, slackWorkspace } from '../../../src/lib/ingest/slack/index';

const DAY =
	'[\n    {\n        "type": "message",\n        "user": "U0BMYT2FL",\n        "text": "what should setup.py do?",\n        "ts": "1452845865.000008"\n    }\n]';

const OTHERS: [string, string][] = [
	['WhatsApp Android .txt', '1/2/24, 9:07\u202fAM - Ana Silva: hello\n'],
	[
		'Telegram result.json',
		'{\n "name": "Ana",\n "type": "personal_chat",\n "id": 1,\n "messages": [\n  {"id": 1, "type": "message", "date": "2024-01-01T10:00:00", "date_unixtime": "1704103200", "from": "Ana", "text": "hi"}\n ]\n}'
	],
	[
		'Discord JSON',
		'{\n  "guild": {"id": "1", "name": "G"},\n  "channel": {"id": "2", "type": "GuildTextChat", "name": "general"},\n  "messages": [{"id": "3", "type": "Default", "timestamp": "2024-01-01T10:00:00+00:00", "content": "hi"}]\n}'
	],
	['Discord CSV', 'AuthorID,Author,Date,Content,Attachments,Reactions\n1,ana,2024-01-01T10:00:00+00:00,hi,,\n'],
	[
		'Messenger JSON',
		'{"participants": [{"name": "Alice"}], "messages": [{"sender_name": "Alice", "timestamp_ms": 1415147732056, "content": "Hello", "type": "Generic"}]}'
	],
	['Instagram-style array', '[{"sender_name": "Alice", "timestamp_ms": 1415147732056, "content": "Hello"}]'],
	['Signal JSONL', '{"date": "2019-05-29T15:04:00", "sender": "Aya", "body": "hi"}\n{"date": "2019-05-29T15:05:00", "sender": "Jim", "body": "yo"}\n'],
	['WeChat CSV', 'localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime\n1,1,1,0,1,1704103200,2,hi,2024-01-01 10:00:00\n'],
	['Slack users.json (not a day file)', '[{"id": "U1", "name": "ana", "real_name": "Ana"}]'],
	['a JSON array of numbers', '[1, 2, 3]'],
	['garbage bytes', '\u0000\u0001\u00ff\ufffd{[[['],
	['empty', '']
];

describe('slackDayJson.sniff', () => {
	it('accepts a day file, pretty or compact, with a BOM', () => {
		expect(slackDayJson.sniff(DAY, 'general/2016-01-15.json')).toBe(true);
		expect(slackDayJson.sniff(JSON.stringify(JSON.parse(DAY)), 'x')).toBe(true);
		expect(slackDayJson.sniff('\ufeff' + DAY, 'x')).toBe(true);
	});

	it.each(OTHERS)('refuses %s', (_name, text) => {
		expect(slackDayJson.sniff(text, 'general/2024-01-01.json')).toBe(false);
	});

	it('does not throw on non-strings', () => {
		expect(slackDayJson.sniff(undefined as unknown as string, '')).toBe(false);
	});
});

describe('slackWorkspace.sniff', () => {
	it('accepts users.json + channels.json + a day folder, at the root or under one top folder', () => {
		const entries = [
			{ path: 'channels.json', sample: '[{"id":"C1","name":"general"}]' },
			{ path: 'users.json', sample: '[]' },
			{ path: 'general/2016-01-15.json', sample: DAY }
		];
		expect(slackWorkspace.sniff(entries)).toBe(true);
		expect(slackWorkspace.sniff(entries.map((e) => ({ ...e, path: 'Acme export/' + e.path })))).toBe(true);
	});

	it.each([
		['no metadata file', [{ path: 'general/2016-01-15.json', sample: DAY }]],
		[
			'no day file',
			[
				{ path: 'users.json', sample: '[]' },
				{ path: 'channels.json', sample: '[]' }
			]
		],
		[
			'a day file that is not an array',
			[
				{ path: 'users.json', sample: '[]' },
				{ path: 'general/2016-01-15.json', sample: '{"a":1}' }
			]
		],
		[
			'day files nested too deep',
			[
				{ path: 'users.json', sample: '[]' },
				{ path: 'a/b/2016-01-15.json', sample: DAY }
			]
		],
		['a Messenger export', [{ path: 'messages/inbox/ana_1/message_1.json', sample: '{"participants":[]}' }]],
		['a WhatsApp zip', [{ path: '_chat.txt', sample: '[02/01/2024, 09:05:11] Ana: hi' }]],
		['nothing', []],
		['not an array', 'garbage' as unknown as []]
	])('refuses %s', (_name, entries) => {
		expect(slackWorkspace.sniff(entries as { path: string; sample: string }[])).toBe(false);
	});
});
