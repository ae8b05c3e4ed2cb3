import type { ParsedFile, ParsedMessage, SourceFile } from '$lib/model/types';

/**
 * Two small chats written by hand with known counts for the dashboard tests (the expected numbers are worked out
 * in the comments and in dashboard.test.ts).
 *
 * "Team" (WhatsApp, read in Europe/Berlin, UTC+1 in winter): Alice, Bob, Carol; one system record; three attachments.
 * "general" (Slack, epoch times, UTC): Dana and Erin; one explicit reply link.
 */
const msg = (index: number, m: Partial<ParsedMessage> & Pick<ParsedMessage, 'ts' | 'text'>): ParsedMessage => ({
	index,
	author: '',
	authorRaw: '',
	kind: 'text',
	attachments: [],
	edited: false,
	line: index + 1,
	lineEnd: index + 1,
	raw: '',
	...m
});
const by = (author: string) => ({ author, authorRaw: author });

export const team: ParsedFile = {
	platform: 'whatsapp',
	format: 'whatsapp-android-txt',
	conversations: [{ title: 'Team', kind: 'group' }],
	notes: [],
	unparsed: [],
	messages: [
		msg(0, { ts: '2024-01-01T09:00:00', ...by('Alice'), text: 'hi' }), // Mon; UTC 08:00
		msg(1, { ts: '2024-01-01T09:10:00', ...by('Bob'), text: 'hello there' }), // replies to Alice after 600 s
		msg(2, { ts: '2024-01-01T09:11:00', kind: 'system', text: 'Bob added Carol' }),
		msg(3, { ts: '2024-01-01T09:30:00', ...by('Alice'), kind: 'media', text: '', attachments: ['a.jpg', 'b.jpg'] }), // to Bob, 1200 s
		msg(4, { ts: '2024-01-08T10:00:00', ...by('Carol'), text: 'x'.repeat(100) }), // a week later: no reply
		msg(5, { ts: '2024-01-08T10:05:00', ...by('Alice'), text: 'ok' }), // to Carol, 300 s
		msg(6, { ts: '2024-02-01T23:30:00', ...by('Bob'), text: 'late' }), // Thu; UTC Thu 22:30; no reply
		msg(7, { ts: '2024-02-02T00:15:00', ...by('Alice'), text: 'night' }), // Fri local, Thu 23:15 UTC; to Bob, 2700 s
		msg(8, { ts: '2024-02-02T00:20:00', ...by('Bob'), kind: 'media', text: '', attachments: ['voice.opus'] }) // to Alice, 300 s
	]
};
export const teamSource: SourceFile = { name: 'WhatsApp Chat with Team.txt', bytes: 900, sha256: '11'.repeat(32) };

export const general: ParsedFile = {
	platform: 'slack',
	format: 'slack-export',
	conversations: [{ title: 'general', kind: 'channel' }],
	notes: [],
	unparsed: [],
	messages: [
		msg(0, { ts: '2024-01-01T12:00:00Z', ...by('Dana'), sourceId: 's1', text: 'question?' }),
		msg(1, { ts: '2024-01-01T12:01:00Z', ...by('Erin'), sourceId: 's2', text: 'answer' }), // to Dana, 60 s
		msg(2, { ts: '2024-01-01T15:00:00Z', ...by('Erin'), sourceId: 's3', replyTo: 's1', text: 'follow-up' }), // explicit to Dana, 10800 s
		msg(3, { ts: '2024-01-01T15:02:00Z', ...by('Dana'), sourceId: 's4', text: 'thanks' }) // to Erin, 120 s
	]
};
export const generalSource: SourceFile = { name: 'general.json', bytes: 400, sha256: '22'.repeat(32) };
