// Telegram Desktop's HTML export (tests/fixtures/telegram/make-html-fixtures.mjs writes the fixtures in tdesktop's
// layout); every expected figure below was written by hand from the fixture script, line numbers with grep -n.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { groupInputs, groupName } from '../../../src/lib/ingest/group-inputs';
import { parseSource, parseSourceFiles } from '../../../src/lib/ingest/parse-source';
import { looksLikeTelegramHtml, telegramHtml } from '../../../src/lib/ingest/telegram/index';
import type { MessageKind, ParsedMessage } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/telegram');
const read = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

/** A fixture folder as its zip (what a user drops), member paths relative to `under`. */
function zipOf(under: string): Uint8Array {
	const files: Record<string, Uint8Array> = {};
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else files[relative(join(FIXTURES, under), path).split('\\').join('/')] = readFileSync(path);
		}
	};
	walk(join(FIXTURES, under));
	return zipSync(files, { level: 6 });
}

type Row = [id: string, author: string, ts: string, kind: MessageKind, text: string, attachments?: string[], replyTo?: string];
const row = (m: ParsedMessage): Row => {
	const r: Row = [m.sourceId ?? '', m.author, m.ts, m.kind, m.text];
	if (m.attachments.length > 0 || m.replyTo !== undefined) r.push(m.attachments);
	if (m.replyTo !== undefined) r.push(m.replyTo);
	return r;
};

