import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { auditTime, entryHash, GENESIS_HASH, nextRecord, verifyChain, EMPTY_HEAD, type AuditRecord, type ChainHead } from '$lib/audit/chain';

const nodeSha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** A valid log of `n` entries, one a minute, by two reviewers. */
function log(n: number): AuditRecord[] {
	const out: AuditRecord[] = [];
	let head: ChainHead = EMPTY_HEAD;
	for (let i = 0; i < n; i++) {
		const r = nextRecord(head, {
			time: auditTime(Date.UTC(2026, 2, 1, 9, i, 0, 250)),
			actor: i % 2 ? 'Lena Fischer' : 'unnamed reviewer',
			action: i % 3 ? 'query.run' : 'search.run',
			subject: i % 3 ? 'query' : 'search',
			details: { text: `SELECT ${i}`, rows: i }
		});
		out.push(r);
		head = { seq: r.seq, hash: r.hash };
	}
	return out;
}

const headOf = (records: AuditRecord[]): ChainHead => ({ seq: records.at(-1)!.seq, hash: records.at(-1)!.hash });

describe('entry hash', () => {
	it('is SHA-256 over the previous hash and the canonical JSON of the six fields (computed here with node:crypto)', () => {
		const entry = {
			seq: 1,
			time: '2026-03-01T09:00:00.250000Z',
			actor: 'Lena Fischer',
			action: 'query.run',
			subject: 'query',
			details: { sql: 'SELECT 1', rows: 1 }
		};
		const text =
			'{"action":"query.run","actor":"Lena Fischer","details":{"rows":1,"sql":"SELECT 1"},"seq":1,"subject":"query","time":"2026-03-01T09:00:00.250000Z"}';
		expect(entryHash(GENESIS_HASH, entry)).toBe(nodeSha256(GENESIS_HASH + text));
		const second = { ...entry, seq: 2, details: { note: 'über 你好' } };
		const prev = entryHash(GENESIS_HASH, entry);
		expect(entryHash(prev, second)).toBe(nodeSha256(prev + text.replace('{"rows":1,"sql":"SELECT 1"}', '{"note":"über 你好"}').replace('"seq":1', '"seq":2')));
	});

	it('starts from 64 zeros and chains each record to the one before', () => {
		const records = log(3);
		expect(records.map((r) => r.seq)).toEqual([1, 2, 3]);
		expect(records[0].prev_hash).toBe('0'.repeat(64));
		expect(records[1].prev_hash).toBe(records[0].hash);
		expect(records[2].prev_hash).toBe(records[1].hash);
		expect(records[0].detail).toBe('{"rows":0,"text":"SELECT 0"}');
	});

	it('writes times in UTC with six fractional digits', () => {
		expect(auditTime(Date.UTC(2026, 0, 2, 3, 4, 5, 67))).toBe('2026-01-02T03:04:05.067000Z');
	});
});

