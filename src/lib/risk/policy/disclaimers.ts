/**
 * Legal and compliance footers ("This message is confidential and intended solely…", "本邮件及其附件…保密",
 * "Messages on this channel are recorded") contain words such as delete, guarantee, offer and confidential that
 * would otherwise fire policy rules.
 *
 * The text is split into sentences. A sentence that opens a disclaimer starts a span; the following sentences
 * that carry typical footer wording ("If you are not the intended recipient…", "please notify the sender and
 * delete…") extend it. A sentence without such wording ends it, so a real request written after a footer line
 * ("This chat is recorded. Text me on Signal instead.") is still scanned.
 */

export interface TextSpan {
	start: number;
	end: number;
}

/** Sentences that start a disclaimer (tested on lower-cased, accent-free text). */
const OPENERS: RegExp[] = [
	// English
	/\b(this|the) (e-?mail|message|communication|transmission)( and (any|all) (of )?(its |the )?(attachments?|files?)( to it| transmitted with it)?)?,? (is|are|may be|and any attachments are) (strictly )?(confidential|privileged|intended (solely|only|exclusively))/,
	/\b(this|the) (e-?mail|message|communication|transmission)( and (any|all) (of )?(its |the )?(attachments?|files?))?,? (contains?|may contain) (confidential|privileged|proprietary)/,
	/\bintended (solely|only|exclusively) for the (use of the )?(addressee|recipient|individual|person|named|entity)/,
	/\bif you (are not|have received) (the intended recipient|this (message|e-?mail|communication|transmission) in error)/,
	/\b(this|it) is not (an offer|a solicitation)\b/,
	/\b(does not|shall not|should not be construed to) constitute (an offer|a solicitation|investment advice)/,
	/\bnothing in this (message|e-?mail|communication) (constitutes|is|shall)/,
	/\bpast performance (is|does) not (a )?(guarantee|indicat|necessarily)/,
	/\bpast performance is no (guarantee|indication)/,
	/\b(messages|calls|communications|conversations|chats) (on|in|via|through|over) this (channel|chat|group|platform|line) (are|is|may be|will be) (being )?(recorded|monitored|archived|retained)/,
	/\b(this (chat|channel|group|conversation|line) is|all (messages|communications|calls) (are|is|may be)) (being )?(recorded|monitored|archived)/,
	// German
	/\bdiese (e-?mail|nachricht|mitteilung)( und (alle|etwaige|ihre) anhange)? (ist|sind|enthalt|kann|konnte) [^.]{0,40}(vertraulich|rechtlich geschutzt)/,
	/\bwenn sie nicht der (richtige|beabsichtigte|vorgesehene) (adressat|empfanger) sind/,
	/\bfalls sie (diese|die) (e-?mail|nachricht) (irrtumlich|versehentlich|falschlicherweise) erhalten/,
	/\b(dies|diese nachricht|diese e-?mail) (ist|stellt) kein(e)? (angebot|aufforderung)/,
	/\b(nachrichten|gesprache|anrufe|kommunikation) (in|auf|uber) diese[mn]? (kanal|chat|gruppe) (werden|wird) [^.]{0,20}(aufgezeichnet|archiviert|gespeichert|uberwacht)/,
	// Spanish
	/\beste (mensaje|correo( electronico)?|e-?mail)( y (sus|cualquier) (anexos|adjuntos|archivos))? (es|son|contiene|puede contener|esta dirigido) [^.]{0,40}(confidencial|privilegiad|exclusivamente)/,
	/\bsi (usted )?no es el destinatario/,
	/\bsi (usted )?(ha recibido|recibio) este (mensaje|correo)( electronico)? por error/,
	/\b(este mensaje |esta comunicacion |este correo )?no constituye (una )?(oferta|solicitud|recomendacion)/,
	/\b(los mensajes|las conversaciones|las comunicaciones|las llamadas) (de|en) este (canal|chat|grupo) (son|seran|quedan|estan siendo|pueden ser) (grabad|registrad|archivad|monitorizad)/,
	// Chinese
	/本(邮件|郵件|信息|消息|訊息)(及其?(任何)?附件)?[^。！？]{0,20}(保密|机密|機密)/,
	/(此|该|本)(邮件|郵件|消息|信息)[^。！？]{0,10}(仅|僅)(供|限)/,
	/如果?(您|你)(不是|并非|並非|非)[^。！？]{0,8}(收件人|收件者)/,
	/(您|你)?(错收|錯收|误收|誤收)了?(本|此|该)(邮件|郵件|消息|信息)/,
	/(本|此)(群|频道|頻道)(内|內|中|里|裡)?的?(所有)?(消息|聊天|通话|通話|对话|對話)(内容|內容)?(将|將|会|會|均|都|已)(被)?(录音|錄音|录制|錄製|记录|記錄|存档|存檔|监控|監控|留存)/,
	/(不构成|不構成|并不构成|並不構成)[^。！？]{0,10}(要约|要約|邀约|邀約|投资建议|投資建議)/,
	/(过往|過往|过去的?|過去的?)(业绩|業績)(不|并不|並不)(代表|预示|預示|保证|保證)/
];

