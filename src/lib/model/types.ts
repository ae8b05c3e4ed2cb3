/** Canonical model shared by every parser, the database loader, the UI and the command line. */

export type Platform = 'whatsapp' | 'wechat' | 'telegram' | 'slack' | 'discord' | 'messenger' | 'instagram' | 'signal' | 'csv';

export const PLATFORMS: readonly Platform[] = ['whatsapp', 'wechat', 'telegram', 'slack', 'discord', 'messenger', 'instagram', 'signal', 'csv'];

export type MessageKind = 'text' | 'media' | 'system' | 'deleted' | 'call' | 'location' | 'other';

export const MESSAGE_KINDS: readonly MessageKind[] = ['text', 'media', 'system', 'deleted', 'call', 'location', 'other'];

export type ConversationKind = 'direct' | 'group' | 'channel';

/** One message as a parser emits it, in source order. */
export interface ParsedMessage {
	/** 0-based position among the source's records, in source order (across all its conversations). */
	index: number;
	/** Position in ParsedFile.conversations; absent means 0 (single-conversation sources). */
	conversation?: number;
	/** The platform's own message id, where the source has one (Telegram id, Slack ts, Discord id…). */
	sourceId?: string;
	/** sourceId of the message this one replies to, where the source says so. */
	replyTo?: string;
	/** The platform's stable author id where there is one (Slack U…, Telegram user123, wxid_…); the handle of the participant. */
	authorId?: string;
	/** JSON path or CSV row of the record in its source, for sources that are not line-oriented text. */
	path?: string;
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
	/** 1-based line of the message's first line in the source file (for JSON sources: the line where the record starts, or 0 when unknown). */
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
	/** Entry within a container (zip member) or JSON path, when a line number alone does not place it. */
	path?: string;
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

export interface ConversationInfo {
	title: string;
	kind: ConversationKind;
	/** The platform's own conversation id where there is one. */
	sourceId?: string;
}

/** What a parser returns for one source file. */
export interface ParsedFile {
	platform: Platform;
	/** Format name within the platform, e.g. `whatsapp-android-txt`, `whatsapp-ios-txt`. */
	format: string;
	/** Conversations in this source; a WhatsApp .txt has one, a Telegram or Slack export many. */
	conversations: ConversationInfo[];
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
