import type { MessageSourceRow } from '$lib/db/queries/exports';
import type { ReviewRecordRow } from '$lib/db/queries/review';
import { messageRecord, recordsCsv, recordsJsonl, type MessageRecord } from '$lib/export/messages';
import type { Redactor } from '$lib/redact/redactor';

/**
 * The review export: every tag, note and decision with the message it is on and that message's provenance (archive
 * SHA-256, file, line), as CSV (through the one CSV writer) or JSON Lines. Archive content goes through the redactor;
 * so do note bodies, which often quote what a message said.
 */

export interface ReviewExportRecord extends MessageRecord {
	record: 'tag' | 'note' | 'decision';
	queue_id: number | null;
	/** The tag, the note's text, or the decision. */
	value: string;
	/** For a decision: the message's tags when it was decided. */
	decision_tags: string[] | null;
	reviewer: string;
	recorded_at: string;
}

export const REVIEW_COLUMNS = [
	'record',
	'queue_id',
	'value',
	'decision_tags',
	'reviewer',
	'recorded_at'
] as const satisfies readonly (keyof ReviewExportRecord)[];

/** Joins review rows to their messages; a row whose message is no longer in the workspace is left out and counted. */
export function reviewExportRecords(
	rows: readonly ReviewRecordRow[],
	messages: readonly MessageSourceRow[],
	r: Redactor
): { records: ReviewExportRecord[]; missing: number } {
	const byId = new Map(messages.map((m) => [m.message_id, messageRecord(m, r)]));
	const records: ReviewExportRecord[] = [];
	let missing = 0;
	for (const row of rows) {
		const message = byId.get(row.message_id);
		if (!message) {
			missing++;
			continue;
		}
		records.push({
			...message,
			record: row.record,
			queue_id: row.queue_id,
			value: row.record === 'note' ? r.shown(row.value) : row.value,
			decision_tags: row.decision_tags,
			reviewer: row.reviewer,
			recorded_at: row.recorded_at
		});
	}
	return { records, missing };
}

export const reviewCsv = (records: readonly ReviewExportRecord[]) => recordsCsv(records, REVIEW_COLUMNS);
export const reviewJsonl = (records: readonly ReviewExportRecord[]) => recordsJsonl(records, REVIEW_COLUMNS);