describe('a group chat exported in three parts, zipped', () => {
	const zip = zipOf('html_export_three_parts');

	it('merges the parts in order into one conversation, with every record, reply, service text and attachment', async () => {
		const r = await parseSource('ChatExport_2024-01-15.zip', zip, { timeZone: 'Europe/Berlin' });
		expect(r.problems).toEqual([]);
		expect(r.parsed.map((p) => [p.entry, p.file.format, p.file.conversations])).toEqual([
			['ChatExport_2024-01-15/', 'telegram-html', [{ title: 'Harbor Ops 港口', kind: 'group' }]]
		]);
		const file = r.parsed[0].file;
		expect(file.messages.map(row)).toEqual<Row[]>([
			['1', '', '2024-01-14T08:00:00Z', 'system', 'Nadia Petrova created group «Harbor Ops 港口» with members Omar Haddad and Lena Fischer'],
			['2', 'Nadia Petrova', '2024-01-14T08:00:00Z', 'text', 'Morning! Crane 3 inspection at 10.'],
			['3', 'Nadia Petrova', '2024-01-14T08:01:10Z', 'text', 'Bring the checklist & gloves.'],
			['4', 'Omar Haddad', '2024-01-14T08:05:00Z', 'text', 'On my way, @nadia_p', [], '2'],
			['5', 'Lena Fischer', '2024-01-14T08:30:00Z', 'media', 'Crack near the hook block', ['photos/photo_1@14-01-2024_09-30-00.jpg']],
			['6', '', '2024-01-14T08:30:00Z', 'system', 'Omar Haddad pinned this message'],
			['7', 'Wei Zhang', '2024-01-14T09:15:00Z', 'text', '收到。<script>alert(1)</script> is just text'],
			['8', 'Wei Zhang', '2024-01-14T09:16:30Z', 'media', '', ['voice_messages/audio_1@14-01-2024_10-16-30.ogg']],
			['9', 'Omar Haddad', '2024-01-14T16:40:00Z', 'media', 'Invoice attached', ['files/Lieferschein 4711.pdf']],
			['10', 'Lena Fischer', '2024-01-14T16:45:00Z', 'text', 'Berth 2 closed until Tuesday'],
			['11', 'Lena Fischer', '2024-01-14T16:45:01Z', 'text', 'Use berth 4'],
			['12', 'Nadia Petrova', '2024-01-15T07:00:00Z', 'text', '谢谢 Wei!', [], '7'],
			['13', 'Omar Haddad', '2024-01-15T08:00:00Z', 'other', 'Poll: Night shift on Friday?\n- Yes\n- No'],
			['14', '', '2024-01-15T08:00:00Z', 'call', 'Lena Fischer started voice chat (125 seconds)'],
			['15', 'Wei Zhang', '2024-01-15T09:20:30Z', 'media', '', ['stickers/sticker.webp']],
			['16', 'Lena Fischer', '2024-01-15T09:31:02Z', 'media', ''],
			['17', 'Omar Haddad', '2024-01-15T10:00:00Z', 'location', '53.5461, 9.9661'],
			['18', 'Nadia Petrova', '2024-01-15T10:05:00Z', 'other', 'Contact: Harbor Master +49 40 0000000', ['contacts/contact_1.vcard']],
			['19', 'Lena Fischer', '2024-01-15T11:00:00Z', 'text', 'New rota (https://example.org/rota) is out\nPlease check your shifts'],
			['20', 'Lena Fischer', '2024-01-15T11:03:00Z', 'media', '', ['video_files/video_1@15-01-2024_12-03-00.mp4']],
			['21', '', '2024-01-15T11:03:00Z', 'other', 'This message is not supported by this version of Telegram Desktop. Please update the application.'],
			['22', '', '2024-01-15T11:03:00Z', 'system', 'Nadia Petrova removed Deleted Account'],
			['23', 'Deleted Account', '2024-01-15T11:30:00Z', 'text', '…']
		]);
		expect(file.messages.map((m) => m.index)).toEqual([...Array(23).keys()]);
	});

	it('locates each record by part, anchor and line, keeps its HTML as raw, and notes what the HTML leaves out', async () => {
		const file = (await parseSource('ChatExport_2024-01-15.zip', zip, { timeZone: 'Europe/Berlin' })).parsed[0].file;
		const at = (id: string) => file.messages.find((m) => m.sourceId === id)!;
		expect([at('1'), at('4'), at('12'), at('19')].map((m) => [m.path, m.line])).toEqual([
			['ChatExport_2024-01-15/messages.html#message1', 46],
			['ChatExport_2024-01-15/messages.html#message4', 102],
			['ChatExport_2024-01-15/messages2.html#message12', 186],
			['ChatExport_2024-01-15/messages3.html#message19', 210]
		]);
		expect(at('7').raw.startsWith('<div class="message default clearfix" id="message7">')).toBe(true);
		expect(at('7').raw).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
		expect(at('10').raw).toContain('Marco Bianchi');
		expect(file.notes).toEqual([
			"times: the export states UTC+01:00, the standard offset of the exporting computer's zone; read in Europe/Berlin (the import's time zone, same standard offset), daylight saving time included",
			'5 service records have no time in the HTML export: each takes the time of the message before it (or after it)',
			'1 media file was not included in the export',
			'2 forwarded messages (the original author kept in raw)',
			'1 reply to messages in other chats (not linkable)',
			"3 reactions on 1 messages (kept in each message's raw HTML)"
		]);
	});

	it('links the media to the messages that name them (a .vcard among them) and keeps the rest of the folder', async () => {
		const r = await parseSource('ChatExport_2024-01-15.zip', zip, { timeZone: 'Europe/Berlin' });
		const linked = r.attachments.filter((a) => a.entry !== null).map((a) => [a.path, a.mime]);
		expect(linked).toEqual([
			['ChatExport_2024-01-15/contacts/contact_1.vcard', 'text/vcard'],
			['ChatExport_2024-01-15/files/Lieferschein 4711.pdf', 'application/pdf'],
			['ChatExport_2024-01-15/photos/photo_1@14-01-2024_09-30-00.jpg', 'image/jpeg'],
			['ChatExport_2024-01-15/stickers/sticker.webp', 'image/webp'],
			['ChatExport_2024-01-15/video_files/video_1@15-01-2024_12-03-00.mp4', 'video/mp4'],
			['ChatExport_2024-01-15/voice_messages/audio_1@14-01-2024_10-16-30.ogg', 'audio/ogg']
		]);
		expect(r.attachments.filter((a) => a.entry === null).map((a) => a.path)).toEqual([
			'ChatExport_2024-01-15/images/back.png',
			'ChatExport_2024-01-15/photos/photo_1@14-01-2024_09-30-00_thumb.jpg',
			'ChatExport_2024-01-15/stickers/sticker.webp_thumb.jpg',
			'ChatExport_2024-01-15/video_files/video_1@15-01-2024_12-03-00.mp4_thumb.jpg'
		]);
	});

	it('reads the same records whatever order the parts come in, and with no time zone applies the stated offset', async () => {
		const dir = join(FIXTURES, 'html_export_three_parts/ChatExport_2024-01-15');
		const shuffled = zipSync({
			'x/messages3.html': readFileSync(join(dir, 'messages3.html')),
			'x/messages.html': readFileSync(join(dir, 'messages.html')),
			'x/messages2.html': readFileSync(join(dir, 'messages2.html'))
		});
		const r = await parseSource('parts.zip', shuffled);
		const ids = r.parsed[0].file.messages.map((m) => m.sourceId);
		expect(ids).toEqual(Array.from({ length: 23 }, (_, i) => String(i + 1)));
		// January: the standard offset is the real one, so without a zone the instants are the same.
		expect(r.parsed[0].file.messages[1].ts).toBe('2024-01-14T08:00:00Z');
		expect(r.parsed[0].file.notes[0]).toMatch(/^times: read with the offset the export states \(UTC\+01:00\)/);
	});

	it('says which part is missing when one is not given', async () => {
		const dir = join(FIXTURES, 'html_export_three_parts/ChatExport_2024-01-15');
		const r = await parseSource(
			'parts.zip',
			zipSync({ 'x/messages.html': readFileSync(join(dir, 'messages.html')), 'x/messages3.html': readFileSync(join(dir, 'messages3.html')) })
		);
		expect(r.parsed[0].file.messages).toHaveLength(16);
		expect(r.parsed[0].file.notes).toContain('x/: messages2.html not among the files: the messages in them are missing');
	});

	it('leaves another export zipped alongside to its own parser', async () => {
		const dir = join(FIXTURES, 'html_export_three_parts/ChatExport_2024-01-15');
		const r = await parseSource(
			'mixed.zip',
			zipSync({
				'tg/messages.html': readFileSync(join(dir, 'messages.html')),
				'tg/css/style.css': readFileSync(join(dir, 'css/style.css')),
				'WhatsApp Chat with Bo.txt': new TextEncoder().encode('1/15/24, 9:41 AM - Bo Li: hi\n')
			})
		);
		expect(r.parsed.map((p) => [p.entry, p.file.platform, p.file.messages.length])).toEqual([
			['tg/', 'telegram', 8],
			['WhatsApp Chat with Bo.txt', 'whatsapp', 1]
		]);
		expect(r.problems).toEqual([]);
	});
});