describe('chain verification', () => {
	it('passes an intact log and reports its head', () => {
		const records = log(7);
		expect(verifyChain(records, headOf(records))).toEqual({ ok: true, entries: 7, head: headOf(records) });
		expect(verifyChain([])).toEqual({ ok: true, entries: 0, head: EMPTY_HEAD });
	});

	const N = 5;
	const POSITIONS = [1, 3, 5];
	const ALTERATIONS: [string, (r: AuditRecord) => AuditRecord][] = [
		['seq', (r) => ({ ...r, seq: r.seq + 7 })],
		['time', (r) => ({ ...r, time: r.time.replace('.250000Z', '.251000Z') })],
		['time by one microsecond', (r) => ({ ...r, time: r.time.replace('.250000Z', '.250001Z') })],
		['actor', (r) => ({ ...r, actor: 'Someone Else' })],
		['action', (r) => ({ ...r, action: 'export.downloaded' })],
		['subject', (r) => ({ ...r, subject: 'archive:9' })],
		['details (a value)', (r) => ({ ...r, detail: r.detail.replace('"rows":', '"rows":1') })],
		['details (a key added, still canonical)', (r) => ({ ...r, detail: r.detail.replace('{', '{"added":true,') })],
		['details (same content, other whitespace)', (r) => ({ ...r, detail: r.detail.replace(',', ', ') })],
		['details (not JSON)', (r) => ({ ...r, detail: r.detail.slice(0, -1) })],
		['prev_hash', (r) => ({ ...r, prev_hash: r.prev_hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })],
		['hash', (r) => ({ ...r, hash: r.hash.replace(/^./, (c) => (c === 'a' ? 'b' : 'a')) })]
	];

	for (const [field, alter] of ALTERATIONS) {
		it.each(POSITIONS)(`finds an altered ${field} at entry %i`, (pos) => {
			const records = log(N);
			const anchor = headOf(records);
			records[pos - 1] = alter(records[pos - 1]);
			const verdict = verifyChain(records, anchor);
			expect(verdict.ok).toBe(false);
			if (!verdict.ok) {
				expect(verdict.problem.seq).toBe(pos);
				expect(verdict.problem.position).toBe(pos);
				expect(verdict.problem.message).toMatch(new RegExp(`Entry ${pos}\\b|entry ${pos}\\b|log does not start at entry 1`));
			}
		});
	}

	it.each(POSITIONS)('finds a deleted entry %i (the last one through the recorded head)', (pos) => {
		const records = log(N);
		const anchor = headOf(records);
		records.splice(pos - 1, 1);
		const verdict = verifyChain(records, anchor);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) {
			expect(verdict.problem.seq).toBe(pos);
			expect(verdict.problem.kind).toBe(pos === N ? 'truncated' : 'missing');
		}
	});

	it('cannot see a removed last entry without a recorded head, and says so only with one', () => {
		const records = log(N).slice(0, -1);
		expect(verifyChain(records).ok).toBe(true);
	});

	it.each([2, 3, 5])('finds a copy of entry %i inserted right after it', (pos) => {
		const records = log(N);
		records.splice(pos, 0, { ...records[pos - 1] });
		const verdict = verifyChain(records);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) {
			expect(verdict.problem.seq).toBe(pos + 1);
			expect(verdict.problem.kind).toBe('out-of-order');
		}
	});

	it.each([1, 3, 5])('finds a forged entry %i with a made-up seal inserted before the real one', (pos) => {
		const records = log(N);
		const forged = { ...records[pos - 1], actor: 'Forger', hash: 'f'.repeat(64) };
		records.splice(pos - 1, 0, forged);
		const verdict = verifyChain(records);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem).toMatchObject({ seq: pos, kind: 'altered' });
	});

	it.each([1, 3, 5])('finds a correctly sealed forged entry %i at the entry after it when the rest is renumbered', (pos) => {
		const records = log(N);
		const prev = pos === 1 ? EMPTY_HEAD : headOf(records.slice(0, pos - 1));
		const forged = nextRecord(prev, { time: records[pos - 1].time, actor: 'Forger', action: 'query.run', subject: 'query', details: { sql: 'SELECT 0' } });
		const renumbered = records.slice(pos - 1).map((r) => ({ ...r, seq: r.seq + 1 }));
		const tampered = [...records.slice(0, pos - 1), forged, ...renumbered];
		const verdict = verifyChain(tampered);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem).toMatchObject({ seq: pos + 1, kind: 'link' });
	});

	it.each([
		[1, 2],
		[2, 4],
		[4, 5],
		[1, 5]
	])('finds entries %i and %i swapped, at the first of them', (i, j) => {
		const records = log(N);
		[records[i - 1], records[j - 1]] = [records[j - 1], records[i - 1]];
		const verdict = verifyChain(records, headOf(log(N)));
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem.seq).toBe(i);
	});

	it.each([
		[1, 2],
		[2, 4],
		[4, 5]
	])('finds the contents of entries %i and %i swapped under their numbers, at the first of them', (i, j) => {
		const records = log(N);
		const a = records[i - 1];
		const b = records[j - 1];
		records[i - 1] = { ...b, seq: a.seq };
		records[j - 1] = { ...a, seq: b.seq };
		const verdict = verifyChain(records);
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem.seq).toBe(i);
	});

	it('finds a log rewritten and resealed from entry 3 on through the recorded head', () => {
		const original = log(N);
		let head = headOf(original.slice(0, 2));
		const rewritten = original.slice(0, 2);
		for (const r of original.slice(2)) {
			const next = nextRecord(head, { time: r.time, actor: r.actor, action: r.action, subject: r.subject, details: { rewritten: true } });
			rewritten.push(next);
			head = { seq: next.seq, hash: next.hash };
		}
		expect(verifyChain(rewritten).ok).toBe(true);
		const verdict = verifyChain(rewritten, headOf(original));
		expect(verdict.ok).toBe(false);
		if (!verdict.ok) expect(verdict.problem.kind).toBe('head-mismatch');
	});
});
