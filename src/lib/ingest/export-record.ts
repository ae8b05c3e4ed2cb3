import type { MessageKind, ParsedFile, ParsedMessage } from '../model/types';

/** One message as `parley export --jsonl` prints it and the app's JSON export writes it. */
export interface ExportRecord {
	file: string;
	platform: string;
	conversation: string;
	index: number;
	line: number;
	author: string;
	ts: string;
	kind: MessageKind;
	text: string;
	attachments: string[];
	edited: boolean;
}

export function toExportRecord(file: string, parsed: ParsedFile, m: ParsedMessage): ExportRecord {
	return {
		file,
		platform: parsed.platform,
		conversation: parsed.conversations[m.conversation ?? 0]?.title ?? '',
		index: m.index,
		line: m.line,
		author: m.author,
		ts: m.ts,
		kind: m.kind,
		text: m.text,
		attachments: m.attachments,
		edited: m.edited
	};
}
