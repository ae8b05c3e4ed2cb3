// Hand-written expectations for tests/fixtures/slack; epoch seconds converted by hand (1704412800 = 2024-01-05T00:00:00Z).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { slackDayJson, slackWorkspace } from '../../../src/lib/ingest/slack/index';
import type { SourceEntry } from '../../../src/lib/ingest/format';
import type { ParsedMessage } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/slack');

function folderEntries(dir: string, base = dir): SourceEntry[] {
	const out: SourceEntry[] = [];
	for (const name of readdirSync(dir).sort()) {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) out.push(...folderEntries(p, base));
		else out.push({ path: relative(base, p), text: readFileSync(p, 'utf8') });
	}
	return out;
}

function fixture(name: string): string {
	return readFileSync(join(FIXTURES, name), 'utf8');
}

type Picked = Pick<
	ParsedMessage,
	'index' | 'conversation' | 'sourceId' | 'author' | 'authorRaw' | 'ts' | 'kind' | 'text' | 'attachments' | 'edited' | 'line' | 'lineEnd' | 'path'
> &
	Partial<Pick<ParsedMessage, 'replyTo' | 'authorId'>>;

function pick(m: ParsedMessage): Picked {
	const { raw: _raw, ...rest } = m;
	return rest;
}

describe('Slack workspace fixture (channels, private channel, DM, group DM, threads)', () => {
	const file = slackWorkspace.parse(folderEntries(join(FIXTURES, 'workspace_threads_dm_mpim')));

	it('lists conversations with folders, in channels, groups, mpims, dms order', () => {
		expect(file.platform).toBe('slack');
		expect(file.format).toBe('slack-zip');
		expect(file.conversations).toEqual([
			{ title: 'general', kind: 'channel', sourceId: 'C0GEN' },
			{ title: 'secret-plans', kind: 'channel', sourceId: 'G0SEC' },
			{ title: 'Ana, Bo Li, cy', kind: 'group', sourceId: 'G0MPIM' },
			{ title: 'Ana, Bo Li', kind: 'direct', sourceId: 'D0ANABO1' }
		]);
		expect(file.unparsed).toEqual([]);
	});

	it('maps every record by hand', () => {
		expect(file.messages.map(pick)).toEqual([
			{
				index: 0,
				conversation: 0,
				sourceId: '1704445200.000100',
				path: 'general/2024-01-05.json[0]',
				line: 2,
				lineEnd: 8,
				author: 'Bo Li',
				authorRaw: 'U0BO',
				authorId: 'U0BO',
				ts: '2024-01-05T09:00:00Z',
				kind: 'system',
				text: '@Bo Li has joined the channel',
				attachments: [],
				edited: false
			},
			{
				index: 1,
				conversation: 0,
				sourceId: '1704448800.000200',
				path: 'general/2024-01-05.json[1]',
				line: 9,
				lineEnd: 17,
				author: 'Ana',
				authorRaw: 'U0ANA',
				authorId: 'U0ANA',
				ts: '2024-01-05T10:00:00Z',
				kind: 'text',
				text: 'Plan for #general: see the plan (https://wiki.example/plan) & ping @Bo Li',
				attachments: [],
				edited: false
			},
			{
				index: 2,
				conversation: 0,
				sourceId: '1704449400.000300',
				path: 'general/2024-01-05.json[2]',
				line: 18,
				lineEnd: 26,
				author: 'Bo Li',
				authorRaw: 'U0BO',
				authorId: 'U0BO',
				ts: '2024-01-05T10:10:00Z',
				kind: 'text',
				text: 'Looks good, 看起来不错',
				attachments: [],
				edited: true,
				replyTo: '1704448800.000200'
			},
			{
				index: 3,
				conversation: 0,
				sourceId: '1704450000.000400',
				path: 'general/2024-01-05.json[3]',
				line: 27,
				lineEnd: 33,
				author: 'Bo Li',
				authorRaw: 'U0BO',
				authorId: 'U0BO',
				ts: '2024-01-05T10:20:00Z',
				kind: 'media',
				text: '',
				attachments: ['plan-v2.pdf'],
				edited: false
			},
			{
				index: 4,
				conversation: 0,
				sourceId: '1704529800.000100',
				path: 'general/2024-01-06.json[0]',
				line: 2,
				lineEnd: 9,
				author: 'Ana',
				authorRaw: 'U0ANA',
				authorId: 'U0ANA',
				ts: '2024-01-06T08:30:00Z',
				kind: 'text',
				text: 'Following up on the thread a day later',
				attachments: [],
				edited: false,
				replyTo: '1704448800.000200'
			},
			{
				index: 5,
				conversation: 1,
				sourceId: '1704452400.000100',
				path: 'secret-plans/2024-01-05.json[0]',
				line: 1,
				lineEnd: 1,
				author: 'Bo Li',
				authorRaw: 'U0BO',
				authorId: 'U0BO',
				ts: '2024-01-05T11:00:00Z',
				kind: 'system',
				text: '@Bo Li has joined the channel',
				attachments: [],
				edited: false
			},
			{
				index: 6,
				conversation: 2,
				sourceId: '1704459600.000100',
				path: 'mpdm-ana--bo--cy-1/2024-01-05.json[0]',
				line: 2,
				lineEnd: 2,
				author: 'cy',
				authorRaw: 'U0CY',
				authorId: 'U0CY',
				ts: '2024-01-05T13:00:00Z',
				kind: 'text',
				text: 'hi both',
				attachments: [],
				edited: false
			},
			{
				index: 7,
				conversation: 2,
				sourceId: '1704459700.000200',
				path: 'mpdm-ana--bo--cy-1/2024-01-05.json[1]',
				line: 3,
				lineEnd: 3,
				author: '',
				authorRaw: 'USLACKBOT',
				authorId: 'USLACKBOT',
				ts: '2024-01-05T13:01:40Z',
				kind: 'deleted',
				text: 'This message was deleted.',
				attachments: [],
				edited: false
			},
			{
				index: 8,
				conversation: 3,
				sourceId: '1704456000.000100',
				path: 'D0ANABO1/2024-01-05.json[0]',
				line: 1,
				lineEnd: 1,
				author: 'Bo Li',
				authorRaw: 'U0BO',
				authorId: 'U0BO',
				ts: '2024-01-05T12:00:00Z',
				kind: 'text',
				text: 'call me? +49 30 123456 (tel:+4930123456)',
				attachments: [],
				edited: false
			}
		]);
	});

	it('keeps each source record as compact JSON in raw', () => {
		expect(JSON.parse(file.messages[3].raw).files[1]).toEqual({ id: 'F2', mode: 'hidden_by_limit' });
		expect(file.messages[8].raw).toBe('{"type":"message","user":"U0BO","text":"call me? <tel:+4930123456|+49 30 123456>","ts":"1704456000.000100"}');
	});

	it('finds the export inside a top folder of the zip and with Windows separators', () => {
		const nested = folderEntries(join(FIXTURES, 'workspace_threads_dm_mpim')).map((e) => ({ ...e, path: 'Acme Slack export\\' + e.path.replace(/\//g, '\\') }));
		const again = slackWorkspace.parse(nested);
		expect(again.messages.length).toBe(9);
		expect(again.messages[0].path).toBe('Acme Slack export/general/2024-01-05.json[0]');
		expect(again.conversations.map((c) => c.title)).toEqual(['general', 'secret-plans', 'Ana, Bo Li, cy', 'Ana, Bo Li']);
	});

	it('reads folders without metadata as channels, with a note, and names users from user_profile only', () => {
		const out = slackWorkspace.parse([
			{ path: 'users.json', text: '[]' },
			{
				path: 'ops/2024-01-05.json',
				text: '[{"type":"message","user":"U9","text":"hey <@U9>","ts":"1704448800.000100","user_profile":{"real_name":"Zoe Q","display_name":""}}]'
			}
		]);
		expect(out.conversations).toEqual([{ title: 'ops', kind: 'channel' }]);
		expect(out.messages.map((m) => [m.author, m.text])).toEqual([['Zoe Q', 'hey @Zoe Q']]);
		expect(out.notes).toContain('folders not listed in channels/groups/mpims/dms.json, read as channels: ops');
	});

	it('reports broken metadata and day files with their path, keeping the rest', () => {
		const out = slackWorkspace.parse([
			{ path: 'users.json', text: '{"not": "an array"}' },
			{ path: 'channels.json', text: '[{"id":"C1","name":"general"}' },
			{ path: 'general/2024-01-05.json', text: fixture('day_truncated_mid_message.json') }
		]);
		expect(out.messages.map((m) => m.text)).toEqual(['first', 'second']);
		expect(out.conversations).toEqual([{ title: 'general', kind: 'channel', sourceId: 'C1' }]);
		expect(out.unparsed.map((u) => [u.path, u.line, u.reason])).toEqual([
			['users.json', 1, 'expected a JSON array of entries (users.json), found an object (keys not)'],
			['channels.json', 1, 'the file ends after element 0; the array was never closed (cut off?)'],
			['general/2024-01-05.json[2]', 4, 'the file ends inside element 2 (cut off?)']
		]);
	});
});

describe('Slack single day file', () => {
	it('takes the channel from the folder in the path', () => {
		const out = slackDayJson.parse({ path: 'random/2024-01-05.json', text: fixture('day_invalid_escape.json') });
		expect(out.format).toBe('slack-day-json');
		expect(out.conversations).toEqual([{ title: 'random', kind: 'channel' }]);
		expect(out.messages.map((m) => [m.index, m.line, m.path, m.author, m.text, m.ts])).toEqual([
			[0, 2, 'random/2024-01-05.json[0]', 'U0ANA', 'ok', '2024-01-05T10:00:00Z'],
			[1, 4, 'random/2024-01-05.json[2]', 'U0ANA', 'after', '2024-01-05T10:03:20Z']
		]);
		expect(out.unparsed).toHaveLength(1);
		expect(out.unparsed[0]).toMatchObject({ line: 3, path: 'random/2024-01-05.json[1]' });
		expect(out.unparsed[0].reason).toMatch(/^element 1 is not valid JSON/);
		expect(out.unparsed[0].text).toContain('form\\x0Cfeed');
	});

	it('uses the file name when the path has no folder', () => {
		const out = slackDayJson.parse({ path: '2024-01-05.json', text: '[]' });
		expect(out.conversations).toEqual([{ title: '2024-01-05', kind: 'channel' }]);
		expect(out.messages).toEqual([]);
		expect(out.unparsed).toEqual([]);
	});

	it('salvages the complete records of a cut-off file and says where it was cut', () => {
		const out = slackDayJson.parse({ path: 'general/2024-01-05.json', text: fixture('day_truncated_mid_message.json') });
		expect(out.messages.map((m) => [m.line, m.text])).toEqual([
			[2, 'first'],
			[3, 'second']
		]);
		expect(out.unparsed).toEqual([
			{
				line: 4,
				path: 'general/2024-01-05.json[2]',
				text: '{"type": "message", "user": "U0ANA", "text": "third is cut o',
				reason: 'the file ends inside element 2 (cut off?)'
			}
		]);
	});

	it('explains a JSON that is not a day file', () => {
		const out = slackDayJson.parse({ path: 'x.json', text: fixture('not_a_day_file_object.json') });
		expect(out.messages).toEqual([]);
		expect(out.unparsed).toEqual([
			{
				line: 1,
				path: 'x.json',
				text: fixture('not_a_day_file_object.json'),
				reason: 'expected a JSON array of Slack messages, found an object (keys ok, channels, id, name)'
			}
		]);
	});

	it('puts records without a usable ts or that are not objects into unparsed', () => {
		const out = slackDayJson.parse({
			path: 'g/2024-01-05.json',
			text: '[{"type":"message","text":"no ts"}, 42, {"ts":"yesterday"}, {"type":"message","ts":"1704448800.000100"}]'
		});
		expect(out.messages.map((m) => [m.index, m.path, m.author, m.text])).toEqual([[0, 'g/2024-01-05.json[3]', '', '']]);
		expect(out.unparsed.map((u) => [u.path, u.reason])).toEqual([
			['g/2024-01-05.json[0]', 'message without a valid "ts" (found nothing)'],
			['g/2024-01-05.json[1]', 'expected a message object, found 42'],
			['g/2024-01-05.json[2]', 'message without a valid "ts" (found "yesterday")']
		]);
	});
});
