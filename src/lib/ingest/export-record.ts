import { messageTimes, type Provenance } from '../export/provenance';
import type { Redactor } from '../redact/redactor';
import type { MessageKind, ParsedFile, ParsedMessage, SourceFile } from '../model/types';

/** One message as `parley export --jsonl` prints it: what was said, by whom, and where it came from. */
export interface ExportRecord extends Provenance {
	/** The input as given on the command line (through the redactor: a chat's file is often named after the contact). */
	file: string;
	/** The member path inside a zip or folder, when the chat came from one. */
	entry?: string;
	conversation: string;
	index: number;
	author: string;
	kind: MessageKind;
	text: string;
	attachments: string[];
	edited: boolean;
	redacted: boolean;
}

export interface RecordSource {
	file: string;
	entry: string;
	parsed: ParsedFile;
	source: SourceFile;
	/** IANA zone naive times are read in (`UTC` is used for sources with epoch times whatever this says). */
	timeZone: string;
}

export function toExportRecord(s: RecordSource, m: ParsedMessage, r: Redactor): ExportRecord {
	return {
		file: r.shown(s.file),
		...(s.entry ? { entry: r.shown(s.entry) } : {}),
		platform: s.parsed.platform,
		archive_sha256: s.source.sha256,
		source_file: r.shown(s.source.name),
		conversation: r.shown(s.parsed.conversations[m.conversation ?? 0]?.title ?? ''),
		index: m.index,
		line: m.line > 0 ? m.line : null,
		line_end: m.lineEnd > 0 ? m.lineEnd : null,
		source_path: m.path ?? null,
		...messageTimes(m.ts, s.timeZone),
		author: r.shown(m.author),
		kind: m.kind,
		text: r.shown(m.text),
		attachments: m.attachments.map((a) => r.shown(a)),
		edited: m.edited,
		redacted: r.enabled
	};
}

/** Every string a redaction mask may be numbered for in one parsed file, in the order they first appear. */
export function nameValuesOf(parsed: ParsedFile): string[] {
	const out: string[] = [];
	for (const m of parsed.messages) {
		if (m.author) out.push(m.author);
		if (m.authorId) out.push(m.authorId);
	}
	for (const c of parsed.conversations) out.push(c.title);
	return out;
}
