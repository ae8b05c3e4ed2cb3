import { describe, expect, it } from 'vitest';
import { findDisclaimerSpans, stripDisclaimers } from '../../../../src/lib/risk/policy/index';

/** What survives stripping, with runs of blanks squeezed so the expectations stay readable. */
function kept(text: string): string {
	return stripDisclaimers(text).replace(/\s+/g, ' ').trim();
}

describe('stripDisclaimers removes legal and compliance footers', () => {
	const cases: [string, string, string][] = [
		[
			'English confidentiality footer with delete',
			'Thanks, see attached.\n\nThis message is confidential and intended solely for the use of the addressee. If you have received it in error, please notify the sender and delete it.',
			'Thanks, see attached.'
		],
		[
			'English footer, e-mail and attachments',
			'Ok.\nThis e-mail and any attachments are confidential. Any unauthorised use, disclosure or copying is strictly prohibited.',
			'Ok.'
		],
		[
			'not an offer, past performance',
			'Factsheet attached. This is not an offer or solicitation to buy or sell any security. Past performance is no guarantee of future returns.',
			'Factsheet attached.'
		],
		['recording notice', 'Messages on this channel are recorded and monitored.', ''],
		['recording notice, chat', 'Reminder: this chat is recorded.', ''],
		[
			'German footer',
			'Anbei der Bericht.\nDiese E-Mail ist vertraulich und nur für den Empfänger bestimmt. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese Nachricht.',
			'Anbei der Bericht.'
		],
		['German: not an offer', 'Dies ist kein Angebot zum Kauf von Wertpapieren.', ''],
		[
			'Spanish footer',
			'Te paso el informe. Este mensaje es confidencial y está dirigido exclusivamente a su destinatario. Si usted no es el destinatario, le rogamos que lo comunique al remitente y borre el mensaje.',
			'Te paso el informe.'
		],
		['Spanish recording notice', 'Las conversaciones de este canal son grabadas.', ''],
		[
			'Chinese e-mail footer',
			'请查收。本邮件及其附件含有保密信息，仅限于发送给上面地址中列出的个人或群组。如果您错收了本邮件，请您立即电话或邮件通知发件人并删除本邮件！',
			'请查收。'
		],
		['Chinese: not an offer, past performance', '本材料不构成任何要约或投资建议，过往业绩不代表未来收益。', ''],
		['Chinese recording notice', '本群所有消息将被记录存档，请注意言行。', '']
	];
	it.each(cases)('%s', (_name, text, expected) => {
		expect(kept(text)).toBe(expected);
	});
});

describe('stripDisclaimers keeps what is not a footer', () => {
	const cases: [string, string][] = [
		['ordinary message', 'Please delete the duplicate file'],
		['the word confidential in a request', 'Keep the merger confidential until Monday'],
		['a deletion request with no footer wording', 'Delete this chat after reading'],
		['Chinese deletion request', '看完把聊天记录删了'],
		['Chinese: deleting the group history is not a recording notice', '把本群聊天记录清空']
	];
	it.each(cases)('%s', (_name, text) => {
		expect(stripDisclaimers(text)).toBe(text);
	});

	it('keeps a request written after a footer sentence', () => {
		expect(kept('This chat is recorded. Text me on Signal instead.')).toBe('Text me on Signal instead.');
	});

	it('keeps a request written before a footer', () => {
		expect(kept('Call me on my personal phone.\nThis message is confidential and intended solely for the addressee.')).toBe('Call me on my personal phone.');
	});
});

describe('findDisclaimerSpans', () => {
	it('gives offsets into the text, and stripping keeps the length', () => {
		const text = 'Hi. This message is confidential. Bye';
		expect(findDisclaimerSpans(text)).toEqual([{ start: 3, end: 33 }]);
		expect(stripDisclaimers(text)).toHaveLength(text.length);
		expect(stripDisclaimers(text)).toBe(`Hi.${' '.repeat(30)} Bye`);
	});

	it('finds nothing in short or ordinary text', () => {
		expect(findDisclaimerSpans('')).toEqual([]);
		expect(findDisclaimerSpans('ok thanks')).toEqual([]);
		expect(findDisclaimerSpans('Lunch at 1? The usual place.')).toEqual([]);
	});
});
