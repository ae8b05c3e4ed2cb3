// One case per entry of the localized string table: each entry, put in the line shape it occurs in, is recognised.
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import { LOCALE_STRINGS, type LocaleKey } from '../../../src/lib/ingest/whatsapp/locale-strings';
import type { ParsedMessage } from '../../../src/lib/model/types';

const LRM = '\u200e';
const ANDROID = '13/01/2024, 09:00 - ';
const IOS = '[13/01/2024, 09:00:00] ';

function entries(key: LocaleKey): [string, string][] {
	return Object.entries(LOCALE_STRINGS[key]).flatMap(([lang, list]) => (list ?? []).map((s): [string, string] => [lang, s]));
}

/** `Message deleted` → `message deleted` and back; the same string when the first letter has no other case of one unit. */
function otherCaseFirst(s: string): string {
	const first = s.charAt(0);
	const other = first === first.toLowerCase() ? first.toUpperCase() : first.toLowerCase();
	return other.length === 1 && other.toLowerCase() === first.toLowerCase() ? other + s.slice(1) : s;
}

function only(text: string): ParsedMessage {
	const file = parseWhatsAppText(text, 'chat.txt');
	expect(file.messages).toHaveLength(1);
	return file.messages[0];
}

describe('locale strings', () => {
	// WhatsApp's UI languages: iOS (Localizable.strings) and Android (strings.xml) ship slightly different sets.
	const IOS_LANGS = [
		'ar',
		'bn',
		'ca',
		'cs',
		'da',
		'de',
		'el',
		'en',
		'es',
		'fa',
		'fi',
		'fr',
		'ga',
		'gu',
		'he',
		'hi',
		'hr',
		'hu',
		'id',
		'it',
		'ja',
		'ko',
		'mr',
		'ms',
		'nb',
		'nl',
		'pl',
		'pt-BR',
		'pt-PT',
		'ro',
		'ru',
		'sk',
		'sv',
		'th',
		'tr',
		'uk',
		'ur',
		'vi',
		'zh-CN',
		'zh-HK',
		'zh-TW'
	];
	const ANDROID_LANGS = [
		'ar',
		'bg',
		'ca',
		'cs',
		'da',
		'de',
		'el',
		'en',
		'es',
		'fa',
		'fi',
		'fr',
		'he',
		'hi',
		'hr',
		'hu',
		'id',
		'it',
		'ja',
		'ko',
		'lt',
		'lv',
		'ms',
		'nb',
		'nl',
		'pl',
		'pt-BR',
		'pt-PT',
		'ro',
		'ru',
		'sk',
		'sl',
		'sr',
		'sv',
		'th',
		'tr',
		'uk',
		'ur',
		'vi',
		'zh-CN',
		'zh-TW'
	];
	it.each([
		['typeOmitted', IOS_LANGS],
		['attachedTag', IOS_LANGS.filter((l) => !['bn', 'zh-HK', 'zh-TW'].includes(l))],
		['mediaOmitted', ANDROID_LANGS],
		['fileAttached', ANDROID_LANGS],
		['deleted', [...new Set([...IOS_LANGS.filter((l) => l !== 'zh-HK'), ...ANDROID_LANGS])]],
		['call', [...new Set([...IOS_LANGS.filter((l) => l !== 'zh-HK'), ...ANDROID_LANGS])]],
		['encryption', [...new Set([...IOS_LANGS, ...ANDROID_LANGS])]],
		['liveLocation', ['de', 'en', 'es', 'fr', 'it', 'ja', 'nl', 'pt-BR', 'ru', 'tr', 'zh-CN']]
	] as [LocaleKey, string[]][])("%s covers WhatsApp's UI languages", (key, langs) => {
		expect(Object.keys(LOCALE_STRINGS[key])).toEqual(expect.arrayContaining(langs));
	});

	it('the iOS typed placeholders have one phrase per media type in every iOS language (pt-BR shares two with es)', () => {
		for (const lang of IOS_LANGS) expect(LOCALE_STRINGS.typeOmitted[lang]!.length, lang).toBeGreaterThanOrEqual(lang === 'pt-BR' ? 5 : lang === 'ro' ? 6 : 7);
	});

	it('no phrase carries a bidi mark (the classifier strips them from the body before comparing)', () => {
		for (const key of Object.keys(LOCALE_STRINGS) as LocaleKey[]) for (const [, s] of entries(key)) expect(s).not.toMatch(/[\u061c\u200e\u200f]/);
	});

	it.each(entries('mediaOmitted'))('mediaOmitted %s %s (any case)', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`)).toMatchObject({ kind: 'media', text: s, attachments: [] });
		expect(only(`${ANDROID}Ana: ${s.toLowerCase()}`).kind).toBe('media');
	});

	it.each(entries('typeOmitted'))('typeOmitted %s %s', (_lang, s) => {
		expect(only(`${IOS}Ana: ${LRM}${s}`)).toMatchObject({ kind: 'media', text: s, attachments: [] });
		expect(only(`${IOS}Ana: Report • 2 pages ${LRM}${s}`).kind).toBe('media');
	});

	it.each(entries('attachedTag'))('attachedTag %s %s', (_lang, s) => {
		expect(only(`${IOS}Ana: ${LRM}<${s}: 00000001-PHOTO-2024-01-13-09-00-00.jpg>`)).toMatchObject({
			kind: 'media',
			attachments: ['00000001-PHOTO-2024-01-13-09-00-00.jpg']
		});
	});

	it.each(entries('fileAttached'))('fileAttached %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: IMG-20240113-WA0001.jpg ${s}\ncaption`)).toMatchObject({
			kind: 'media',
			text: `IMG-20240113-WA0001.jpg ${s}\ncaption`,
			attachments: ['IMG-20240113-WA0001.jpg']
		});
	});

	it.each(entries('deleted'))('deleted %s %s (with or without full stop, with LRM)', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`).kind).toBe('deleted');
		expect(only(`${ANDROID}Ana: ${s}.`).kind).toBe('deleted');
		expect(only(`${IOS}Ana: ${LRM}${s}.`)).toMatchObject({ kind: 'deleted', text: `${s}.` });
	});

	// Whole-body phrases are compared case-insensitively, whatever case their first letter is written in.
	it.each([...entries('deleted'), ...entries('call'), ...entries('liveLocation')].filter(([, s]) => otherCaseFirst(s) !== s))(
		'%s %s with its first letter in the other case',
		(_lang, s) => {
			const expected = only(`${ANDROID}Ana: ${s}`).kind;
			expect(expected).not.toBe('text');
			expect(only(`${ANDROID}Ana: ${otherCaseFirst(s)}`).kind).toBe(expected);
		}
	);

	it.each(entries('deletedPrefix'))('deletedPrefix %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s} Bo`).kind).toBe('deleted');
	});

	it.each(entries('edited'))('edited %s %s (also with a full stop inside the brackets)', (_lang, s) => {
		expect(only(`${ANDROID}Ana: see you at 5 ${s.slice(0, -1)}.>`)).toMatchObject({ kind: 'text', text: 'see you at 5', edited: true });
		expect(only(`${ANDROID}Ana: see you at 5 ${s}`)).toMatchObject({ kind: 'text', text: 'see you at 5', edited: true });
		expect(only(`${IOS}Ana: line one\nline two ${LRM}${s}`)).toMatchObject({ text: 'line one\nline two', edited: true });
	});

	it.each(entries('encryption'))('encryption %s %s', (_lang, s) => {
		expect(only(`${ANDROID}${s}. Tap to learn more.`)).toMatchObject({ kind: 'system', author: '' });
		expect(only(`${IOS}Ops Team: ${LRM}${s}.`)).toMatchObject({ kind: 'system', author: '', authorRaw: 'Ops Team' });
		expect(only(`${IOS}Ana: ${s}.`)).toMatchObject({ kind: 'system', author: '' });
	});

	it.each(entries('call'))('call %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`)).toMatchObject({ kind: 'call', author: 'Ana' });
		expect(only(`${ANDROID}${s}`)).toMatchObject({ kind: 'call', author: '' });
		expect(only(`${IOS}Ana: ${LRM}${s}, ${LRM}Tap to call back`).kind).toBe('call');
	});

	it.each(entries('locationPrefix'))('locationPrefix %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}https://maps.google.com/?q=60.1678504,24.9529647`).kind).toBe('location');
		expect(only(`${ANDROID}Ana: Kiasma\n${s}https://maps.google.com/?q=60.1,24.9`).kind).toBe('location');
	});

	it.each(entries('liveLocation'))('liveLocation %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`).kind).toBe('location');
	});

	it.each(entries('systemPhrase'))('systemPhrase %s "%s" in an LRM-marked iOS body', (_lang, s) => {
		expect(only(`${IOS}Ana Silva: ${LRM}Ana Silva${s} Bo Li`)).toMatchObject({ kind: 'system', author: '' });
	});

	it.each(entries('groupEvent'))('groupEvent %s "%s" makes the chat a group', (_lang, s) => {
		const text = [`${ANDROID}Ana: hi`, `${ANDROID}Bo: hey`, `${ANDROID}Ana${s}Cy`].join('\n');
		expect(parseWhatsAppText(text, 'chat.txt').conversations[0].kind).toBe('group');
	});

	it('a phrase without the LRM mark stays a user message', () => {
		expect(only(`${IOS}Ana: I left the keys at the dock`).kind).toBe('text');
		expect(only(`${ANDROID}Ana: the bookings were removed from the list`).kind).toBe('text');
	});

	it('the iOS location with a place name and address', () => {
		expect(only(`${IOS}Ana: ${LRM}Helsinki (Helsinki): https://maps.google.com/?q=60.167850,24.952965`).kind).toBe('location');
	});
});

