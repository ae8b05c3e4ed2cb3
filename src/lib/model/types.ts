/** Canonical model shared by every parser, the database loader, the UI and the command line. */

export type Platform = 'whatsapp';

export type MessageKind = 'text' | 'media' | 'system' | 'deleted' | 'call' | 'location' | 'other';

export const MESSAGE_KINDS: readonly MessageKind[] = ['text', 'media', 'system', 'deleted', 'call', 'location', 'other'];

export type ConversationKind = 'direct' | 'group' | 'channel';

/** One message as a parser emits it, in source order. */
export interface ParsedMessage {
	/** 0-based position among the file's records, in source order. */
	index: number;
	/** Display name with bidi marks and WhatsApp's `~` prefix removed; '' for system records without author. */
	author: string;
	/** Author exactly as written in the source. */
	authorRaw: string;
	/** Wall-clock time as written in the export, `YYYY-MM-DDTHH:MM:SS`; sources with epoch times give UTC with `Z`. */
	ts: string;
	kind: MessageKind;
	/** Message text with WhatsApp's edit marker removed and bidi control marks stripped. */
	text: string;
	/** File names referenced by the message (media placeholders with a name). */
	attachments: string[];
	edited: boolean;
	/** 1-based line of the message's first line in the source file. */
	line: number;
	/** 1-based line of the message's last line (continuation lines included). */
	lineEnd: number;
	/** The source text of the record, untouched (all its lines joined with \n). */
	raw: string;
}

/** A line the parser could not place into any message; kept and counted, never dropped. */
export interface UnparsedLine {
	line: number;
	text: string;
	reason: string;
}

/** Per-file summary of a parse, the shape `parley stats` prints. */
export interface ParseStats {
	conversations: number;
	participants: number;
	records: number;
	system: number;
	media: number;
	deleted: number;
	unparsed: number;
	first_ts: string | null;
	last_ts: string | null;
}

/** What a parser returns for one source file. */
export interface ParsedFile {
	platform: Platform;
	/** Format name within the platform, e.g. `whatsapp-android-txt`, `whatsapp-ios-txt`. */
	format: string;
	conversation: { title: string; kind: ConversationKind };
	messages: ParsedMessage[];
	unparsed: UnparsedLine[];
	/** Human-readable notes about the parse (e.g. the inferred date order), not errors. */
	notes: string[];
}

/** A source file with its content hash, as recorded in the `archives` table. */
export interface SourceFile {
	name: string;
	bytes: number;
	sha256: string;
}
