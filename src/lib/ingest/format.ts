import type { ParsedFile, Platform } from '../model/types';
import type { CsvMapping } from './csv-generic/mapping';
import type { DateOrder } from './whatsapp/date-order';

/** What the user told the import; parsers that have no use for a hint ignore it. */
export interface ParseHints {
	/** Day/month order for sources that write ambiguous dates such as 01/02/24; absent means infer. */
	dateOrder?: DateOrder;
	/** Columns the user confirmed for a generic CSV; absent means guess them. */
	csvMapping?: CsvMapping;
	/** IANA zone chosen for the import; formats that state only a partial zone (Telegram HTML) use it to be exact. */
	timeZone?: string;
}

/** One decoded file the user gave: a plain file, or a member of a zip or a dropped folder. */
export interface SourceEntry {
	/** Path as given: a file name, or `folder/inside/zip.json` for a member. */
	path: string;
	text: string;
}

/** A format held in a single file (WhatsApp .txt, Telegram result.json, Discord JSON, a WeChat CSV…). */
export interface FormatParser {
	/** Stable id, also the `format` recorded on the archive, e.g. `telegram-json`. */
	id: string;
	platform: Platform;
	/** What the user is told was tried, e.g. "Telegram Desktop JSON (result.json)". */
	label: string;
	/** Decides by content (the first 64 KB of text), never by the file name alone. Must not throw. */
	sniff(sample: string, path: string): boolean;
	/** Never throws on malformed input: what it cannot place goes to `unparsed` with line or path. */
	parse(entry: SourceEntry, hints?: ParseHints): ParsedFile;
}

/** A format spread over several files of one export (a Slack workspace zip, Messenger `message_N.json` parts). */
export interface ContainerParser {
	id: string;
	platform: Platform;
	label: string;
	/** Decides from the entries' paths and a sample of their contents. Must not throw. */
	sniff(entries: readonly { path: string; sample: string }[]): boolean;
	/**
	 * The entries (by path) that belong to this export; the others are parsed one by one as if the container were
	 * absent. Without it the container takes every entry.
	 */
	claims?(paths: readonly string[]): ReadonlySet<string>;
	/** Never throws. */
	parse(entries: readonly SourceEntry[], hints?: ParseHints): ParsedFile;
}

export const SNIFF_CHARS = 64 * 1024;
