// Hand-written expectations for each fixture (see tests/fixtures/whatsapp/make-fixtures.mjs for the bytes).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import type { MessageKind, ParsedFile } from '../../../src/lib/model/types';

const FIXTURES = join(import.meta.dirname, '../../fixtures/whatsapp');
const NNBSP = '\u202f';
const LRM = '\u200e';

interface Expected {
	line: number;
	lineEnd?: number;
	author: string;
	authorRaw?: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments?: string[];
	edited?: boolean;
}

function parseFixture(name: string): ParsedFile {
	return parseWhatsAppText(readFileSync(join(FIXTURES, name), 'utf8'), name);
}

function expectRecords(file: ParsedFile, expected: Expected[]): void {
	const actual = file.messages.map((m) => ({
		line: m.line,
		lineEnd: m.lineEnd,
		author: m.author,
		authorRaw: m.authorRaw,
		ts: m.ts,
		kind: m.kind,
		text: m.text,
		attachments: m.attachments,
		edited: m.edited
	}));
	const want = expected.map((e) => ({
		lineEnd: e.line,
		authorRaw: e.author,
		attachments: [],
		edited: false,
		...e
	}));
	expect(actual).toEqual(want);
	expect(file.messages.map((m) => m.index)).toEqual(expected.map((_, i) => i));
}

