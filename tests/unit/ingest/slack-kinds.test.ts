import { describe, expect, it } from 'vitest';
import { slackDayJson, slackText } from '../../../src/lib/ingest/slack/index';
import { guarded } from '../../../src/lib/ingest/slack/guard';
import type { MessageKind } from '../../../src/lib/model/types';

function one(record: Record<string, unknown>) {
	const out = slackDayJson.parse({ path: 'c/2024-01-05.json', text: JSON.stringify([{ type: 'message', ts: '1704448800.000100', ...record }]) });
	expect(out.unparsed).toEqual([]);
	return out.messages[0];
}

describe('Slack subtype → kind', () => {
	it.each<[string, Record<string, unknown>, MessageKind]>([
		['no subtype', { user: 'U1', text: 'hi' }, 'text'],
		['no subtype with files[]', { user: 'U1', text: '', files: [{ name: 'a.png' }] }, 'media'],
		['thread_broadcast', { subtype: 'thread_broadcast', user: 'U1', text: 'x', thread_ts: '1704448000.000001' }, 'text'],
		['reply_broadcast', { subtype: 'reply_broadcast', user: 'U1', text: 'x' }, 'text'],
		['me_message', { subtype: 'me_message', user: 'U1', text: 'waves' }, 'text'],
		['bot_message', { subtype: 'bot_message', bot_id: 'B1', username: 'CI', text: 'green' }, 'text'],
		['bot_message with files', { subtype: 'bot_message', bot_id: 'B1', username: 'CI', text: 'log', files: [{ name: 'log.txt' }] }, 'media'],
		['slackbot_response', { subtype: 'slackbot_response', user: 'USLACKBOT', text: 'Reminder' }, 'text'],
		['file_comment', { subtype: 'file_comment', text: 'nice', comment: { user: 'U1' } }, 'text'],
		['file_mention', { subtype: 'file_mention', user: 'U1', text: 'see' }, 'text'],
		['file_share (legacy file{})', { subtype: 'file_share', user: 'U1', text: 'up', file: { name: 'q.xlsx' } }, 'media'],
		['file_share without a named file', { subtype: 'file_share', user: 'U1', text: 'up' }, 'media'],
		['channel_join', { subtype: 'channel_join', user: 'U1', text: 'joined' }, 'system'],
		['channel_leave', { subtype: 'channel_leave', user: 'U1', text: 'left' }, 'system'],
		['channel_topic', { subtype: 'channel_topic', user: 'U1', text: 'set topic', topic: 't' }, 'system'],
		['channel_purpose', { subtype: 'channel_purpose', user: 'U1', text: 'set purpose' }, 'system'],
		['channel_name', { subtype: 'channel_name', user: 'U1', text: 'renamed' }, 'system'],
		['channel_archive', { subtype: 'channel_archive', user: 'U1', text: 'archived' }, 'system'],
		['channel_unarchive', { subtype: 'channel_unarchive', user: 'U1', text: 'unarchived' }, 'system'],
		['channel_convert_to_private', { subtype: 'channel_convert_to_private', user: 'U1', text: 'private' }, 'system'],
		['channel_convert_to_public', { subtype: 'channel_convert_to_public', user: 'U1', text: 'public' }, 'system'],
		['channel_posting_permissions', { subtype: 'channel_posting_permissions', user: 'U1', text: 'perm' }, 'system'],
		['group_join', { subtype: 'group_join', user: 'U1', text: 'joined' }, 'system'],
		['group_leave', { subtype: 'group_leave', user: 'U1', text: 'left' }, 'system'],
		['group_topic', { subtype: 'group_topic', user: 'U1', text: 't' }, 'system'],
		['group_purpose', { subtype: 'group_purpose', user: 'U1', text: 'p' }, 'system'],
		['group_name', { subtype: 'group_name', user: 'U1', text: 'n' }, 'system'],
		['group_archive', { subtype: 'group_archive', user: 'U1', text: 'a' }, 'system'],
		['group_unarchive', { subtype: 'group_unarchive', user: 'U1', text: 'u' }, 'system'],
		['pinned_item', { subtype: 'pinned_item', user: 'U1', text: 'pinned' }, 'system'],
		['unpinned_item', { subtype: 'unpinned_item', user: 'U1', text: 'unpinned' }, 'system'],
		['bot_add', { subtype: 'bot_add', user: 'U1', text: 'added an integration' }, 'system'],
		['bot_remove', { subtype: 'bot_remove', user: 'U1', text: 'removed an integration' }, 'system'],
		['bot_enable', { subtype: 'bot_enable', user: 'U1', text: 'enabled' }, 'system'],
		['bot_disable', { subtype: 'bot_disable', user: 'U1', text: 'disabled' }, 'system'],
		['reminder_add', { subtype: 'reminder_add', user: 'U1', text: 'set up a reminder' }, 'system'],
		['reminder_delete', { subtype: 'reminder_delete', user: 'U1', text: 'deleted a reminder' }, 'system'],
		['app_conversation_join', { subtype: 'app_conversation_join', user: 'U1', text: 'app joined' }, 'system'],
		['app_conversation_leave', { subtype: 'app_conversation_leave', user: 'U1', text: 'app left' }, 'system'],
		['tombstone', { subtype: 'tombstone', user: 'USLACKBOT', hidden: true, text: 'This message was deleted.' }, 'deleted'],
		['message_deleted', { subtype: 'message_deleted', hidden: true, text: '' }, 'deleted'],
		['huddle_thread', { subtype: 'huddle_thread', user: 'U1', text: 'A huddle happened' }, 'call'],
		['sh_room_created', { subtype: 'sh_room_created', user: 'U1', text: '' }, 'call'],
		['an unknown subtype', { subtype: 'something_new', user: 'U1', text: '?' }, 'other'],
		['an unknown subtype with files', { subtype: 'something_new', user: 'U1', text: '?', files: [{ title: 'T' }] }, 'media']
	])('%s', (_name, record, kind) => {
		expect(one(record).kind).toBe(kind);
	});

	it('names bots by username and Slackbot as such; a tombstone has no author', () => {
		expect([one({ subtype: 'bot_message', bot_id: 'B1', username: 'CI', text: '' })].map((m) => [m.author, m.authorRaw, m.authorId])).toEqual([
			['CI', 'CI', 'B1']
		]);
		expect(one({ subtype: 'bot_message', bot_id: 'B2', bot_profile: { name: 'Deploy' }, text: '' }).author).toBe('Deploy');
		expect(one({ subtype: 'slackbot_response', user: 'USLACKBOT', text: '' }).author).toBe('Slackbot');
		expect(one({ subtype: 'tombstone', user: 'USLACKBOT', text: '' }).author).toBe('');
	});

	it('takes the text of a bot post with empty text from its legacy attachments', () => {
		const m = one({
			subtype: 'bot_message',
			bot_id: 'B1',
			username: 'CI',
			text: '',
			attachments: [{ fallback: 'Build #12 &lt;passed&gt;' }, { title: 'Details' }, 'x']
		});
		expect(m.text).toBe('Build #12 <passed>\nDetails');
	});

	it('sets replyTo for a reply, not for the thread parent', () => {
		expect(one({ user: 'U1', text: '', thread_ts: '1704448800.000100', reply_count: 1 }).replyTo).toBeUndefined();
		expect(one({ user: 'U1', text: '', thread_ts: '1704440000.000009', parent_user_id: 'U2' }).replyTo).toBe('1704440000.000009');
	});
});

