import { MESSAGE_KINDS, type MessageKind, type ParsedMessage } from '$lib/model/types';
import type { RecordColumns, SpanColumn } from '$lib/ingest/whatsapp/columns';

/**
 * Row i of a batch of messages as the Arrow builders read it: from ParsedMessage objects, or from the columns a
 * parser fills without making an object per message (RecordColumns). One builder reads both.
 */
export interface MessageRows {
	readonly length: number;
	index(i: number): number;
	conversation(i: number): number;
	sourceId(i: number): string | null;
	replyTo(i: number): string | null;
	/** The participant the message belongs to (see participantHandle); null for none. */
	handle(i: number): string | null;
	author(i: number): string;
	authorRaw(i: number): string;
	ts(i: number): string;
	kind(i: number): MessageKind;
	text(i: number): string;
	attachments(i: number): readonly string[];
	edited(i: number): boolean;
	line(i: number): number;
	lineEnd(i: number): number;
	path(i: number): string | null;
	raw(i: number): string;
	/** text and raw as spans of their source texts, when the rows hold them so: written to Arrow without a string per row. */
	readonly spans?: { text: SpanColumn; raw: SpanColumn };
}

/** The participant a message belongs to: the platform's stable author id, else the author as shown; null for none. */
export function participantHandle(m: ParsedMessage): string | null {
	return m.authorId || m.author || null;
}

export function objectRows(msgs: readonly ParsedMessage[]): MessageRows {
	return {
		length: msgs.length,
		index: (i) => msgs[i].index,
		conversation: (i) => msgs[i].conversation ?? 0,
		sourceId: (i) => msgs[i].sourceId ?? null,
		replyTo: (i) => msgs[i].replyTo ?? null,
		handle: (i) => participantHandle(msgs[i]),
		author: (i) => msgs[i].author,
		authorRaw: (i) => msgs[i].authorRaw,
		ts: (i) => msgs[i].ts,
		kind: (i) => msgs[i].kind,
		text: (i) => msgs[i].text,
		attachments: (i) => msgs[i].attachments,
		edited: (i) => msgs[i].edited,
		line: (i) => msgs[i].line,
		lineEnd: (i) => msgs[i].lineEnd,
		path: (i) => msgs[i].path ?? null,
		raw: (i) => msgs[i].raw
	};
}

/** A WhatsApp parser's columns: one conversation, no source ids, replies or paths; the author is the handle. */
export function columnRows(c: RecordColumns): MessageRows {
	return {
		length: c.length,
		index: (i) => c.index[i],
		conversation: () => 0,
		sourceId: () => null,
		replyTo: () => null,
		handle: (i) => c.author[i] || null,
		author: (i) => c.author[i],
		authorRaw: (i) => c.authorRaw[i],
		ts: (i) => c.ts[i],
		kind: (i) => MESSAGE_KINDS[c.kind[i]],
		text: (i) => c.textOf(i),
		attachments: (i) => c.attachments[i],
		edited: (i) => c.edited[i] === 1,
		line: (i) => c.line[i],
		lineEnd: (i) => c.lineEnd[i],
		path: () => null,
		raw: (i) => c.rawOf(i),
		spans: { text: c.text, raw: c.raw }
	};
}

export function rowsOf(msgs: readonly ParsedMessage[] | MessageRows): MessageRows {
	return Array.isArray(msgs) ? objectRows(msgs) : (msgs as MessageRows);
}
