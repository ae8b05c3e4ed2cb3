import type { ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import type { FormatParser } from '../format';
import { SNIFF_CHARS } from '../format';
import { createLineSplitter } from '../lines';
import { mapRecord } from './record';
import { titleFromPath } from './title';

export { titleFromPath } from './title';

const KEPT_CHARS = 64 * 1024;
// The line as Python's json.dumps writes a signal-export Message: date first, then sender and body.
const RECORD_START = /^\{\s*"date"\s*:\s*"\d{4}-\d{2}-\d{2}[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?"\s*,\s*"sender"\s*:\s*(?:"|null)/;
const BODY_KEY = /"body"\s*:/;
const SNIFF_LINES = 5;

/** True when one of the first non-blank lines is a signal-export message object and none of them is something else. */
export function looksLikeSignal(sample: string): boolean {
	if (typeof sample !== 'string') return false;
	const s = sample.length > SNIFF_CHARS ? sample.slice(0, SNIFF_CHARS) : sample;
	const lines = s.replace(/^\ufeff/, '').split(/\r\n|\r|\n/, 200);
	let seen = 0;
	let matched = false;
	for (const line of lines) {
		const t = line.trim();
		if (t === '') continue;
		if (t.charCodeAt(0) !== 123) return false;
		if (RECORD_START.test(t) && BODY_KEY.test(t)) matched = true;
		if (++seen >= SNIFF_LINES) break;
	}
	return matched;
}

function snippet(line: string): string {
	return line.length > KEPT_CHARS ? line.slice(0, KEPT_CHARS) + '…' : line;
}

/** signal-export `data.json`: JSON Lines, one message per line, naive local times, no ids. */
export function parseSignalJsonl(input: string, path = ''): ParsedFile {
	const text = typeof input === 'string' ? input : '';
	const messages: ParsedMessage[] = [];
	const unparsed: UnparsedLine[] = [];
	const senders = new Set<string>();
	const splitter = createLineSplitter();
	const lines = splitter.push(text);
	lines.push(...splitter.end());
	let lastFilled = lines.length - 1;
	while (lastFilled >= 0 && lines[lastFilled].trim() === '') lastFilled--;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i];
		if (line.trim() === '') continue;
		const lineNo = i + 1;
		let record: unknown;
		try {
			record = JSON.parse(line);
		} catch (e) {
			const why = i === lastFilled ? ' (the last line: the export may be cut off)' : '';
			unparsed.push({ line: lineNo, text: snippet(line), reason: `not valid JSON${why}: ${(e as Error).message}` });
			continue;
		}
		const mapped = mapRecord(record, messages.length, lineNo, line);
		if (!mapped.ok) {
			unparsed.push({ line: lineNo, text: snippet(line), reason: mapped.reason });
			continue;
		}
		const m = mapped.message;
		if (m.author !== '' && m.author !== 'Me') senders.add(m.author);
		messages.push(m);
	}
	const kind = senders.size > 1 ? 'group' : 'direct';
	const notes = [
		`conversation kind ${kind}: ${senders.size} sender${senders.size === 1 ? '' : 's'} besides "Me"`,
		'signal-export writes local time of the exporting machine and no message ids'
	];
	return { platform: 'signal', format: 'signal-jsonl', conversations: [{ title: titleFromPath(path), kind }], messages, unparsed, notes };
}

export const signalJsonl: FormatParser = {
	id: 'signal-jsonl',
	platform: 'signal',
	label: 'Signal chat exported by signal-export (data.json, JSON Lines)',
	sniff: (sample) => {
		try {
			return looksLikeSignal(sample);
		} catch {
			return false;
		}
	},
	parse: (entry) => parseSignalJsonl(entry?.text, entry?.path)
};