describe('WhatsApp fixtures', () => {
	it('android_en_us_12h_nnbsp: system lines, multi-line text, captioned attachment, edit, delete, out-of-order', () => {
		const file = parseFixture('android_en_us_12h_nnbsp.txt');
		const bo = '+1 (555) 010\u20110000';
		expectRecords(file, [
			{
				line: 1,
				author: '',
				ts: '2024-01-02T09:05:00',
				kind: 'system',
				text: 'Messages and calls are end-to-end encrypted. Only people in this chat can read, listen to, or share them. Learn more.'
			},
			{ line: 2, author: '', ts: '2024-01-02T09:05:00', kind: 'system', text: 'Ana Silva created group "Ops Team"' },
			{ line: 3, author: '', ts: '2024-01-02T09:06:00', kind: 'system', text: `Ana Silva added ${bo}` },
			{
				line: 4,
				lineEnd: 7,
				author: 'Ana Silva',
				ts: '2024-01-02T09:07:00',
				kind: 'text',
				text: 'Shipment delayed\nto Thursday.\n\nPlease confirm.'
			},
			{
				line: 8,
				lineEnd: 9,
				author: bo,
				ts: '2024-01-02T09:08:00',
				kind: 'media',
				text: 'IMG-20240102-WA0003.jpg (file attached)\nInvoice photo',
				attachments: ['IMG-20240102-WA0003.jpg']
			},
			{ line: 10, author: bo, ts: '2024-01-02T09:09:00', kind: 'media', text: '<Media omitted>' },
			{ line: 11, author: 'Ana Silva', ts: '2024-01-02T09:10:00', kind: 'text', text: 'ok', edited: true },
			{ line: 12, author: 'Ana Silva', ts: '2024-01-13T23:59:00', kind: 'deleted', text: 'This message was deleted' },
			{ line: 13, author: 'Ana Silva', ts: '2024-01-13T00:01:00', kind: 'text', text: 'out-of-order line (must be tolerated)' },
			{
				line: 14,
				author: 'Bo Li',
				authorRaw: `~${NNBSP}Bo Li`,
				ts: '2024-01-13T12:30:00',
				kind: 'text',
				text: 'noon 👨\u200d👩\u200d👧 family ❤\ufe0f'
			}
		]);
		expect(file.conversations).toEqual([{ title: 'android_en_us_12h_nnbsp', kind: 'group' }]);
		expect(file.format).toBe('whatsapp-android-txt');
		expect(file.unparsed).toEqual([]);
		expect(file.notes[0]).toMatch(/^date order MDY: /);
		expect(file.messages[3].raw).toBe(`1/2/24, 9:07${NNBSP}AM - Ana Silva: Shipment delayed\nto Thursday.\n\nPlease confirm.`);
	});

	it('ios_en_gb_12h_crlf_lrm: CRLF, LRM-marked system lines, placeholders, mention isolates', () => {
		const file = parseFixture('ios_en_gb_12h_crlf_lrm.txt');
		const bo = `~${NNBSP}Bo Li`;
		expectRecords(file, [
			{
				line: 1,
				author: '',
				authorRaw: 'Ops Team',
				ts: '2024-01-02T09:05:11',
				kind: 'system',
				text: 'Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.'
			},
			{
				line: 2,
				author: '',
				authorRaw: 'Ops Team',
				ts: '2024-01-02T09:05:12',
				kind: 'system',
				text: `${bo} joined using this group's invite link`
			},
			{
				line: 3,
				author: 'Bo Li',
				authorRaw: bo,
				ts: '2024-01-02T09:08:40',
				kind: 'media',
				text: '<attached: 00000004-PHOTO-2024-01-02-09-08-40.jpg>',
				attachments: ['00000004-PHOTO-2024-01-02-09-08-40.jpg']
			},
			{ line: 4, author: 'Bo Li', authorRaw: bo, ts: '2024-01-02T09:09:02', kind: 'media', text: 'image omitted' },
			{ line: 5, author: 'Ana Silva', ts: '2024-01-02T09:09:30', kind: 'media', text: 'Report • 3 pages document omitted' },
			{
				line: 6,
				author: 'Ana Silva',
				ts: '2024-01-02T09:10:00',
				kind: 'location',
				text: 'Location: https://maps.google.com/?q=51.507351,-0.127758'
			},
			{ line: 7, author: 'Ana Silva', ts: '2024-01-02T09:11:00', kind: 'deleted', text: 'This message was deleted.' },
			{ line: 8, lineEnd: 9, author: 'Ana Silva', ts: '2024-01-02T12:15:00', kind: 'text', text: 'first line\nsecond line' },
			{ line: 10, author: 'Ana Silva', ts: '2024-01-13T23:59:59', kind: 'text', text: 'hi @Bo Li', edited: true }
		]);
		expect(file.format).toBe('whatsapp-ios-txt');
		expect(file.conversations[0].kind).toBe('group');
		expect(file.messages[7].raw).toBe(`[02/01/2024, 12:15:00${NNBSP}PM] Ana Silva: first line\nsecond line`);
		expect(file.messages[2].raw.startsWith(`${LRM}[02/01/2024`)).toBe(true);
	});

	it('android_de_24h: German banner, Datei angehängt with caption, Medien ausgeschlossen, edit, delete', () => {
		const file = parseFixture('android_de_24h.txt');
		expectRecords(file, [
			{
				line: 1,
				author: '',
				ts: '2021-01-16T23:09:00',
				kind: 'system',
				text: 'Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Niemand außerhalb dieses Chats kann sie lesen oder anhören, nicht einmal WhatsApp.'
			},
			{
				line: 2,
				lineEnd: 3,
				author: 'Max Müller',
				ts: '2021-01-16T23:09:00',
				kind: 'media',
				text: 'abcdefgh.jpg (Datei angehängt)\nKartoffelsalat.',
				attachments: ['abcdefgh.jpg']
			},
			{ line: 4, author: 'Max Müller', ts: '2021-01-16T23:10:00', kind: 'media', text: '<Medien ausgeschlossen>' },
			{ line: 5, author: 'Erika Muster', ts: '2021-01-17T08:00:00', kind: 'text', text: 'Guten Morgen', edited: true },
			{ line: 6, author: 'Max Müller', ts: '2021-01-17T08:01:00', kind: 'deleted', text: 'Diese Nachricht wurde gelöscht.' }
		]);
		expect(file.conversations[0].kind).toBe('direct');
	});

	it('android_es_pm_nbsp: p. m. with NBSP, a.m., midnight, Spanish placeholders', () => {
		expectRecords(parseFixture('android_es_pm_nbsp.txt'), [
			{ line: 1, author: 'Michelle', ts: '2017-06-20T20:28:00', kind: 'text', text: 'prueba' },
			{ line: 2, author: 'Michelle', ts: '2017-06-20T20:29:00', kind: 'media', text: '<Multimedia omitido>' },
			{ line: 3, author: 'Jorge', ts: '2017-06-20T20:30:00', kind: 'text', text: 'hola' },
			{ line: 4, author: 'Jorge', ts: '2017-06-21T00:05:00', kind: 'text', text: 'medianoche' },
			{ line: 5, author: 'Michelle', ts: '2017-06-21T09:00:00', kind: 'deleted', text: 'Se eliminó este mensaje.' },
			{
				line: 6,
				author: 'Michelle',
				ts: '2017-06-21T21:01:00',
				kind: 'media',
				text: 'IMG-20170621-WA0001.jpg (archivo adjunto)',
				attachments: ['IMG-20170621-WA0001.jpg']
			}
		]);
	});

	it('ios_fi_dot_time: dot times, ~ prefix, LRM system line with the member as author', () => {
		const maija = `~${NNBSP}Maija Meikäläinen`;
		const file = parseFixture('ios_fi_dot_time.txt');
		expectRecords(file, [
			{ line: 1, author: 'Maija Meikäläinen', authorRaw: maija, ts: '2026-04-22T20:20:13', kind: 'text', text: 'Koekisa alkaa.' },
			{ line: 2, author: 'Ville', ts: '2026-05-01T09:05:00', kind: 'text', text: 'Hyvää vappua!' },
			{ line: 3, author: '', authorRaw: maija, ts: '2026-05-01T09:06:00', kind: 'system', text: `${maija} changed this group's icon` }
		]);
		expect(file.conversations[0].kind).toBe('group');
	});

	it('android_fi_klo: klo separator, seconds optional, continuation line', () => {
		expectRecords(parseFixture('android_fi_klo.txt'), [
			{ line: 1, author: 'Aino', ts: '2018-06-13T21:25:15', kind: 'text', text: 'moi' },
			{ line: 2, author: 'Eero', ts: '2018-06-13T21:26:00', kind: 'text', text: 'moi moi' },
			{ line: 3, lineEnd: 4, author: 'Aino', ts: '2018-06-14T07:02:00', kind: 'text', text: 'huomenta\njatkuu' }
		]);
	});

	it('hr_trailing_dots: trailing-dot dates without a dash', () => {
		const file = parseFixture('hr_trailing_dots.txt');
		expectRecords(file, [
			{ line: 1, author: 'Ivan', ts: '2018-06-13T21:25:15', kind: 'text', text: 'bok' },
			{ line: 2, author: 'Ana', ts: '2018-06-13T21:26:40', kind: 'text', text: 'bok, kako si?' },
			{ line: 3, author: 'Ivan', ts: '2018-06-14T08:00:00', kind: 'text', text: 'dobro: hvala' }
		]);
		expect(file.format).toBe('whatsapp-txt');
	});

	it('year_first: Y/M/D with comma, lowercase pm', () => {
		const file = parseFixture('year_first.txt');
		expectRecords(file, [
			{ line: 1, author: 'Sven', ts: '2019-01-20T11:23:00', kind: 'text', text: 'hej' },
			{ line: 2, author: 'Karin', ts: '2019-01-20T11:24:00', kind: 'text', text: 'hej hej' },
			{ line: 3, author: 'Sven', ts: '2019-02-03T21:05:00', kind: 'text', text: 'ses' },
			{ line: 4, author: 'Karin', ts: '2024-12-01T22:04:00', kind: 'text', text: 'kväll' }
		]);
		expect(file.notes[0]).toMatch(/^date order YMD: /);
	});

	it('ios_zh_year_first: Chinese banner with author, edit marker, fullwidth-colon attachment', () => {
		const file = parseFixture('ios_zh_year_first.txt');
		expectRecords(file, [
			{
				line: 1,
				author: '',
				authorRaw: '王伟',
				ts: '2022-07-21T05:11:12',
				kind: 'system',
				text: '消息和通话已进行端到端加密。只有此聊天中的成员可以查看、收听或分享。'
			},
			{ line: 2, author: '王伟', ts: '2022-07-21T05:12:00', kind: 'text', text: '你好' },
			{ line: 3, author: '李娜', ts: '2022-07-21T05:13:30', kind: 'text', text: '早上好', edited: true },
			{
				line: 4,
				author: '李娜',
				ts: '2022-07-22T09:00:00',
				kind: 'media',
				text: '<附件：00000003-PHOTO-2022-07-22-09-00-00.jpg>',
				attachments: ['00000003-PHOTO-2022-07-22-09-00-00.jpg']
			}
		]);
		expect(file.conversations[0].kind).toBe('direct');
	});

	it('ddmm_ambiguous_inferred_from_later_line: line 4 makes the earlier lines D/M', () => {
		const file = parseFixture('ddmm_ambiguous_inferred_from_later_line.txt');
		expectRecords(file, [
			{ line: 1, author: 'Ana', ts: '2024-02-01T10:00:00', kind: 'text', text: 'first' },
			{ line: 2, author: 'Bo', ts: '2024-02-05T11:00:00', kind: 'text', text: 'second' },
			{ line: 3, author: 'Ana', ts: '2024-03-07T09:30:00', kind: 'text', text: 'third' },
			{ line: 4, author: 'Bo', ts: '2024-03-13T08:00:00', kind: 'text', text: 'thirteenth settles it' }
		]);
		expect(file.notes[0]).toBe('date order DMY: 1 timestamp(s) fit only DMY (first at line 4), 0 only MDY');
	});

	it('mdy_ambiguous_inferred_from_sequence: no day above 12, M/D keeps dates increasing', () => {
		const file = parseFixture('mdy_ambiguous_inferred_from_sequence.txt');
		expect(file.messages.map((m) => m.ts)).toEqual([
			'2024-01-02T09:00:00',
			'2024-01-03T09:00:00',
			'2024-01-04T09:00:00',
			'2024-01-05T09:00:00',
			'2024-02-01T09:00:00'
		]);
		expect(file.notes[0]).toBe('date order MDY: no day above 12; dates decrease 0 time(s) as MDY vs 1 as DMY');
	});

	it('leading_garbage_lines: BOM stripped, junk before the first message kept as unparsed', () => {
		const file = parseFixture('leading_garbage_lines.txt');
		expectRecords(file, [
			{ line: 4, author: 'Ana', ts: '2024-03-14T08:00:00', kind: 'text', text: 'hello' },
			{ line: 5, author: 'Bo', ts: '2024-03-14T08:01:00', kind: 'text', text: 'hi' }
		]);
		expect(file.unparsed.map(({ line, text }) => ({ line, text }))).toEqual([
			{ line: 1, text: 'Exported from some tool' },
			{ line: 3, text: 'Chat history:' }
		]);
		expect(file.unparsed[0].reason).toMatch(/before the first message/);
	});

	it('author_with_colon: split on the first ": ", quoted subjects, LRE/PDF phone, empty body', () => {
		const file = parseFixture('author_with_colon.txt');
		expectRecords(file, [
			{ line: 1, author: 'Team:Alpha', ts: '2024-05-20T21:00:00', kind: 'text', text: 'status: green' },
			{ line: 2, author: '', ts: '2024-05-20T21:01:00', kind: 'system', text: 'Ana Silva changed the subject from "Ops" to "Ops: Q3"' },
			{ line: 3, author: 'Ana Silva', ts: '2024-05-20T21:02:00', kind: 'text', text: 'note: bring the keys' },
			{
				line: 4,
				author: '+44 7700 900123',
				authorRaw: '\u202a+44 7700 900123\u202c',
				ts: '2024-05-20T21:03:00',
				kind: 'text',
				text: 'call me at 10:30'
			},
			{ line: 5, author: 'Ana Silva', ts: '2024-05-20T21:04:00', kind: 'text', text: '' }
		]);
		expect(file.conversations[0].kind).toBe('group');
	});

	it('android_location_call_attachments: location, live location, missed call, file attachments, deletes', () => {
		const file = parseFixture('android_location_call_attachments.txt');
		expectRecords(file, [
			{
				line: 1,
				lineEnd: 3,
				author: 'Ana',
				ts: '2024-02-13T10:00:00',
				kind: 'location',
				text: 'Helsinki\nHelsinki\nlocation: https://maps.google.com/?q=60.1678504,24.9529647'
			},
			{ line: 4, author: 'Ana', ts: '2024-02-13T10:01:00', kind: 'location', text: 'live location shared' },
			{ line: 5, author: '', ts: '2024-02-13T10:02:00', kind: 'call', text: 'Missed voice call' },
			{ line: 6, author: 'Bo', ts: '2024-02-13T10:03:00', kind: 'deleted', text: 'You deleted this message' },
			{
				line: 7,
				author: 'Bo',
				ts: '2024-02-13T10:04:00',
				kind: 'media',
				text: 'PTT-20240213-WA0007.opus (file attached)',
				attachments: ['PTT-20240213-WA0007.opus']
			},
			{
				line: 8,
				author: 'Bo',
				ts: '2024-02-13T10:05:00',
				kind: 'media',
				text: 'AUD-20240213-WA0008. (file attached)',
				attachments: ['AUD-20240213-WA0008.']
			},
			{
				line: 9,
				author: 'Bo',
				ts: '2024-02-13T10:06:00',
				kind: 'media',
				text: 'Jane Doe.vcf (file attached)',
				attachments: ['Jane Doe.vcf']
			},
			{ line: 10, author: 'Bo', ts: '2024-02-13T10:07:00', kind: 'deleted', text: 'This message was deleted by admin Ana' }
		]);
		expect(file.conversations[0].kind).toBe('direct');
	});

	it('ios_de_lrm_anhang: LRM before the bracket, German attachment tag and placeholder', () => {
		expectRecords(parseFixture('ios_de_lrm_anhang.txt'), [
			{
				line: 1,
				author: 'Max',
				ts: '2025-01-17T09:48:45',
				kind: 'media',
				text: '<Anhang: 00000007-PHOTO-2025-01-17-09-48-45.jpg>',
				attachments: ['00000007-PHOTO-2025-01-17-09-48-45.jpg']
			},
			{ line: 2, author: 'Erika', ts: '2025-01-17T09:49:00', kind: 'text', text: 'Schönes Foto!' },
			{ line: 3, author: 'Max', ts: '2025-01-17T17:52:02', kind: 'media', text: 'Bild weggelassen' }
		]);
	});

	it('android_nl_dash_date: dashes in the date, 4-digit year, no comma', () => {
		expectRecords(parseFixture('android_nl_dash_date.txt'), [
			{ line: 1, author: 'Ann', ts: '2023-12-03T12:34:00', kind: 'text', text: 'hoi' },
			{ line: 2, author: 'Piet', ts: '2023-12-25T08:00:00', kind: 'text', text: 'Vrolijk kerstfeest' }
		]);
	});

	it('ios_dashed_two_digit_year: bracketed dashed date, 24h, 2-digit year', () => {
		const file = parseFixture('ios_dashed_two_digit_year.txt');
		expectRecords(file, [
			{ line: 1, author: 'Ann', ts: '2020-01-15T02:22:56', kind: 'text', text: 'hi' },
			{ line: 2, author: 'Ben', ts: '2020-01-15T02:23:10', kind: 'text', text: 'hey' }
		]);
		expect(file.format).toBe('whatsapp-ios-txt');
	});
});
