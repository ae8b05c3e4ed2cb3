import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { csvRowWalk, type CsvRow, type CsvRowError } from '../csv/tokenize';
import { drive, TextWindow } from '../json/stream-scan';
import { RecordOutlet, type PieceParser } from '../piece-parser';
import { parseCsvDate } from './dates';
import type { CsvMapping } from './mapping';

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_TEXT = 2000;

function clip(s: string): string {
	return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '…' : s;
}

function titleFromPath(path: string): string {
	const name = (typeof path === 'string' ? path : '').split(/[\\/]/).pop() ?? '';
	return name.replace(/\.(csv|tsv|txt)$/i, '') || 'CSV chat';
}

function cell(row: string[], col: number | null): string {
	return col !== null && col >= 0 && typeof row[col] === 'string' ? row[col] : '';
}

/**
 * Reads a CSV with the given column mapping. One record per data row, in file order; `path` is `row N`
 * (1-based, the header being row 1), `line`/`lineEnd` the lines the row spans, `raw` its source text.
 * Rows whose column count differs from the header's, or whose time does not read in `mapping.dateFormat`,
 * go to `unparsed` with their line. Records get kind `text`, or `other` when the text cell is empty.
 */
export function parseGenericCsv(text: string, path: string, mapping: CsvMapping): ParsedFile {
	const parser = createGenericCsvRows(path, mapping);
	parser.push(typeof text === 'string' ? text : '');
	return parser.end();
}

function usableMapping(m: CsvMapping): boolean {
	return !!m && typeof m.timestamp === 'number' && m.timestamp >= 0 && typeof m.text === 'number' && m.text >= 0;
}

/** The same parse over text given in pieces, its records handed to `emit` as they are read (piece-parser.ts). */
export function createGenericCsvRows(path: string, mapping: CsvMapping, emit?: (msgs: ParsedMessage[]) => void): PieceParser {
	const out: ParsedFile = { platform: 'csv', format: 'generic-csv', conversations: [], messages: [], unparsed: [], notes: [] };
	const records = new RecordOutlet(emit);
	const m = mapping;
	const fileTitle = titleFromPath(path);
	const conversationIds = new Map<string, number>();
	const authorsPer: Set<string>[] = [];
	let width = -1;

	const onRow = (row: CsvRow, r: number) => {
		const fields = row.fields;
		if (width < 0) width = fields.length;
		if (r === 0 && m.hasHeader) return;
		const line = row.line;
		const raw = w.slice(row.start, row.end);
		const at = `row ${r + 1}`;
		if (fields.length !== width) {
			out.unparsed.push({ line, text: clip(raw), reason: `expected ${width} columns, found ${fields.length}`, path: at });
			return;
		}
		let when = cell(fields, m.timestamp).trim();
		if (m.time !== null && m.time >= 0) when = `${when} ${cell(fields, m.time).trim()}`;
		const ts = parseCsvDate(when, m.dateFormat);
		if (ts === null) {
			out.unparsed.push({ line, text: clip(raw), reason: `time ${JSON.stringify(when)} does not read as ${m.dateFormat}`, path: at });
			return;
		}
		let conversation = 0;
		if (m.conversation !== null && m.conversation >= 0) {
			const name = cell(fields, m.conversation).trim();
			let id = conversationIds.get(name);
			if (id === undefined) {
				id = out.conversations.length;
				conversationIds.set(name, id);
				out.conversations.push({ title: name || fileTitle, kind: 'direct' });
				authorsPer.push(new Set());
			}
			conversation = id;
		} else if (out.conversations.length === 0) {
			out.conversations.push({ title: fileTitle, kind: 'direct' });
			authorsPer.push(new Set());
		}
		const authorRaw = cell(fields, m.author);
		const author = authorRaw.replace(BIDI, '').trim();
		if (author !== '') authorsPer[conversation].add(author);
		const body = cell(fields, m.text);
		const msg: ParsedMessage = {
			index: records.count,
			conversation,
			path: at,
			author,
			authorRaw,
			ts,
			kind: body.trim() === '' ? 'other' : 'text',
			text: body.replace(BIDI, ''),
			attachments: [],
			edited: false,
			line,
			lineEnd: row.lineEnd,
			raw
		};
		const authorId = cell(fields, m.authorId).trim();
		if (authorId !== '') msg.authorId = authorId;
		const sourceId = cell(fields, m.sourceId).trim();
		if (sourceId !== '') msg.sourceId = sourceId;
		records.add(msg);
	};

	// A row error names the whole line the faulty row starts on (a BOM included: it is part of line 1's text).
	let bom = false;
	const onError = (e: CsvRowError) => {
		let end = e.start;
		while (end < w.length && w.code(end) !== 10 && w.code(end) !== 13) end++;
		if (w.code(end) === 13 && w.code(end + 1) !== 10) end++;
		const text = (e.line === 1 && bom ? '\ufeff' : '') + w.slice(e.start, end);
		out.unparsed.push({ line: e.line, text: clip(text), reason: e.message });
	};

	const w = new TextWindow();
	const rows = usableMapping(m) ? drive(w, csvRowWalk(w, onRow, onError)) : null;
	// Without a usable mapping only the first line is kept, to show with the problem.
	let firstLine = '';
	let started = false;
	return {
		push(text) {
			if (!started && text.length > 0) {
				started = true;
				bom = text.charCodeAt(0) === 0xfeff;
			}
			if (rows) rows.push(text);
			else if (firstLine.length <= MAX_TEXT && !/[\r\n]/.test(firstLine)) firstLine += text.slice(0, MAX_TEXT + 1);
			records.flush();
		},
		get messages() {
			return records.count;
		},
		conversations: () => (out.conversations.length > 0 ? out.conversations : [{ title: fileTitle, kind: 'direct' }]),
		end() {
			if (!rows) {
				out.unparsed.push({
					line: 1,
					text: clip(firstLine.split(/\r\n|\r|\n/, 1)[0] ?? ''),
					reason: 'no timestamp or text column in the mapping',
					path: 'row 1'
				});
				return out;
			}
			rows.end();
			records.flush();
			out.messages = records.kept;
			out.conversations.forEach((c: ConversationInfo, i) => {
				if (authorsPer[i].size > 2) c.kind = 'group';
			});
			if (out.conversations.length === 0) out.conversations.push({ title: fileTitle, kind: 'direct' });
			out.unparsed.sort((a, b) => a.line - b.line);
			out.notes.push(`dates read as ${m.dateFormat}`);
			return out;
		}
	};
}

export type { UnparsedLine };
