import type { ConversationInfo, ParsedFile, ParsedMessage } from '../../model/types';
import { parseCsvRows } from '../csv/tokenize';
import type { SourceEntry } from '../format';
import { cleanName, csvKind } from './kinds';
import { discordTs } from './time';

const COLUMNS = ['authorid', 'author', 'date', 'content', 'attachments', 'reactions'];

/** The header row of a DiscordChatExporter CSV (`AuthorID,Author,Date,Content,Attachments,Reactions`). */
export const DISCORD_CSV_HEADER = /^\uFEFF?"?AuthorID"?,"?Author"?,"?Date"?,"?Content"?,"?Attachments"?(,"?Reactions"?)?\s*(\r\n|\r|\n|$)/i;

/** `Guild - Category - channel [123].csv` → title and channel id; `Direct Messages - …` → a direct chat. */
export function csvConversation(path: string): ConversationInfo {
	const base = path
		.replace(/\\/g, '/')
		.replace(/^.*\//, '')
		.replace(/\.csv$/i, '');
	const m = /^(.*?)\s*\[(\d+)\]$/.exec(base);
	const title = m ? m[1] : base;
	const kind = /^Direct Messages - /.test(title) ? 'direct' : 'channel';
	return m ? { title, kind, sourceId: m[2] } : { title, kind };
}

function attachmentNames(cell: string): string[] {
	if (cell.trim() === '') return [];
	// Joined with bare commas; a file name may hold a comma too, so absolute URLs split only before the next URL.
	const parts = /^\s*https?:\/\//i.test(cell) ? cell.split(/,(?=\s*https?:\/\/)/i) : cell.split(',');
	return parts
		.map((u) => u.trim())
		.filter((u) => u !== '')
		.map((u) => {
			const clean = u.replace(/[?#].*$/, '');
			const name = clean.slice(clean.lastIndexOf('/') + 1);
			try {
				return decodeURIComponent(name);
			} catch {
				return name;
			}
		});
}

/** A DiscordChatExporter CSV export, one row per message. Row numbers count the header as row 1. */
export function parseDiscordCsv(entry: SourceEntry): ParsedFile {
	const text = typeof entry?.text === 'string' ? entry.text : '';
	const path = typeof entry?.path === 'string' ? entry.path : '';
	const file: ParsedFile = { platform: 'discord', format: 'discord-csv', conversations: [csvConversation(path)], messages: [], unparsed: [], notes: [] };
	const { rows, lines, lineEnds, starts, ends, errors } = parseCsvRows(text);
	for (const e of errors) file.unparsed.push({ line: e.line, path, text: '', reason: e.message });
	if (rows.length === 0) return file;
	const header = rows[0].map((h) => h.trim().toLowerCase());
	const col = (name: string) => header.indexOf(name);
	const [iId, iAuthor, iDate, iContent, iAtt] = ['authorid', 'author', 'date', 'content', 'attachments'].map(col);
	if (iAuthor < 0 || iDate < 0 || iContent < 0) {
		file.unparsed.push({
			line: lines[0],
			path,
			text: rows[0].join(',').slice(0, 200),
			reason: `not a DiscordChatExporter CSV: header has ${rows[0].length} columns (${rows[0].slice(0, 6).join(', ')}), expected ${COLUMNS.join(', ')}`
		});
		return file;
	}
	let timed = 0;
	for (let r = 1; r < rows.length; r++) {
		const row = rows[r];
		const line = lines[r];
		const rowPath = `row ${r + 1}`;
		const raw = text.slice(starts[r], ends[r]);
		if (row.length !== header.length) {
			file.unparsed.push({ line, path: rowPath, text: raw.slice(0, 200), reason: `expected ${header.length} fields, found ${row.length}` });
			continue;
		}
		const ts = discordTs(row[iDate]);
		if (ts === null) {
			file.unparsed.push({ line, path: rowPath, text: raw.slice(0, 200), reason: `date not understood: ${JSON.stringify(row[iDate].slice(0, 60))}` });
			continue;
		}
		if (ts.endsWith('Z')) timed++;
		const content = row[iContent].replace(/\r\n?/g, '\n');
		const attachments = iAtt >= 0 ? attachmentNames(row[iAtt]) : [];
		const authorRaw = row[iAuthor];
		const msg: ParsedMessage = {
			index: file.messages.length,
			conversation: 0,
			path: rowPath,
			author: cleanName(authorRaw),
			authorRaw,
			ts,
			kind: csvKind(content, attachments.length > 0),
			text: content,
			attachments,
			edited: false,
			line,
			lineEnd: lineEnds[r],
			raw
		};
		if (iId >= 0 && row[iId] !== '') msg.authorId = row[iId];
		file.messages.push(msg);
	}
	file.unparsed.sort((a, b) => a.line - b.line);
	if (file.messages.length > 0 && timed < file.messages.length)
		file.notes.push(`${file.messages.length - timed} dates without a UTC offset, kept as local wall-clock time`);
	return file;
}
