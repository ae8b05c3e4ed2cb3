import type { FormatParser } from '../format';
import type { ParsedFile, ParsedMessage } from '../../model/types';
import type { PieceParser } from '../piece-parser';
import { parseCsvRows } from '../csv/tokenize';
import { dateFormatsOf } from './dates';
import { guessMapping, hasNamedTextColumn } from './guess';
import type { CsvMapping } from './mapping';
import { createGenericCsvRows } from './parse';

export type { CsvMapping } from './mapping';
export { CSV_DATE_FORMATS, parseCsvDate, type CsvDateFormat } from './dates';
export { guessMapping } from './guess';
export { parseGenericCsv } from './parse';

const SAMPLE_ROWS = 20;
/** What the mapping is guessed from and the columns are named from: the start of the text. */
const HEAD_CHARS = 65536;

export function headAndSample(text: string, minRows = 2): { headers: string[]; sample: string[][] } | null {
	const s = typeof text === 'string' ? text.slice(0, HEAD_CHARS) : '';
	const t = s.replace(/^\ufeff/, '').trimStart();
	if (t === '' || t[0] === '{' || t[0] === '[' || t[0] === '<') return null;
	const { rows } = parseCsvRows(s);
	// The last row of a 64 KB sample may be cut off.
	const usable = s.length === HEAD_CHARS && rows.length > 2 ? rows.slice(0, -1) : rows;
	if (usable.length < minRows || usable.length === 0 || usable[0].length < 2) return null;
	return { headers: usable[0], sample: usable.slice(1, 1 + SAMPLE_ROWS) };
}

/** The mapping guessed from the file's header row and first data rows. */
export function guessMappingFromText(text: string): CsvMapping {
	const hs = headAndSample(text, 1);
	return guessMapping(hs?.headers ?? [], hs?.sample ?? []);
}

/** `columns guessed: timestamp "Date" + time "Uhrzeit" (dmy), author "Absender", text "Nachricht"`. */
function describeMapping(m: CsvMapping, headers: string[]): string {
	const name = (i: number | null) => (i !== null && i >= 0 ? JSON.stringify(headers[i] ?? `column ${i + 1}`) : null);
	const parts: string[] = [];
	const ts = name(m.timestamp);
	if (ts) parts.push(`timestamp ${ts}${m.time !== null ? ` + time ${name(m.time)}` : ''} (${m.dateFormat})`);
	for (const role of ['author', 'authorId', 'text', 'conversation', 'sourceId'] as const) {
		const n = name(m[role]);
		if (n) parts.push(`${role} ${n}`);
	}
	return `columns guessed: ${parts.join(', ') || 'none'}`;
}

/**
 * Any CSV with a header row, a column of times and a column of message text. The last resort: the registry tries
 * it after every specific format. The sniff asks for a text column named as such and a timestamp column whose
 * values read as dates, most rows as wide as the header, and a header that is not itself data.
 */
export const genericCsv: FormatParser = {
	id: 'generic-csv',
	platform: 'csv',
	label: 'Generic CSV (a header row with a time column and a text column)',
	sniff(sample: string): boolean {
		try {
			const hs = headAndSample(sample);
			if (!hs || !hasNamedTextColumn(hs.headers)) return false;
			const width = hs.headers.length;
			if (hs.sample.filter((r) => r.length === width).length * 2 < hs.sample.length) return false;
			const m = guessMapping(hs.headers, hs.sample);
			if (m.timestamp < 0 || m.text < 0) return false;
			return dateFormatsOf(hs.headers[m.timestamp]).length === 0;
		} catch {
			return false;
		}
	},
	parse(entry, hints): ParsedFile {
		const text = entry && typeof entry.text === 'string' ? entry.text : '';
		const path = entry && typeof entry.path === 'string' ? entry.path : '';
		try {
			const parser = createGenericCsvStream(path, undefined, hints?.csvMapping);
			parser.push(text);
			return parser.end();
		} catch (e) {
			return {
				platform: 'csv',
				format: 'generic-csv',
				conversations: [],
				messages: [],
				unparsed: [{ line: 0, text: '', reason: `parser error: ${(e as Error)?.message ?? e}` }],
				notes: []
			};
		}
	}
};

/**
 * The generic CSV over text given in pieces, its records handed to `emit` as they are read (piece-parser.ts). The
 * head (the first HEAD_CHARS characters, all a whole parse looks at to guess the mapping and name its columns) is
 * held until it is complete; without a mapping given, the one guessed from it is used, as the whole parse does.
 */
export function createGenericCsvStream(path: string, emit?: (msgs: ParsedMessage[]) => void, given?: CsvMapping): PieceParser {
	let head = '';
	let rows: PieceParser | null = null;
	let mapping: CsvMapping | null = null;
	const start = (): PieceParser => {
		mapping = given ?? guessMappingFromText(head);
		rows = createGenericCsvRows(path, mapping, emit);
		rows.push(head);
		return rows;
	};
	return {
		push(text) {
			if (rows) return rows.push(text);
			head += text;
			if (head.length >= HEAD_CHARS) start();
		},
		get messages() {
			return rows?.messages ?? 0;
		},
		conversations: () => (rows ?? createGenericCsvRows(path, given ?? guessMappingFromText(head))).conversations(),
		end() {
			const parser = rows ?? start();
			const file = parser.end();
			file.notes.unshift(describeMapping(mapping as CsvMapping, headAndSample(head, 1)?.headers ?? []));
			return file;
		}
	};
}

/** What the column-mapping step shows: the header row, the first rows, and the guessed mapping. */
export interface CsvPreview {
	headers: string[];
	rows: string[][];
	mapping: CsvMapping;
}

export function previewCsv(text: string, rowCount = 5): CsvPreview | null {
	const hs = headAndSample(text, 1);
	if (!hs) return null;
	return { headers: hs.headers, rows: hs.sample.slice(0, rowCount), mapping: guessMapping(hs.headers, hs.sample) };
}
