import { describe, expect, it } from 'vitest';
import type { MessageSourceRow } from '$lib/db/queries/exports';
import type { ReviewRecordRow } from '$lib/db/queries/review';
import { CLEAR, type Redactor } from '$lib/redact/redactor';
import { reviewCsv, reviewExportRecords, reviewJsonl } from '$lib/review/export';

const SHA = 'a'.repeat(64);
const message = (id: number, text: string): MessageSourceRow => ({
	message_id: id,
	conversation_id: 1,
	pos: id,
	conversation: 'Ops Team',
	conversation_kind: 'group',
	participant_id: 1,
	author: 'Dana',
	kind: 'text',
	text,
	attachments: [],
	reply_to: null,
	source_id: null,
	edited: false,
	deleted: false,
	platform: 'whatsapp',
	archive_sha256: SHA,
	source_file: 'WhatsApp Chat - Ops Team.txt',
	line: 10 + id,
	line_end: 10 + id,
	source_path: null,
	ts_local: '2024-03-01T09:00:00',
	ts_utc: '2024-03-01T08:00:00Z',
	tz: 'Europe/Berlin'
});
const rows: ReviewRecordRow[] = [
	{ record: 'tag', queue_id: null, value: 'responsive', decision_tags: null, reviewer: 'Ada', recorded_at: '2026-03-01T10:00:00Z', message_id: 2 },
	{
		record: 'note',
		queue_id: null,
		value: 'call +1 555 0100 about it',
		decision_tags: null,
		reviewer: 'Ada',
		recorded_at: '2026-03-01T10:01:00Z',
		message_id: 2
	},
	{
		record: 'decision',
		queue_id: 4,
		value: 'reviewed',
		decision_tags: ['responsive', 'escalate'],
		reviewer: 'Ben',
		recorded_at: '2026-03-01T10:02:00Z',
		message_id: 2
	},
	{ record: 'tag', queue_id: null, value: 'privileged', decision_tags: null, reviewer: 'Ada', recorded_at: '2026-03-01T10:03:00Z', message_id: 99 }
];
const MASK: Redactor = { enabled: true, shown: (t) => t.replace(/\+1 555 \d{4}/g, '[phone]') };

describe('review export', () => {
	it('writes each tag, note and decision with its message’s provenance, and counts records whose message is gone', () => {
		const { records, missing } = reviewExportRecords(rows, [message(2, '=HYPERLINK("x") at +1 555 0199')], CLEAR);
		expect(missing).toBe(1);
		expect(records.map((r) => [r.record, r.value, r.archive_sha256, r.source_file, r.line])).toEqual([
			['tag', 'responsive', SHA, 'WhatsApp Chat - Ops Team.txt', 12],
			['note', 'call +1 555 0100 about it', SHA, 'WhatsApp Chat - Ops Team.txt', 12],
			['decision', 'reviewed', SHA, 'WhatsApp Chat - Ops Team.txt', 12]
		]);
		const csv = reviewCsv(records);
		const [header, first] = csv.replace(/^\ufeff/, '').split('\r\n');
		expect(header.split(',').slice(0, 8)).toEqual(['record', 'queue_id', 'value', 'decision_tags', 'reviewer', 'recorded_at', 'message_id', 'ts_utc']);
		expect(header).toContain('archive_sha256,source_file,line,line_end');
		expect(first.startsWith('tag,,responsive,,Ada,2026-03-01T10:00:00Z,2,')).toBe(true);
		// The message text goes through the CSV writer's formula guard.
		expect(first).toContain(`"'=HYPERLINK(""x"") at +1 555 0199"`);
		expect(csv.split('\r\n')[3]).toContain('reviewed,responsive; escalate,Ben');
		const lines = reviewJsonl(records)
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines[2]).toMatchObject({
			record: 'decision',
			queue_id: 4,
			decision_tags: ['responsive', 'escalate'],
			message_id: 2,
			archive_sha256: SHA,
			line: 12,
			redacted: false
		});
	});

	it('masks message text and note bodies when redaction is on, and says so on every record', () => {
		const { records } = reviewExportRecords(rows, [message(2, 'ring +1 555 0199')], MASK);
		expect(records.map((r) => r.text)).toEqual(['ring [phone]', 'ring [phone]', 'ring [phone]']);
		expect(records[1].value).toBe('call [phone] about it');
		expect(records.every((r) => r.redacted)).toBe(true);
		expect(reviewJsonl(records)).not.toContain('555 0');
	});
});
