import { dateFormatsOf, TIME_ONLY, type CsvDateFormat } from './dates';
import type { CsvMapping } from './mapping';

type Role = 'timestamp' | 'date' | 'time' | 'author' | 'authorId' | 'text' | 'conversation' | 'sourceId';

// Header names, compared lower-cased with spaces, `_`, `-`, `.` and `/` removed.
const NAMES: Record<Role, readonly string[]> = {
	timestamp: [
		'timestamp',
		'datetime',
		'datetimeutc',
		'sent',
		'sentat',
		'senttime',
		'createdat',
		'created',
		'createtime',
		'posted',
		'postedat',
		'messagetime',
		'msgtime',
		'timestamputc',
		'zeitstempel',
		'zeitpunkt',
		'gesendet',
		'gesendetam',
		'datumuhrzeit',
		'datumundzeit',
		'fechayhora',
		'fechahora',
		'marcadetiempo',
		'enviado',
		'时间戳',
		'发送时间',
		'消息时间',
		'日期时间',
		'时间日期'
	],
	date: ['date', 'day', 'datum', 'tag', 'fecha', 'dia', 'día', '日期'],
	time: ['time', 'uhrzeit', 'zeit', 'hora', '时间'],
	author: [
		'author',
		'sender',
		'from',
		'name',
		'sendername',
		'fromname',
		'user',
		'username',
		'speaker',
		'displayname',
		'nickname',
		'absender',
		'von',
		'autor',
		'verfasser',
		'benutzer',
		'remitente',
		'usuario',
		'nombre',
		'de',
		'发送者',
		'发送人',
		'发信人',
		'作者',
		'用户',
		'用户名',
		'昵称',
		'发言人',
		'姓名'
	],
	authorId: [
		'authorid',
		'senderid',
		'userid',
		'fromid',
		'handle',
		'phone',
		'talker',
		'wxid',
		'absenderid',
		'benutzerid',
		'idusuario',
		'idremitente',
		'用户id',
		'发送者id'
	],
	text: [
		'text',
		'message',
		'messagetext',
		'content',
		'body',
		'msg',
		'messagebody',
		'messagecontent',
		'nachricht',
		'nachrichtentext',
		'inhalt',
		'mensaje',
		'contenido',
		'texto',
		'内容',
		'消息',
		'消息内容',
		'文本',
		'正文',
		'聊天内容'
	],
	conversation: [
		'conversation',
		'conversationname',
		'conversationid',
		'chat',
		'chatname',
		'chatid',
		'thread',
		'threadname',
		'channel',
		'channelname',
		'room',
		'group',
		'groupname',
		'unterhaltung',
		'gespräch',
		'gruppe',
		'kanal',
		'conversación',
		'conversacion',
		'grupo',
		'canal',
		'sala',
		'会话',
		'会话名',
		'群',
		'群名',
		'群聊',
		'聊天',
		'聊天对象',
		'频道',
		'对话'
	],
	sourceId: ['id', 'messageid', 'msgid', 'nachrichtenid', 'idmensaje', '消息id']
};

const NORMALISE = /[\s_\-./:()]+/g;

function norm(h: string): string {
	return (typeof h === 'string' ? h : '')
		.replace(/^\ufeff/, '')
		.trim()
		.toLowerCase()
		.replace(NORMALISE, '');
}

function column(headers: string[], role: Role, taken: Set<number>): number {
	const names = NAMES[role];
	for (let i = 0; i < headers.length; i++) if (!taken.has(i) && names.includes(headers[i])) return i;
	return -1;
}

function values(rows: string[][], col: number): string[] {
	const out: string[] = [];
	for (const r of rows) {
		const v = Array.isArray(r) && typeof r[col] === 'string' ? r[col].trim() : '';
		if (v !== '') out.push(v);
	}
	return out;
}

/** The one date format all the values fit, preferring the one a day above 12 proves; null when most do not read as dates. */
function dateFormat(vals: string[]): CsvDateFormat | null {
	if (vals.length === 0) return null;
	const tally = new Map<CsvDateFormat, number>();
	for (const v of vals) for (const f of dateFormatsOf(v)) tally.set(f, (tally.get(f) ?? 0) + 1);
	const need = Math.ceil(vals.length * 0.8);
	const ok = (f: CsvDateFormat) => (tally.get(f) ?? 0) >= need;
	for (const f of ['epoch-ms', 'epoch-s', 'ymd'] as const) if (ok(f)) return f;
	const dmy = ok('dmy');
	const mdy = ok('mdy');
	if (dmy && mdy) return (tally.get('mdy') ?? 0) > (tally.get('dmy') ?? 0) ? 'mdy' : 'dmy';
	if (dmy) return 'dmy';
	if (mdy) return 'mdy';
	return null;
}

