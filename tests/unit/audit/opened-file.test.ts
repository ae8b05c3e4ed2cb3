import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { entrySummary } from '$lib/audit/actions';
import { auditTime, EMPTY_HEAD, nextRecord, verifyChain, type AuditRecord, type ChainHead } from '$lib/audit/chain';
import { openedFileDetails, openingRecorded, parseOpenedFileNote, type OpenedFileNote } from '$lib/audit/opened-file';

const FILE_SHA = createHash('sha256').update('the bytes of dana.parley').digest('hex');
const OLD_HEAD = createHash('sha256').update('the replaced log').digest('hex');

const NOTE: OpenedFileNote = {
	file: 'dana.parley',
	bytes: 48_213,
	sha256: FILE_SHA,
	created_by: 'parley import (native DuckDB)',
	created_at: '2026-03-01T09:00:00.000Z',
	messages: 24,
	archives: 1,
	opened_at: '2026-03-02T10:15:00.000Z',
	opened_by: 'Lena Fischer',
	opened_by_named: true,
	replaced: { archives: 3, messages: 1_204, log_entries: 57, log_last_hash: OLD_HEAD, saved_at: '2026-03-02T10:00:00.000Z' }
};

describe('the note an opened workspace file leaves for the next start', () => {
	it('reads back what was written', () => {
		expect(parseOpenedFileNote(JSON.stringify(NOTE))).toEqual(NOTE);
	});

	it.each([
		['text that is not JSON', '{"file":'],
		['a JSON array', '[]'],
		['a SHA-256 that is not 64 hex digits', JSON.stringify({ ...NOTE, sha256: 'abc' })],
		['an upper-case SHA-256', JSON.stringify({ ...NOTE, sha256: FILE_SHA.toUpperCase() })],
		['a negative byte count', JSON.stringify({ ...NOTE, bytes: -1 })],
		['an opening time that is no time', JSON.stringify({ ...NOTE, opened_at: 'yesterday' })],
		['no replaced workspace', JSON.stringify({ ...NOTE, replaced: undefined })],
		['a replaced log head that is not a hash', JSON.stringify({ ...NOTE, replaced: { ...NOTE.replaced, log_last_hash: 'x' } })],
		['a replaced workspace with a fractional count', JSON.stringify({ ...NOTE, replaced: { ...NOTE.replaced, messages: 1.5 } })]
	])('is not taken as true when it holds %s', (_what, text) => {
		expect(parseOpenedFileNote(text)).toBeNull();
	});

	it('knows an opening already in the log by its file hash and time, not by its name', () => {
		const recorded = [JSON.stringify({ ...NOTE, opened_at: '2026-01-01T00:00:00.000Z' }), 'not json'];
		expect(openingRecorded(NOTE, recorded)).toBe(false);
		expect(openingRecorded(NOTE, [...recorded, JSON.stringify(openedFileDetails(NOTE, { entries: 4, verified: true, problem: null }))])).toBe(true);
		expect(openingRecorded({ ...NOTE, file: 'renamed.parley' }, [JSON.stringify(NOTE)])).toBe(true);
	});
});

describe('the entry recording the opening', () => {
	/** The opened file's own log: three entries sealed elsewhere. */
	function openedLog(): { records: AuditRecord[]; head: ChainHead } {
		let head: ChainHead = EMPTY_HEAD;
		const records = ['import.loaded', 'query.run', 'export.downloaded'].map((action, i) => {
			const r = nextRecord(head, { time: auditTime(Date.UTC(2026, 2, 1, 9, i)), actor: 'Max Weber', action, subject: 'x', details: { i } });
			head = { seq: r.seq, hash: r.hash };
			return r;
		});
		return { records, head };
	}

	it('continues the opened log’s chain, which still verifies, and names file, hash, opener and what was replaced', () => {
		const { records, head } = openedLog();
		const details = openedFileDetails(NOTE, { entries: 3, verified: true, problem: null });
		const entry = nextRecord(head, {
			time: auditTime(Date.parse(NOTE.opened_at)),
			actor: NOTE.opened_by,
			action: 'workspace.file_opened',
			subject: 'file:dana.parley',
			details
		});
		expect(entry.seq).toBe(4);
		expect(entry.prev_hash).toBe(records[2].hash);
		expect(verifyChain([...records, entry])).toMatchObject({ ok: true, entries: 4 });
		expect(JSON.parse(entry.detail)).toEqual({
			file: 'dana.parley',
			bytes: 48_213,
			sha256: FILE_SHA,
			created_by: 'parley import (native DuckDB)',
			created_at: '2026-03-01T09:00:00.000Z',
			messages: 24,
			archives: 1,
			opened_at: '2026-03-02T10:15:00.000Z',
			opened_by: 'Lena Fischer',
			replaced: { archives: 3, messages: 1_204, log_entries: 57, log_last_hash: OLD_HEAD, saved_at: '2026-03-02T10:00:00.000Z' },
			log_entries: 3,
			log_verified: true,
			problem: null
		});
	});

	it('is summed up in one line on the Audit page', () => {
		expect(entrySummary('workspace.file_opened', openedFileDetails(NOTE, { entries: 3, verified: true, problem: null }))).toBe(
			`“dana.parley” · SHA-256 ${FILE_SHA.slice(0, 12)}… · opened by “Lena Fischer” · replaced 3 archives, 1,204 messages, a log of 57 entries`
		);
	});
});