describe('Slack markup as readable text', () => {
	const names = {
		user: (id: string) => ({ U1: 'Ana Silva', W2: 'Bo Li' })[id],
		channel: (id: string) => ({ C1: 'general' })[id]
	};
	it.each([
		['user mention', 'hi <@U1>', 'hi @Ana Silva'],
		['enterprise user id', 'hi <@W2>', 'hi @Bo Li'],
		['user mention with label: users.json wins', '<@U1|ana>', '@Ana Silva'],
		['unknown user with label', '<@U9|zoe>', '@zoe'],
		['unknown user without label', '<@U9>', '@U9'],
		['channel with label', '<#C7|random>', '#random'],
		['channel without label', '<#C1>', '#general'],
		['unknown channel', '<#C9>', '#C9'],
		['link with label', '<https://x.example/a?b=1&amp;c=2|the doc>', 'the doc (https://x.example/a?b=1&c=2)'],
		['bare link', '<https://x.example>', 'https://x.example'],
		['link whose label is the url without scheme', '<https://x.example|x.example>', 'x.example'],
		['mailto with label', '<mailto:a@b.example|a@b.example>', 'a@b.example'],
		['bare mailto', '<mailto:a@b.example>', 'a@b.example'],
		['here', '<!here>', '@here'],
		['here with label', '<!here|here>', '@here'],
		['channel broadcast', '<!channel>', '@channel'],
		['everyone', '<!everyone>', '@everyone'],
		['user group', '<!subteam^S123|@ops>', '@ops'],
		['user group without label', '<!subteam^S123>', '@subteam'],
		['date with fallback', '<!date^1392734382^{date_short}|Feb 18, 2014>', 'Feb 18, 2014'],
		['entities', 'a &lt; b &amp;&amp; c &gt; d', 'a < b && c > d'],
		['entity-escaped markup stays text', '&lt;@U1&gt;', '<@U1>'],
		['label with entities', '<https://x|R&amp;D>', 'R&D (https://x)'],
		['no markup', 'plain 文字', 'plain 文字'],
		['unbalanced <', 'a < b', 'a < b']
	])('%s', (_name, input, expected) => {
		expect(slackText(input, names)).toBe(expected);
	});
});

describe('guarded', () => {
	it('turns an exception into one unparsed entry naming the input', () => {
		const parse = guarded(
			'slack',
			'slack-day-json',
			(e: { path: string }) => e.path,
			() => {
				throw new Error('boom');
			}
		);
		expect(parse({ path: 'a/2024-01-01.json' })).toEqual({
			platform: 'slack',
			format: 'slack-day-json',
			conversations: [],
			messages: [],
			unparsed: [{ line: 0, path: 'a/2024-01-01.json', text: '', reason: 'parser error: boom' }],
			notes: []
		});
	});
});