// Lines in the shapes of the real exports quoted in issue 12 (written here; names and texts are invented).
// [what the file contains, lines, kinds of its records in order, participants]
const L = LRM;
const M = '\u202f';
const ISSUE_EXAMPLES: [string, string[], string[], string[]][] = [
	[
		'German iOS group: banner and events by the group name, Sticker/Dokument/GIF/Video/Audio/Videonotiz/Kontaktkarte weggelassen, a deletion by admin',
		[
			`[03.01.24, 09:00:00] Segelclub: ${L}Nachrichten und Anrufe sind Ende-zu-Ende-verschlüsselt. Nur Personen in diesem Chat können sie lesen.`,
			`[03.01.24, 09:00:01] Segelclub: ${L}Du hast die Gruppe „Segelclub“ erstellt.`,
			`[03.01.24, 09:00:02] Segelclub: ${L}Du hast Jana hinzugefügt.`,
			'[03.01.24, 09:01:00] Jana: Hallo zusammen',
			`${L}[03.01.24, 09:02:00] Jana: ${L}Sticker weggelassen`,
			`${L}[03.01.24, 09:03:00] Jana: Plan.pdf • ${L}3 Seiten ${L}Dokument weggelassen`,
			`${L}[03.01.24, 09:04:00] Jana: ${L}GIF weggelassen`,
			`${L}[03.01.24, 09:05:00] Jana: ${L}Video weggelassen`,
			`${L}[03.01.24, 09:06:00] Jana: ${L}Audio weggelassen`,
			`${L}[03.01.24, 09:07:00] Jana: ${L}Videonotiz weggelassen`,
			`${L}[03.01.24, 09:08:00] Jana: ${L}Kontaktkarte weggelassen`,
			`[03.01.24, 09:09:00] Jana: ${L}Diese Nachricht wurde von Admin Ole gelöscht.`,
			'[03.01.24, 09:10:00] Ole: Moin'
		],
		['system', 'system', 'system', 'text', 'media', 'media', 'media', 'media', 'media', 'media', 'media', 'deleted', 'text'],
		['Jana', 'Ole']
	],
	[
		'Spanish (Peru) iOS: banner by the partner, security code notice, image and sticker omitted, deletions both ways',
		[
			`[5/01/24, 8:15:02${M}a. m.] Lucía Ramos: ${L}Los mensajes y las llamadas están cifrados de extremo a extremo. Nadie fuera de este chat puede leerlos.`,
			`[5/01/24, 8:16:00${M}a. m.] Lucía Ramos: ${L}${L}Cambió tu código de seguridad con Lucía Ramos. ${L}Toca para obtener más información.`,
			`[5/01/24, 8:17:00${M}a. m.] Lucía Ramos: Hola`,
			`${L}[5/01/24, 8:18:00${M}a. m.] Lucía Ramos: ${L}imagen omitida`,
			`${L}[5/01/24, 8:19:00${M}a. m.] Pedro: ${L}sticker omitido`,
			`[5/01/24, 8:20:00${M}a. m.] Lucía Ramos: ${L}Se eliminó este mensaje.`,
			`[5/01/24, 8:21:00${M}a. m.] Pedro: ${L}Eliminaste este mensaje.`
		],
		['system', 'system', 'text', 'media', 'media', 'deleted', 'deleted'],
		['Lucía Ramos', 'Pedro']
	],
	[
		'Chinese iOS: 照片已忽略, 文档已省略, 您已删除这条消息, 这条消息已被删除, a security-code notice',
		[
			`[2024/1/3 09:00:00] 王芳: ${L}消息和通话都进行端到端加密。对话之外的任何人都无法读取或收听。`,
			'[2024/1/3 09:01:00] 王芳: 你好',
			`${L}[2024/1/3 09:02:00] 王芳: ${L}照片已忽略`,
			`${L}[2024/1/3 09:03:00] 李明: 合同.pdf • ${L}2 页 ${L}文档已省略`,
			`[2024/1/3 09:04:00] 李明: ${L}您已删除这条消息。`,
			`[2024/1/3 09:05:00] 王芳: ${L}这条消息已被删除。`,
			`[2024/1/3 09:06:00] 王芳: ${L}${L}您和 王芳 的安全代码已更改。${L}点击了解更多。`
		],
		['system', 'text', 'media', 'media', 'deleted', 'deleted', 'system'],
		['王芳', '李明']
	],
	[
		'Finnish Android: <Media jätetty pois>, a file (liitetiedosto) with a caption, Tämä viesti poistettiin',
		[
			'3.1.2024 klo 9.00 - Viestit ja puhelut salataan täysin. Kukaan tämän keskustelun ulkopuolinen ei voi lukea niitä.',
			'3.1.2024 klo 9.01 - Aino: Moi',
			'3.1.2024 klo 9.02 - Aino: <Media jätetty pois>',
			'3.1.2024 klo 9.03 - Eero: IMG-20240103-WA0002.jpg (liitetiedosto)',
			'kuvateksti',
			'3.1.2024 klo 9.04 - Eero: Tämä viesti poistettiin'
		],
		['system', 'text', 'media', 'media', 'deleted'],
		['Aino', 'Eero']
	],
	[
		'Portuguese Android: Apagou esta mensagem, Mensagem apagada por um admin, a missed voice call',
		[
			'03/01/2024 09:00 - As mensagens e chamadas são encriptadas ponto a ponto. Ninguém fora desta conversa pode lê-las.',
			'03/01/2024 09:01 - Rui: Olá',
			'03/01/2024 09:02 - Rui: Apagou esta mensagem',
			'03/01/2024 09:03 - Inês: Mensagem apagada por um admin',
			'03/01/2024 09:04 - Inês: Chamada de voz perdida'
		],
		['system', 'text', 'deleted', 'deleted', 'call'],
		['Inês', 'Rui']
	],
	[
		'French iOS: vidéo absente, audio omis, sticker omis, document manquant, Fiche contact manquante',
		[
			`[03/01/2024 09:00:00] Chloé: ${L}Les messages et les appels sont chiffrés de bout en bout. Aucun tiers ne peut les lire.`,
			'[03/01/2024 09:01:00] Chloé: Salut',
			`${L}[03/01/2024 09:02:00] Chloé: ${L}vidéo absente`,
			`${L}[03/01/2024 09:03:00] Chloé: ${L}audio omis`,
			`${L}[03/01/2024 09:04:00] Chloé: ${L}sticker omis`,
			`${L}[03/01/2024 09:05:00] Chloé: Devis.pdf • ${L}1 page ${L}document manquant`,
			`${L}[03/01/2024 09:06:00] Chloé: ${L}Fiche contact manquante`
		],
		['system', 'text', 'media', 'media', 'media', 'media', 'media'],
		['Chloé']
	],
	[
		'Italian iOS: video omesso, audio omesso, Scheda contatto omessa, Questo messaggio è stato eliminato',
		[
			`[03/01/24, 09:00:00] Luca: ${L}I messaggi e le chiamate sono crittografati end-to-end. Nessuno al di fuori di questa chat può leggerli.`,
			'[03/01/24, 09:01:00] Luca: Ciao',
			`${L}[03/01/24, 09:02:00] Luca: ${L}video omesso`,
			`${L}[03/01/24, 09:03:00] Luca: ${L}audio omesso`,
			`${L}[03/01/24, 09:04:00] Luca: ${L}Scheda contatto omessa`,
			`[03/01/24, 09:05:00] Luca: ${L}Questo messaggio è stato eliminato.`
		],
		['system', 'text', 'media', 'media', 'media', 'deleted'],
		['Luca']
	],
	[
		'Russian iOS: видео отсутствует, стикер не добавлен, Данное сообщение удалено, a security-code notice',
		[
			`[03.01.2024, 09:00:00] Ольга: ${L}Сообщения и звонки защищены сквозным шифрованием. Третьи лица не могут их прочитать.`,
			'[03.01.2024, 09:01:00] Ольга: Привет',
			`${L}[03.01.2024, 09:02:00] Ольга: ${L}видео отсутствует`,
			`${L}[03.01.2024, 09:03:00] Ольга: ${L}стикер не добавлен`,
			`[03.01.2024, 09:04:00] Ольга: ${L}Данное сообщение удалено.`,
			`[03.01.2024, 09:05:00] Ольга: ${L}${L}Ваш код безопасности с контактом Ольга изменился. ${L}Подробнее.`
		],
		['system', 'text', 'media', 'media', 'deleted', 'system'],
		['Ольга']
	],
	...(
		[
			[
				'Ukrainian',
				'Повідомлення й дзвінки захищено наскрізним шифруванням. Прочитати їх не зможе ніхто.',
				'зображення відсутнє',
				'Це повідомлення було видалено'
			],
			['Hindi', 'मैसेजेस और कॉल्स एंड-टू-एंड एन्क्रिप्टेड हैं. इस चैट के बाहर कोई इन्हें पढ़ नहीं सकता.', 'फ़ोटो हटाई गई', 'यह मैसेज डिलीट कर दिया गया है'],
			['Indonesian', 'Pesan dan panggilan terenkripsi secara end-to-end. Tidak seorang pun dapat membacanya.', 'gambar tidak disertakan', 'Pesan ini dihapus'],
			[
				'Japanese',
				'メッセージと通話はエンドツーエンド暗号化されています。第三者は読むことができません。',
				'画像は含まれていません',
				'このメッセージは削除されました。'
			],
			['Thai', 'ข้อความและการโทรได้รับการเข้ารหัสจากต้นทางถึงปลายทาง ผู้อื่นจะอ่านไม่ได้', 'ไม่มีรูปภาพ', 'ข้อความนี้ถูกลบแล้ว'],
			[
				'Polish',
				'Wiadomości i połączenia są w pełni zaszyfrowane. Nikt spoza czatu nie może ich odczytać.',
				'obraz pominięty',
				'Ta wiadomość została usunięta'
			],
			['Turkish', 'Mesajlar ve aramalar uçtan uca şifrelidir. Bu sohbetin dışındaki hiç kimse okuyamaz.', 'görüntü dahil edilmedi', 'Bu mesaj silindi'],
			['Korean', '메시지 및 전화는 종단간 암호화되어 안전합니다. 아무도 엿보거나 들을 수 없습니다.', '이미지 생략됨', '이 메시지는 삭제되었습니다'],
			['Hebrew', 'ההודעות והשיחות מוצפנות מקצה-לקצה. לאף אחד מחוץ לצ׳אט זה אין אפשרות לקרוא אותן.', 'התמונה הושמטה', 'הודעה זו נמחקה'],
			['Swedish', 'Meddelanden och samtal är komplett krypterade. Ingen utanför denna chatt kan läsa dem.', 'bild utesluten', 'Det här meddelandet raderades']
		] as const
	).map(([lang, banner, image, deleted]): [string, string[], string[], string[]] => [
		`${lang} iOS: the banner written by the partner, an image placeholder, a deletion`,
		[
			`[03/01/2024, 09:00:00] Kim: ${L}${banner}`,
			'[03/01/2024, 09:01:00] Kim: 👋',
			`${L}[03/01/2024, 09:02:00] Kim: ${L}${image}`,
			`[03/01/2024, 09:03:00] Kim: ${L}${deleted}`
		],
		['system', 'text', 'media', 'deleted'],
		['Kim']
	]),
	[
		'Czech Android: ‹Média vynechány>, a contact card (soubor byl přiložen), Tato zpráva byla smazána',
		[
			'03.01.24 9:00 - Zprávy a hovory jsou opatřeny koncovým šifrováním. Nikdo mimo tento chat je nemůže číst.',
			'03.01.24 9:01 - Petr: Ahoj',
			'03.01.24 9:02 - Petr: ‹Média vynechány>',
			`03.01.24 9:03 - Petr: ${L}Jana.vcf (soubor byl přiložen)`,
			'03.01.24 9:04 - Petr: Tato zpráva byla smazána'
		],
		['system', 'text', 'media', 'media', 'deleted'],
		['Petr']
	],
	[
		'Dutch Android: <Media weggelaten>, Dit bericht is verwijderd, a missed video call',
		[
			'03-01-2024 09:00 - Berichten en oproepen worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen.',
			'03-01-2024 09:01 - Sanne: Hoi',
			'03-01-2024 09:02 - Sanne: <Media weggelaten>',
			'03-01-2024 09:03 - Sanne: Dit bericht is verwijderd',
			'03-01-2024 09:04 - Sanne: Gemiste video-oproep'
		],
		['system', 'text', 'media', 'deleted', 'call'],
		['Sanne']
	],
	[
		'Russian Android: Alex.vcf (файл добавлен), ‹Без медиафайлов>, Вы удалили данное сообщение',
		[
			'03.01.2024, 09:00 - Сообщения и звонки защищены сквозным шифрованием. Третьи лица не могут их прочитать.',
			'03.01.2024, 09:01 - Дмитрий: Привет',
			`03.01.2024, 09:02 - Дмитрий: ${L}Alex.vcf (файл добавлен)`,
			'03.01.2024, 09:03 - Дмитрий: ‹Без медиафайлов>',
			'03.01.2024, 09:04 - Дмитрий: Вы удалили данное сообщение'
		],
		['system', 'text', 'media', 'media', 'deleted'],
		['Дмитрий']
	],
	[
		'Android placeholder followed by a caption line: media, the caption kept in the text',
		['03/01/2024, 09:00 - Ana: hi', '03/01/2024, 09:01 - Ana: <Media omitted>', 'the view from the dock'],
		['text', 'media'],
		['Ana']
	],
	[
		'Android poll (POLL:, question, OPTION lines), a view-once photo written `null`, and `null` inside a longer text',
		[
			'03/01/2024, 09:00 - Ana: hi',
			'03/01/2024, 09:01 - Ana: POLL:',
			'Lunch where?',
			'OPTION: Pier (2 votes)',
			'OPTION: Cafe (0 votes)',
			'03/01/2024, 09:02 - Bo: null',
			'03/01/2024, 09:03 - Bo: Viewed once only image',
			'03/01/2024, 09:04 - Ana: POLL: is the column null?'
		],
		['text', 'other', 'media', 'text', 'text'],
		['Ana', 'Bo']
	],
	[
		'Android group events without author in English: created, added, left, removed, subject, icon, description, number changed, disappearing messages, pinned',
		[
			'03/01/2024, 09:00 - Ana created group "Dock crew"',
			'03/01/2024, 09:01 - Ana added Bo',
			'03/01/2024, 09:02 - Bo: hi',
			'03/01/2024, 09:03 - Cy left',
			'03/01/2024, 09:04 - Ana removed Dee',
			'03/01/2024, 09:05 - Ana changed the subject from "Dock crew" to "Crew: Q3 plan"',
			"03/01/2024, 09:06 - Ana changed this group's icon",
			'03/01/2024, 09:07 - Ana changed the group description',
			'03/01/2024, 09:08 - Bo changed their phone number to a new number. Tap to message or add the new number.',
			'03/01/2024, 09:09 - Ana turned on disappearing messages. New messages will disappear from this chat 7 days after they’re sent.',
			'03/01/2024, 09:10 - Ana pinned a message'
		],
		['system', 'system', 'text', 'system', 'system', 'system', 'system', 'system', 'system', 'system', 'system'],
		['Bo']
	],
	[
		'Polish iOS call notice with an abbreviation before the comma: a call',
		['[03.01.2024, 09:00:00] Ola: cześć', `[03.01.2024, 09:01:00] Ola: ${L}Nieodebrane poł. głosowe, ${L}Stuknij, aby oddzwonić`],
		['text', 'call'],
		['Ola']
	]
];

describe('issue 12 examples', () => {
	it.each(ISSUE_EXAMPLES)('%s', (_name, lines, kinds, participants) => {
		const file = parseWhatsAppText(lines.join('\n'), 'WhatsApp Chat - Segelclub.txt');
		expect(file.unparsed).toEqual([]);
		expect(file.messages.map((m) => m.kind)).toEqual(kinds);
		expect([...new Set(file.messages.map((m) => m.author).filter((a) => a !== ''))].sort()).toEqual([...participants].sort());
	});
});
