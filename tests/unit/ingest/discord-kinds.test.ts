import { describe, expect, it } from 'vitest';
import { csvKind, discordJson, discordTs } from '../../../src/lib/ingest/discord/index';
import type { MessageKind } from '../../../src/lib/model/types';

function kindOf(type: string | undefined, extra: Record<string, unknown> = {}): MessageKind {
	const message = {
		id: '1',
		timestamp: '2024-01-01T00:00:00+00:00',
		content: 'x',
		author: { id: '2', name: 'a' },
		...extra,
		...(type === undefined ? {} : { type })
	};
	const out = discordJson.parse({ path: 'x.json', text: JSON.stringify({ guild: { id: '0' }, channel: { id: '3' }, messages: [message] }) });
	expect(out.unparsed).toEqual([]);
	return out.messages[0].kind;
}

describe('Discord message type → kind', () => {
	it.each<[string | undefined, MessageKind]>([
		['Default', 'text'],
		[undefined, 'text'],
		['Reply', 'text'],
		['ThreadStarterMessage', 'text'],
		['ChatInputCommand', 'text'],
		['ContextMenuCommand', 'text'],
		['Call', 'call'],
		['RecipientAdd', 'system'],
		['RecipientRemove', 'system'],
		['ChannelNameChange', 'system'],
		['ChannelIconChange', 'system'],
		['ChannelPinnedMessage', 'system'],
		['GuildMemberJoin', 'system'],
		['ThreadCreated', 'system'],
		['8', 'system'],
		['9', 'system'],
		['10', 'system'],
		['11', 'system'],
		['12', 'system'],
		['14', 'system'],
		['15', 'system'],
		['16', 'system'],
		['17', 'system'],
		['20', 'text'],
		['21', 'text'],
		['23', 'text'],
		['24', 'system'],
		['25', 'system'],
		['46', 'system'],
		['SomethingNew', 'other']
	])('%s', (type, kind) => {
		expect(kindOf(type)).toBe(kind);
	});

	it('text or unknown with attachments or stickers is media; system and call stay', () => {
		const att = { attachments: [{ id: '9', url: 'https://cdn/x/a.png', fileName: 'a.png' }] };
		expect(kindOf('Default', att)).toBe('media');
		expect(kindOf('Reply', att)).toBe('media');
		expect(kindOf('SomethingNew', att)).toBe('media');
		expect(kindOf('Default', { stickers: [{ id: '5', name: 'Wave', sourceUrl: 'https://cdn/stickers/5.png' }] })).toBe('media');
		expect(kindOf('ChannelPinnedMessage', att)).toBe('system');
		expect(kindOf('Call', att)).toBe('call');
	});
});

describe('Discord text', () => {
	it('uses embed titles and descriptions when content is empty', () => {
		const out = discordJson.parse({
			path: 'x.json',
			text: JSON.stringify({
				guild: {},
				channel: {},
				messages: [
					{
						id: '1',
						timestamp: '2024-01-01T00:00:00Z',
						content: '',
						author: { name: 'GitHub' },
						embeds: [{ title: 'PR #1 opened', description: 'Adds X' }, { title: '' }, 7]
					}
				]
			})
		});
		expect(out.messages[0].text).toBe('PR #1 opened\nAdds X');
		expect(out.messages[0].kind).toBe('text');
	});
});

describe('Discord CSV content → kind (no type column)', () => {
	it.each<[string, boolean, MessageKind]>([
		['Joined the server.', false, 'system'],
		['Pinned a message.', false, 'system'],
		['Started a thread.', false, 'system'],
		['Changed the channel icon.', false, 'system'],
		['Changed the channel name.', false, 'system'],
		['Changed the channel name: Trip', false, 'system'],
		['Added Bo to the group.', false, 'system'],
		['Added a recipient.', false, 'system'],
		['Removed Bo from the group.', false, 'system'],
		['Removed a recipient.', false, 'system'],
		['Left the group.', false, 'system'],
		['Started a call that lasted 1 minute.', false, 'call'],
		['Started a call that lasted 251 minutes.', false, 'call'],
		['Started a call that lasted 1,234 minutes.', false, 'call'],
		['Joined the server. Hi all!', false, 'text'],
		['hello', false, 'text'],
		['', true, 'media'],
		['see file', true, 'media']
	])('%j (attachments: %s)', (content, hasAttachments, kind) => {
		expect(csvKind(content, hasAttachments)).toBe(kind);
	});
});

describe('discordTs', () => {
	it.each<[unknown, string | null]>([
		['2024-03-29T09:00:05.318+01:00', '2024-03-29T08:00:05Z'],
		['2024-03-29T09:00:05.3180000+01:00', '2024-03-29T08:00:05Z'],
		['2024-03-31T03:00:30+02:00', '2024-03-31T01:00:30Z'],
		['2024-01-01T00:30:00-05:00', '2024-01-01T05:30:00Z'],
		['2024-01-01T00:30:00+05:30', '2023-12-31T19:00:00Z'],
		['2024-01-01T00:00:00+14:00', '2023-12-31T10:00:00Z'],
		['2024-01-01T10:00:00Z', '2024-01-01T10:00:00Z'],
		['2024-01-01T10:00:00+0100', '2024-01-01T09:00:00Z'],
		['2024-02-29T10:00:00', '2024-02-29T10:00:00'],
		['2024-02-29 10:00', '2024-02-29T10:00:00'],
		['15-Mar-20 09:27 PM', '2020-03-15T21:27:00'],
		['15-Mar-20 12:05 AM', '2020-03-15T00:05:00'],
		['01-Jan-2021 13:05', '2021-01-01T13:05:00'],
		['2024-13-01T00:00:00Z', null],
		['2024-01-01T25:00:00Z', null],
		['29/02/2024 10:00', null],
		['', null],
		[null, null],
		[1704103200, null]
	])('%j → %j', (input, expected) => {
		expect(discordTs(input)).toBe(expected);
	});
});