function isTimeOnly(vals: string[]): boolean {
	return vals.length > 0 && vals.every((v) => TIME_ONLY.test(v));
}

function avgLength(vals: string[]): number {
	let n = 0;
	for (const v of vals) n += v.length;
	return vals.length ? n / vals.length : 0;
}

/** Whether some other free column has longer values than column `col` (so `col` is not the text). */
function longestIsNot(rows: string[][], col: number, width: number, taken: Set<number>): boolean {
	const own = avgLength(values(rows, col));
	for (let i = 0; i < width; i++) if (i !== col && !taken.has(i) && avgLength(values(rows, i)) > own) return true;
	return false;
}

/**
 * Guesses the mapping from the header row and a few data rows: columns are found by their names in English,
 * German, Spanish or Chinese, and, where no name fits, by the shape of their values (the column whose values
 * read as dates; the column with the longest values as text). `timestamp`/`text` are -1 when nothing fits.
 * Day-first is assumed for `01/02/2024` unless a value proves month-first (a second field above 12).
 */
export function guessMapping(headers: string[], sampleRows: string[][]): CsvMapping {
	const hs = Array.isArray(headers) ? headers.map(norm) : [];
	const rows = Array.isArray(sampleRows) ? sampleRows.filter(Array.isArray) : [];
	const taken = new Set<number>();
	const mapping: CsvMapping = {
		hasHeader: true,
		timestamp: -1,
		time: null,
		dateFormat: 'ymd',
		text: -1,
		author: null,
		authorId: null,
		conversation: null,
		sourceId: null
	};

	const tryTimestamp = (col: number): boolean => {
		if (col < 0) return false;
		const f = dateFormat(values(rows, col));
		if (f === null && rows.length > 0) return false;
		mapping.timestamp = col;
		mapping.dateFormat = f ?? 'ymd';
		taken.add(col);
		return true;
	};

	if (!tryTimestamp(column(hs, 'timestamp', taken))) {
		const date = column(hs, 'date', taken);
		const time = column(hs, 'time', taken);
		if (time >= 0 && !isTimeOnly(values(rows, time)) && tryTimestamp(time)) {
			// a `time` column holding whole timestamps
		} else if (tryTimestamp(date)) {
			if (time >= 0 && isTimeOnly(values(rows, time))) {
				mapping.time = time;
				taken.add(time);
			}
		} else if (rows.length > 0) {
			for (let i = 0; i < hs.length; i++) if (!taken.has(i) && tryTimestamp(i)) break;
		}
	}

	const text = column(hs, 'text', taken);
	if (text >= 0) {
		mapping.text = text;
		taken.add(text);
	}
	for (const role of ['authorId', 'author', 'conversation', 'sourceId'] as const) {
		const col = column(hs, role, taken);
		if (col >= 0) {
			mapping[role] = col;
			taken.add(col);
		}
	}
	if (mapping.author === null && rows.length >= 3) {
		// Names repeat and are short; ids and texts mostly do not.
		for (let i = 0; i < hs.length; i++) {
			if (taken.has(i) || i === mapping.text) continue;
			const vals = values(rows, i);
			if (vals.length < 3 || avgLength(vals) > 30 || vals.some((v) => /^[\d\s.,:+-]+$/.test(v))) continue;
			if (new Set(vals).size <= vals.length / 2 && longestIsNot(rows, i, hs.length, taken)) {
				mapping.author = i;
				taken.add(i);
				break;
			}
		}
	}
	if (mapping.text < 0 && rows.length > 0) {
		let best = -1;
		let bestLen = 0;
		for (let i = 0; i < hs.length; i++) {
			if (taken.has(i)) continue;
			const len = avgLength(values(rows, i));
			if (len > bestLen) [best, bestLen] = [i, len];
		}
		if (best >= 0) {
			mapping.text = best;
			taken.add(best);
		}
	}
	return mapping;
}

/** Whether the text column was found by its header name (the sniff asks for it; value shapes alone are too weak). */
export function hasNamedTextColumn(headers: string[]): boolean {
	return Array.isArray(headers) && headers.some((h) => NAMES.text.includes(norm(h)));
}