/** Sentences that continue a disclaimer already open. */
const CONTINUATIONS: RegExp[] = [
	/\bintended recipient/,
	/\breceived (this|it)( (message|e-?mail|communication|transmission))? in error/,
	/\bnotify (the )?sender/,
	/\b(any|the) (unauthori[sz]ed )?(use|review|disclosure|copying|distribution|dissemination|retention|reliance)\b.*\b(prohibited|strictly|not permitted)/,
	/\bstrictly prohibited/,
	/\bprivileged/,
	/\b(free of|free from|contain) (any )?virus/,
	/\b(accepts?|assumes?) no (liability|responsibility)/,
	/\b(views|opinions) expressed/,
	/\b(investment|legal|tax) advice/,
	/\b(recorded|monitored|archived) (for|in accordance)/,
	/\bpast performance/,
	/\bempfanger|\babsender|\birrtumlich|\buntersagt|\bnicht gestattet|\bhaftung|\bweitergabe/,
	/\bdestinatario|\bremitente|\bpor error|\bprohibid|\bresponsabilidad/,
	/收件人|发件人|發件人|禁止|错收|錯收|误收|誤收|泄露|洩露|复制|複製|散发|散發|要约|投资建议|投資建議/
];

const SENTENCE_END = /[.!?。！？；;\n]/u;

function fold(s: string): string {
	return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/ß/g, 'ss');
}

function sentences(text: string): TextSpan[] {
	const out: TextSpan[] = [];
	let start = 0;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i];
		if (!SENTENCE_END.test(ch)) continue;
		// "e.g." and "3.5" do not end a sentence: a Latin full stop must be followed by space or the end
		if (ch === '.' && i + 1 < text.length && !/\s/u.test(text[i + 1])) continue;
		if (i + 1 > start) out.push({ start, end: i + 1 });
		start = i + 1;
	}
	if (start < text.length) out.push({ start, end: text.length });
	return out.filter((s) => text.slice(s.start, s.end).trim() !== '');
}

/** Every opener holds one of these; a message without any is not looked at further. */
const MAY_HOLD_DISCLAIMER =
	/confiden|privileg|intended|recipient|offer|solicit|constitut|past performance|record|monitor|archiv|retain|vertraulich|geschutzt|geschützt|adressat|empf|irrt|angebot|aufforderung|aufgezeichnet|gespeichert|berwacht|confidencial|privilegiad|destinatario|por error|oferta|solicitud|recomendaci|grabad|registrad|monitoriz|保密|机密|機密|仅供|仅限|僅|收件|错收|錯收|误收|誤收|录|錄|记录|記錄|存档|存檔|监控|監控|留存|构成|構成|业绩|業績/i;

/** Spans of disclaimer text, in order, not overlapping. */
export function findDisclaimerSpans(text: string): TextSpan[] {
	if (text.length < 12 || !MAY_HOLD_DISCLAIMER.test(text)) return [];
	const spans: TextSpan[] = [];
	let open: TextSpan | null = null;
	for (const s of sentences(text)) {
		const sentence = fold(text.slice(s.start, s.end));
		if (OPENERS.some((re) => re.test(sentence)) || (open && CONTINUATIONS.some((re) => re.test(sentence)))) {
			if (open) open.end = s.end;
			else open = { start: s.start, end: s.end };
		} else if (open) {
			spans.push(open);
			open = null;
		}
	}
	if (open) spans.push(open);
	return spans;
}

/** The text with every disclaimer replaced by spaces of the same length, so offsets stay valid. */
export function stripDisclaimers(text: string): string {
	const spans = findDisclaimerSpans(text);
	if (spans.length === 0) return text;
	let out = '';
	let at = 0;
	for (const s of spans) {
		out += text.slice(at, s.start) + ' '.repeat(s.end - s.start);
		at = s.end;
	}
	return out + text.slice(at);
}
