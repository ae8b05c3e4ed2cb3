// One case per structural rule of WhatsApp's line classification, each in the shape of a real export line
// (whats_json test/data, WhatsR inst/, issue 12), written here: the rules hold in languages the table has never seen.
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import { detectFormat } from '../../../src/lib/ingest/detect';
import { parseEntries } from '../../../src/lib/ingest/container/parse-entries';
import { decodeText } from '../../../src/lib/ingest/decode';
import { computeStats } from '../../../src/lib/ingest/stats';
import { FORMAT_PARSERS } from '../../../src/lib/ingest/registry';
import type { ParsedFile } from '../../../src/lib/model/types';

const L = '\u200e';
const R = '\u200f';
const BOM = '\ufeff';

function parse(lines: string[], name = 'WhatsApp Chat - Crew.txt'): ParsedFile {
	return parseWhatsAppText(lines.join('\n'), name);
}

// [rule, lines, expected kind of the last record, expected attachments of the last record]
const RULES: [string, string[], string, string[]][] = [
	[
		'an LRM before the iOS timestamp marks media, whatever the language (Kurdish-like unknown phrase)',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `${L}[3/27/22, 21:41:55] Dmitry S: ${L}wêne nehat şandin`],
		'media',
		[]
	],
	[
		'an RLM before the timestamp marks media in Arabic exports',
		['[27/3/2022، 21:41:35] Dmitry S: Hello', `${R}[${R}27${R}/3${R}/2022، 21:44:16] Dmitry S: ${R}لم يتم إدراج الفيديوهات`],
		'media',
		[]
	],
	[
		'a marked document line with its name before the placeholder',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `${L}[3/27/22, 21:50:25] Dmitry S: Resume.pdf • ${L}2 पन्ने ${L}डॉक्यूमेंट छोड़ा गया`],
		'media',
		[]
	],
	[
		'an iOS attachment tag in any language names the file',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `${L}[3/27/22, 21:41:55] Dmitry S: ${L}<lampiran: 00000035-PHOTO-2022-03-27-21-41-55.jpg>`],
		'media',
		['00000035-PHOTO-2022-03-27-21-41-55.jpg']
	],
	[
		'an Android media file name with an unknown note',
		['27.03.22 13:32 - Elon: hi', '27.03.22 13:33 - Elon: STK-20220323-WA0003.webp (tiedosto liitetty)'],
		'media',
		['STK-20220323-WA0003.webp']
	],
	[
		'an LRM-marked Android attachment line with an unknown note',
		['27.03.22 13:32 - Elon: hi', `27.03.22 13:33 - Elon: ${L}Alex.vcf (dosya eklendi)`],
		'media',
		['Alex.vcf']
	],
	[
		'an Android placeholder followed by a caption',
		['27.03.22 13:32 - Elon: hi', '27.03.22 13:33 - Elon: <Media weggelaten>', 'Caption under the photo'],
		'media',
		[]
	],
	['`‹` opening an Android placeholder', ['27.03.22 13:32 - Elon: hi', '27.03.22 13:33 - Elon: ‹Média vynechány>'], 'media', []],
	[
		'two marks and a marked second sentence: an iOS notice in any language',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `[4/28/22, 20:17:30] Elon Musk: ${L}${L}Sigurnosni kod s Elon promijenjen. ${L}Dodirnite za više.`],
		'system',
		[]
	],
	[
		'the actor standing where the author stands',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `[3/27/22, 21:42:35] ~\u202fMaija: ${L}~\u202fMaija vaihtoi ryhmän kuvaa`],
		'system',
		[]
	],
	['the group name as author of a marked line', ['[3/27/22, 21:41:35] Dmitry S: Hello', `[3/27/22, 21:42:35] Crew: ${L}Dmitry S ajouté Ana`], 'system', []],
	[
		'a Foursquare venue',
		[
			'[3/27/22, 21:41:35] Dmitry S: Hello',
			'[3/27/22, 21:46:03] Dmitry S: Pimlico Gardens (London, United Kingdom): https://foursquare.com/v/4e89af95e5fa82ad4c0aa03b'
		],
		'location',
		[]
	],
	[
		'a location with a label in any language',
		['[3/27/22, 21:41:35] Dmitry S: Hello', `[3/27/22, 21:56:45] Dmitry S: ${L}Sijainti: https://maps.google.com/?q=51.5021456,-0.127397`],
		'location',
		[]
	],
	[
		'an unmarked message that quotes a placeholder stays text',
		['[3/27/22, 21:41:35] Dmitry S: Hello', '[3/27/22, 21:56:45] Dmitry S: it said image omitted, weird'],
		'text',
		[]
	],
	[
		'a user text with two leading marks but no marked second sentence stays text (WhatsR englishandroid24h)',
		['1/30/18, 12:00 AM - Bob: hi', `1/30/18, 12:02 AM - Bob: ${L}${L}Alright, lets go`],
		'text',
		[]
	]
];