describe('single HTML files', () => {
	it.each([
		['html_private_chat_calls_summer.html', true],
		['html_channel_posts.html', true],
		['html_damaged_and_cut.html', true],
		['html_account_export/DataExport_2024-02-10/lists/chats.html', false],
		['html_account_export/DataExport_2024-02-10/export_results.html', false]
	])('%s is a chat page: %s', (name, yes) => {
		expect(looksLikeTelegramHtml(read(name))).toBe(yes);
	});

	it('a summer chat: the stated offset is the standard one, so the import time zone makes the times exact', () => {
		const text = read('html_private_chat_calls_summer.html');
		const inBerlin = telegramHtml.parse({ path: 'messages.html', text }, { timeZone: 'Europe/Berlin' });
		const noZone = telegramHtml.parse({ path: 'messages.html', text });
		const otherZone = telegramHtml.parse({ path: 'messages.html', text }, { timeZone: 'America/New_York' });
		expect(inBerlin.messages.map(row)).toEqual<Row[]>([
			['301', 'Tomás Ortega', '2024-07-02T07:00:00Z', 'text', 'Call you in 5?'],
			['302', 'Tomás Ortega', '2024-07-02T07:05:00Z', 'call', 'Phone call with Lena Fischer: Outgoing (56 seconds)'],
			['303', 'Lena Fischer', '2024-07-02T07:30:00Z', 'call', 'Phone call with Tomás Ortega: Missed'],
			['304', 'Lena Fischer', '2024-07-02T07:31:00Z', 'text', 'sorry, on the quay'],
			['305', 'Tomás Ortega', '2024-07-02T07:32:00Z', 'media', '😅']
		]);
		expect(inBerlin.conversations).toEqual([{ title: 'Lena Fischer', kind: 'direct' }]);
		expect(noZone.messages.map((m) => m.ts)).toEqual([
			'2024-07-02T08:00:00Z',
			'2024-07-02T08:05:00Z',
			'2024-07-02T08:30:00Z',
			'2024-07-02T08:31:00Z',
			'2024-07-02T08:32:00Z'
		]);
		expect(otherZone.messages[0].ts).toBe('2024-07-02T08:00:00Z');
		expect(noZone.notes[0]).toMatch(/one hour late unless the import's time zone is the exporting computer's$/);
	});

	it('a channel: posts by the channel itself are a channel conversation', () => {
		const file = telegramHtml.parse({ path: 'messages.html', text: read('html_channel_posts.html') });
		expect(file.conversations).toEqual([{ title: 'Port Notices', kind: 'channel' }]);
		expect(file.messages.map(row)).toEqual<Row[]>([
			['1', '', '2024-02-03T06:00:00Z', 'system', 'Channel «Port Notices» created'],
			['2', 'Port Notices', '2024-02-03T06:00:00Z', 'text', 'Berth 2 closed today.'],
			['3', 'Port Notices', '2024-02-03T06:10:00Z', 'text', 'Pilots board at Elbe 1.']
		]);
		expect(file.messages[1].raw).toContain('Omar H.');
	});

	it('damage: each bad block is unparsed at its anchor and line, markup-like text stays text, the cut record is reported', () => {
		const file = telegramHtml.parse({ path: 'messages.html', text: read('html_damaged_and_cut.html') });
		expect(file.messages.map(row)).toEqual<Row[]>([
			['1', 'Nadia Petrova', '2024-03-01T09:00:00Z', 'text', 'a < b and 5 > 3 stay text'],
			['5', 'Omar Haddad', '2024-03-01T09:05:00Z', 'text', 'unclosed bold and a stray  tag'],
			['6', 'Lena Fischer', '2024-03-01T09:06:00Z', 'text', 'last one']
		]);
		expect(file.unparsed.map((u) => [u.line, u.path, u.reason])).toEqual([
			[70, 'messages.html', 'a message block without a message id (id="")'],
			[78, 'messages.html#message3', 'a message whose date title is not a time: "yesterday"'],
			[110, 'messages.html#message4', 'a message block that is neither "default" nor "service" (class "message sponsored")']
		]);
		expect(file.notes).toContain('messages.html is cut off inside message 6 (line 148): that record may be incomplete, and what came after it is missing');
	});

	it('a later part given alone says the parts before it are missing', () => {
		const file = telegramHtml.parse({ path: 'ChatExport/messages2.html', text: read('html_export_three_parts/ChatExport_2024-01-15/messages2.html') });
		expect(file.messages.map((m) => m.sourceId)).toEqual(['9', '10', '11', '12', '13', '14', '15']);
		expect(file.notes).toContain('ChatExport/messages2.html is one part of a chat: the parts before it (messages.html, …) were not given with it');
	});
});

