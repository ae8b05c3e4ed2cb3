import type { MessageSourceRow } from '$lib/db/queries/exports';
import type { Redactor } from '$lib/redact/redactor';
import { toCsv, type CsvValue } from './csv';
import { messageTimes, type Provenance } from './provenance';

/** One message as every message export writes it: what was said, by whom, where it came from, and whether it is redacted. */
export interface MessageRecord extends Provenance {
	message_id: number;
	conversation_id: number;
	conversation: string;
	author: string;
	kind: string;
	text: string;
	attachments: string[];
	reply_to: number | null;
	edited: boolean;
	deleted: boolean;
	redacted: boolean;
}

/** Column order of message CSVs (extra columns of a search or a risk export come first). */
export const MESSAGE_COLUMNS = [
	'message_id',
	'ts_utc',
	'ts_local',
	'utc_offset',
	'tz',
	'time_zone',
	'conversation_id',
	'conversation',
	'author',
	'kind',
	'text',
	'attachments',
	'reply_to',
	'edited',
	'deleted',
	'platform',
	'archive_sha256',
	'source_file',
	'line',
	'line_end',
	'source_path',
	'redacted'
] as const satisfies readonly (keyof MessageRecord)[];

/** The record of one message row, its archive content (names, titles, text, file names) through the redactor. */
export function messageRecord(row: MessageSourceRow, r: Redactor): MessageRecord {
	return {
		message_id: row.message_id,
		...messageTimes(row.ts_local, row.tz, row.ts_utc),
		conversation_id: row.conversation_id,
		conversation: r.shown(row.conversation),
		author: r.shown(row.author),
		kind: row.kind,
		text: r.shown(row.text),
		attachments: row.attachments.map((a) => r.shown(a)),
		reply_to: row.reply_to,
		edited: row.edited,
		deleted: row.deleted,
		platform: row.platform,
		archive_sha256: row.archive_sha256,
		source_file: r.shown(row.source_file),
		line: row.line,
		line_end: row.line_end,
		source_path: row.source_path,
		redacted: r.enabled
	};
}

function cellOf(v: unknown): CsvValue {
	if (Array.isArray(v)) return v.length > 0 ? v.join('; ') : null;
	return v as CsvValue;
}

/** Records as CSV, `extra` columns (e.g. a hit's score) first. Attachment names are joined with `; `. */
export function recordsCsv<E extends object>(records: readonly (MessageRecord & E)[], extra: readonly (keyof E & string)[] = []): string {
	const header = [...extra, ...MESSAGE_COLUMNS];
	return toCsv(
		header,
		records.map((rec) => header.map((k) => cellOf((rec as Record<string, unknown>)[k])))
	);
}

/** Records as JSON Lines, one object per message, keys in column order. */
export function recordsJsonl<E extends object>(records: readonly (MessageRecord & E)[], extra: readonly (keyof E & string)[] = []): string {
	const keys = [...extra, ...MESSAGE_COLUMNS];
	let out = '';
	for (const rec of records) out += JSON.stringify(Object.fromEntries(keys.map((k) => [k, (rec as Record<string, unknown>)[k] ?? null]))) + '\n';
	return out;
}