describe('structural rules', () => {
	it.each(RULES)('%s', (_rule, lines, kind, attachments) => {
		const file = parse(lines);
		const last = file.messages[file.messages.length - 1];
		expect(last.kind).toBe(kind);
		expect(last.attachments).toEqual(attachments);
		expect(file.messages).toHaveLength(lines.filter((l) => !l.startsWith('Caption')).length);
	});

	it('the first generated line of an iOS export is a system record, even in a language the table lacks', () => {
		const file = parse(
			[`[3/18/22, 14:56:01] Elon Musk: ${L}Xabarlar va qo‘ng‘iroqlar shifrlangan.`, '[3/27/22, 21:41:35] Elon Musk: Hello'],
			'WhatsApp Chat - Elon Musk.txt'
		);
		expect(file.messages.map((m) => [m.kind, m.author])).toEqual([
			['system', ''],
			['text', 'Elon Musk']
		]);
	});

	it('an author who only ever stands on generated lines is not a participant (the group itself)', () => {
		const file = parse(
			[
				'[3/27/22, 21:41:35] Ana: Hello',
				'[3/27/22, 21:41:36] Bo: Hi',
				`[3/27/22, 21:42:35] Kamp 2024: ${L}Ana ha aggiunto Cy`,
				`[3/27/22, 21:43:35] Kamp 2024: ${L}Ana ha cambiato l'oggetto`
			],
			'_chat.txt'
		);
		expect(computeStats(file)).toMatchObject({ participants: 2, system: 2, records: 4 });
	});

	it('"Du" of a German system line is no participant (WhatsR germanios24h shape)', () => {
		const file = parse([`[29.01.18, 12:24:03] Du: ${L}Du hast Mallory hinzugefügt.`, '[29.01.18, 12:24:04] Mallory: Hey! :)'], '_chat.txt');
		expect(computeStats(file)).toMatchObject({ participants: 1, system: 1 });
	});
});

describe('nothing glued in silence', () => {
	it.each([
		['minute 60', '1/29/18, 11:60 PM - Bob: hi', /minute 60/],
		['hour 13 with AM', '1/29/18, 13:05 AM - Bob: hi', /hour 13 with AM/],
		['31 February', '31/02/18, 11:05 - Bob: hi', /no date/],
		['second 60 on iOS', '[29.01.18, 12:24:60] Bob: hi', /second 60/]
	])('%s: the line is unparsed with its number, its continuation too, the message before keeps its text', (_n, bad, reason) => {
		const file = parse(['1/29/18, 11:58 PM - Ana: first', bad, 'continued', '1/30/18, 12:05 AM - Ana: next']);
		expect(file.messages.map((m) => m.text)).toEqual(['first', 'next']);
		expect(file.unparsed.map((u) => u.line)).toEqual([2, 3]);
		expect(file.unparsed[0].reason).toMatch(reason);
		expect(file.unparsed[1].reason).toMatch(/continues the unreadable header at line 2/);
	});

	it('reads 00:08 a. m. as 00:08, 23:59 PM as 23:59 and 24:40 as 00:40 of the same date, and says so', () => {
		const file = parse(['06/20/2020, 00:08 a. m. - Ana: one', '06/20/2020, 23:59 PM - Ana: two', '06/21/2020, 24:40 - Ana: three']);
		expect(file.messages.map((m) => m.ts)).toEqual(['2020-06-20T00:08:00', '2020-06-20T23:59:00', '2020-06-21T00:40:00']);
		expect(file.notes.join('\n')).toMatch(/hour 24/);
		expect(file.unparsed).toEqual([]);
	});

	it('converts era years and says so', () => {
		const file = parse(['[3/18/2565 BE, 14:56:01] Ana: one', '[3/19/R4, 14:56:01] Ana: two']);
		expect(file.messages.map((m) => m.ts)).toEqual(['2022-03-18T14:56:01', '2022-03-19T14:56:01']);
		expect(file.notes.join('\n')).toMatch(/2 timestamp\(s\) written in a Buddhist or Japanese era/);
	});
});

describe('detection that survives', () => {
	it('a WhatsApp file whose first line begins `[` and a BOM is WhatsApp, not broken JSON', () => {
		expect(detectFormat(`[${BOM}29.01.18, 12:24:03] Ana: hi\n[29.01.18, 12:25:03] Bo: ho\n`)).toEqual({ ok: true, platform: 'whatsapp' });
	});

	it('20 lines of binary garbage in front: everything after is imported, the garbage counted and located', () => {
		const garbage = Array.from({ length: 20 }, (_, i) => String.fromCharCode(0, 1, 2, 0xfffd, 65 + i) + '\u0007\u0000').join('\n');
		const chat = ['16.01.21, 23:09 - Max: hallo', '16.01.21, 23:10 - Eva: hi', '16.01.21, 23:11 - Max: 👍'].join('\n');
		const { parsed, problems } = parseEntries('chat.txt', [{ entry: '', path: 'chat.txt', text: `${garbage}\n${chat}` }]);
		expect(parsed).toHaveLength(1);
		expect(parsed[0].file.messages.map((m) => m.line)).toEqual([21, 22, 23]);
		expect(parsed[0].file.unparsed.map((u) => u.line)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
		expect(problems.length).toBeGreaterThan(0);
	});

	it('bytes of garbage before UTF-8 text keep the text UTF-8 (emoji and umlauts survive)', () => {
		const bytes = new Uint8Array([0xff, 0x00, 0x9c, 0x0a, ...new TextEncoder().encode('16.01.21, 23:09 - Jürgen: 👍\n')]);
		const decoded = decodeText(bytes);
		expect(decoded.encoding).toBe('utf-8');
		expect(decoded.text).toContain('Jürgen: 👍');
		expect(decoded.warning).toMatch(/offset 0/);
	});

	it('a strict format that sniffs but reads nothing gives way to the next candidate', () => {
		const strict = {
			id: 'strict',
			platform: 'csv' as const,
			label: 'strict',
			sniff: () => true,
			parse: () => ({
				platform: 'csv' as const,
				format: 'strict',
				conversations: [],
				messages: [],
				unparsed: [{ line: 1, text: 'x', reason: 'bad' }],
				notes: []
			})
		};
		const text = '16.01.21, 23:09 - Max: hallo\n';
		const { parsed } = parseEntries('chat.txt', [{ entry: '', path: 'chat.txt', text }], { formats: [strict, ...FORMAT_PARSERS] });
		expect(parsed[0].file.platform).toBe('whatsapp');
		expect(parsed[0].file.notes.join('\n')).toMatch(/after strict found no message/);
	});
});