describe('a whole-account export', () => {
	it('one conversation per chat folder, typed from lists/chats.html, media resolved through ../../', async () => {
		const r = await parseSource('DataExport.zip', zipOf('html_account_export'), { timeZone: 'Europe/Berlin' });
		expect(r.problems).toEqual([]);
		const file = r.parsed[0].file;
		expect(file.conversations).toEqual([
			{ title: 'Lena Fischer', kind: 'direct' },
			{ title: 'Night Shift', kind: 'group' }
		]);
		expect(file.messages.map((m) => [m.conversation, m.sourceId, m.author, m.ts, m.replyTo])).toEqual([
			[0, '11', 'Lena Fischer', '2024-02-09T17:00:00Z', undefined],
			[0, '12', 'Tomás Ortega', '2024-02-09T17:01:00Z', undefined],
			[1, '7', 'Wei Zhang', '2024-02-10T00:00:00Z', undefined],
			[1, '8', 'Omar Haddad', '2024-02-10T00:02:00Z', '7'],
			[1, '9', 'Nadia Petrova', '2024-02-10T00:03:00Z', undefined]
		]);
		expect(r.attachments.filter((a) => a.entry !== null).map((a) => [a.path, a.name])).toEqual([
			['DataExport_2024-02-10/chats/chat_02/photos/photo_1@10-02-2024_01-00-00.jpg', '../../chats/chat_02/photos/photo_1@10-02-2024_01-00-00.jpg']
		]);
	});
});

describe('the parts chosen as separate files', () => {
	it.each<[string, string[], number[][]]>([
		['three parts and a WhatsApp text', ['messages2.html', 'WhatsApp Chat with Bo.txt', 'messages.html', 'messages3.html'], [[0, 2, 3], [1]]],
		['one part alone', ['messages.html', 'result.json'], [[0], [1]]],
		['two pages of the same name cannot be one chat', ['messages.html', 'messages.html'], [[0], [1]]],
		['other HTML pages are read on their own', ['index.html', 'messages.html', 'chat.html', 'messages2.html'], [[0], [1, 3], [2]]]
	])('grouping: %s', (_name, names, groups) => {
		expect(groupInputs(names)).toEqual(groups);
	});

	it('names a group after its first file', () => {
		expect([
			groupName(['messages.html']),
			groupName(['messages.html', 'messages2.html']),
			groupName(['messages.html', 'messages2.html', 'messages3.html'])
		]).toEqual(['messages.html', 'messages.html and 1 more part', 'messages.html and 2 more parts']);
	});

	it('reads them as the zip of their folder reads them, under one archive hash over names and bytes in any order', async () => {
		const dir = join(FIXTURES, 'html_export_three_parts/ChatExport_2024-01-15');
		const files = ['messages3.html', 'messages.html', 'messages2.html'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) }));
		const r = await parseSourceFiles('messages3.html and 2 more parts', files, { timeZone: 'Europe/Berlin' });
		expect(r.problems).toEqual([]);
		expect(r.parsed).toHaveLength(1);
		expect(r.parsed[0].file.messages.map((m) => [m.sourceId, m.path])).toEqual(
			Array.from({ length: 23 }, (_, i) => [String(i + 1), `${i < 8 ? 'messages.html' : i < 15 ? 'messages2.html' : 'messages3.html'}#message${i + 1}`])
		);
		expect((await parseSourceFiles('x', files.slice().reverse())).source.sha256).toBe(r.source.sha256);
		const edited = files.map((f, i) => (i === 0 ? { ...f, bytes: new Uint8Array([...f.bytes, 10]) } : f));
		expect((await parseSourceFiles('y', edited)).source.sha256).not.toBe(r.source.sha256);
	});
});
