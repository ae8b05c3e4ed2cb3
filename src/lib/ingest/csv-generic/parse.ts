import type { ConversationInfo, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { parseCsvRows } from '../csv/tokenize';
import { parseCsvDate } from './dates';
import type { CsvMapping } from './mapping';

const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
const MAX_TEXT = 2000;

function clip(s: string): string {
	return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) + '…' : s;
}

/** Offsets where each 1-based line starts (index 0 = line 1). */
function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 10) starts.push(i + 1);
		else if (c === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1);
	}
	return starts;
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
	const source = typeof text === 'string' ? text : '';
	const out: ParsedFile = { platform: 'csv', format: 'generic-csv', conversations: [], messages: [], unparsed: [], notes: [] };
	const m = mapping;
	if (!m || typeof m.timestamp !== 'number' || m.timestamp < 0 || typeof m.text !== 'number' || m.text < 0) {
		out.unparsed.push({ line: 1, text: clip(source.split(/\r\n|\r|\n/, 1)[0] ?? ''), reason: 'no timestamp or text column in the mapping', path: 'row 1' });
		return out;
	}
	const { rows, lines, lineEnds, starts: rowStarts, ends: rowEnds, errors } = parseCsvRows(source);
	const starts = lineStarts(source);
	for (const e of errors) {
		const at = starts[e.line - 1] ?? source.length;
		out.unparsed.push({ line: e.line, text: clip(source.slice(at, starts[e.line] ?? source.length).replace(/\r?\n$/, '')), reason: e.message });
	}
	const first = m.hasHeader ? 1 : 0;
	const width = rows.length > 0 ? rows[0].length : 0;
	const conversationIds = new Map<string, number>();
	const authorsPer: Set<string>[] = [];
	const fileTitle = titleFromPath(path);

	for (let r = first; r < rows.length; r++) {
		const row = rows[r];
		const line = lines[r];
		const raw = source.slice(rowStarts[r], rowEnds[r]);
		const lineEnd = lineEnds[r];
		const at = `row ${r + 1}`;
		if (row.length !== width) {
			out.unparsed.push({ line, text: clip(raw), reason: `expected ${width} columns, found ${row.length}`, path: at });
			continue;
		}
		let when = cell(row, m.timestamp).trim();
		if (m.time !== null && m.time >= 0) when = `${when} ${cell(row, m.time).trim()}`;
		const ts = parseCsvDate(when, m.dateFormat);
		if (ts === null) {
			out.unparsed.push({ line, text: clip(raw), reason: `time ${JSON.stringify(when)} does not read as ${m.dateFormat}`, path: at });
			continue;
		}
		let conversation = 0;
		if (m.conversation !== null && m.conversation >= 0) {
			const name = cell(row, m.conversation).trim();
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
		const authorRaw = cell(row, m.author);
		const author = authorRaw.replace(BIDI, '').trim();
		if (author !== '') authorsPer[conversation].add(author);
		const body = cell(row, m.text);
		const msg: ParsedMessage = {
			index: out.messages.length,
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
			lineEnd,
			raw
		};
		const authorId = cell(row, m.authorId).trim();
		if (authorId !== '') msg.authorId = authorId;
		const sourceId = cell(row, m.sourceId).trim();
		if (sourceId !== '') msg.sourceId = sourceId;
		out.messages.push(msg);
	}
	out.conversations.forEach((c: ConversationInfo, i) => {
		if (authorsPer[i].size > 2) c.kind = 'group';
	});
	if (out.conversations.length === 0) out.conversations.push({ title: fileTitle, kind: 'direct' });
	out.unparsed.sort((a, b) => a.line - b.line);
	out.notes.push(`dates read as ${m.dateFormat}`);
	return out;
}

export type { UnparsedLine };
