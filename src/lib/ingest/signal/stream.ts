import type { ConversationKind, ParsedFile, ParsedMessage, UnparsedLine } from '../../model/types';
import { createLineSplitter } from '../lines';
import { RecordOutlet, type PieceParser } from '../piece-parser';
import { mapRecord } from './record';
import { titleFromPath } from './title';

const KEPT_CHARS = 64 * 1024;

function snippet(line: string): string {
	return line.length > KEPT_CHARS ? line.slice(0, KEPT_CHARS) + '…' : line;
}

/**
 * signal-export `data.json` (JSON Lines) read as it arrives: each line is a message, handed to `emit` once read.
 * Records, problems, lines and notes are those parseSignalJsonl gives on the whole text; a line that is not JSON
 * waits until the next line that is not blank, which tells whether it was the last (the export may be cut off).
 */
export function createSignalJsonlStream(path: string, emit?: (msgs: ParsedMessage[]) => void): PieceParser {
	const out = new RecordOutlet(emit);
	const unparsed: UnparsedLine[] = [];
	const senders = new Set<string>();
	const splitter = createLineSplitter();
	let lineNo = 0;
	let bad: { line: number; text: string; error: string } | null = null;

	const settleBad = (last: boolean) => {
		if (!bad) return;
		const why = last ? ' (the last line: the export may be cut off)' : '';
		unparsed.push({ line: bad.line, text: snippet(bad.text), reason: `not valid JSON${why}: ${bad.error}` });
		bad = null;
	};

	const line = (text: string) => {
		lineNo++;
		if (text.trim() === '') return;
		settleBad(false);
		let record: unknown;
		try {
			record = JSON.parse(text);
		} catch (e) {
			bad = { line: lineNo, text, error: (e as Error).message };
			return;
		}
		const mapped = mapRecord(record, out.count, lineNo, text);
		if (!mapped.ok) {
			unparsed.push({ line: lineNo, text: snippet(text), reason: mapped.reason });
			return;
		}
		const m = mapped.message;
		if (m.author !== '' && m.author !== 'Me') senders.add(m.author);
		out.add(m);
	};

	const kind = (): ConversationKind => (senders.size > 1 ? 'group' : 'direct');
	return {
		push(text) {
			for (const l of splitter.push(text)) line(l);
			out.flush();
		},
		get messages() {
			return out.count;
		},
		conversations: () => [{ title: titleFromPath(path), kind: kind() }],
		end(): ParsedFile {
			for (const l of splitter.end()) line(l);
			settleBad(true);
			out.flush();
			const notes = [
				`conversation kind ${kind()}: ${senders.size} sender${senders.size === 1 ? '' : 's'} besides "Me"`,
				'signal-export writes local time of the exporting machine and no message ids'
			];
			return { platform: 'signal', format: 'signal-jsonl', conversations: [{ title: titleFromPath(path), kind: kind() }], messages: out.kept, unparsed, notes };
		}
	};
}
