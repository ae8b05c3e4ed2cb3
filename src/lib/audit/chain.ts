import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonical-json';

/**
 * The hash chain of the audit log, as pure functions.
 *
 * An entry is { seq, time, actor, action, subject, details }. Its hash is
 *
 *     hash = lowercase hex SHA-256 of the UTF-8 bytes of (prev_hash + canonicalJson(entry))
 *
 * where prev_hash is the previous entry's hash (64 lowercase hex characters; GENESIS for entry 1), so the
 * concatenation is unambiguous, and canonicalJson(entry) is the canonical JSON (canonical-json.ts) of exactly the six
 * fields: {"action":…,"actor":…,"details":{…},"seq":N,"subject":…,"time":"YYYY-MM-DDTHH:MM:SS.ffffffZ"}.
 * seq runs 1, 2, 3 … without gaps; time is UTC with six fractional digits (the stored TIMESTAMP's precision).
 */

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntry {
	seq: number;
	/** UTC, 'YYYY-MM-DDTHH:MM:SS.ffffffZ'. */
	time: string;
	/** The reviewer name set in the app. */
	actor: string;
	action: string;
	/** What was acted on: 'archive:3', 'message:1042', 'query', 'workspace', … */
	subject: string;
	details: Record<string, unknown>;
}

/** An entry as stored: details as canonical JSON text, with the chain's two hashes. */
export interface AuditRecord {
	seq: number;
	time: string;
	actor: string;
	action: string;
	subject: string;
	/** canonicalJson(details). */
	detail: string;
	prev_hash: string;
	hash: string;
}

export interface ChainHead {
	seq: number;
	hash: string;
}

export const EMPTY_HEAD: ChainHead = { seq: 0, hash: GENESIS_HASH };

export function sha256Text(text: string): string {
	return bytesToHex(sha256(utf8ToBytes(text)));
}

export function entryHash(prevHash: string, entry: AuditEntry): string {
	return sealOf(prevHash, entry, canonicalJson(entry.details));
}

/**
 * The hash from the details' canonical text: the entry's canonical JSON is its six members in key order, so it is
 * written directly around that text rather than serialising the details a second time.
 */
function sealOf(prevHash: string, e: Omit<AuditEntry, 'details'>, detailText: string): string {
	const s = (v: string) => JSON.stringify(v);
	return sha256Text(
		`${prevHash}{"action":${s(e.action)},"actor":${s(e.actor)},"details":${detailText},"seq":${canonicalJson(e.seq)},"subject":${s(e.subject)},"time":${s(e.time)}}`
	);
}

/** The time form that is hashed: ISO 8601 UTC with microseconds (a JS Date has milliseconds; the rest is zeros). */
export function auditTime(ms: number): string {
	return new Date(ms).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
}

/** The record that follows `head`. */
export function nextRecord(head: ChainHead, fields: Omit<AuditEntry, 'seq'>): AuditRecord {
	const entry = { ...fields, seq: head.seq + 1 };
	const detail = canonicalJson(entry.details);
	return {
		seq: entry.seq,
		time: entry.time,
		actor: entry.actor,
		action: entry.action,
		subject: entry.subject,
		detail,
		prev_hash: head.hash,
		hash: sealOf(head.hash, entry, detail)
	};
}

export type ChainProblemKind = 'missing' | 'out-of-order' | 'link' | 'altered' | 'unreadable' | 'truncated' | 'head-mismatch';

export interface ChainProblem {
	kind: ChainProblemKind;
	/** The entry number where the log stops being trustworthy (the number expected at that place). */
	seq: number;
	/** 1-based place in the log as read (ordered by sequence number). */
	position: number;
	/** What is wrong, in words a compliance officer understands. */
	message: string;
}

export type ChainVerdict = { ok: true; entries: number; head: ChainHead } | { ok: false; entries: number; problem: ChainProblem };

/**
 * Checks a log record by record; feed it in order (pages of any size), then ask for the verdict. Reports the first
 * problem only: after it, nothing later can be trusted either.
 */
export class ChainVerifier {
	private head: ChainHead = EMPTY_HEAD;
	private count = 0;
	private problem: ChainProblem | null = null;

	/** True once a problem was found; later records are not looked at. */
	get failed(): boolean {
		return this.problem !== null;
	}

	push(records: readonly AuditRecord[]): void {
		for (const r of records) {
			if (this.problem) return;
			this.check(r);
		}
	}

	private check(r: AuditRecord): void {
		const position = ++this.count;
		const expected = this.head.seq + 1;
		const fail = (kind: ChainProblemKind, message: string) => (this.problem = { kind, seq: expected, position, message });
		if (r.seq !== expected) {
			if (r.seq > expected) {
				const gap = r.seq - expected;
				fail(
					'missing',
					expected === 1
						? `The log does not start at entry 1: it starts at entry ${r.seq}. ${plural(gap, 'entry was', 'entries were')} removed from its beginning.`
						: `Entry ${expected} is missing: the log goes from entry ${expected - 1} straight to entry ${r.seq}. ${plural(gap, 'entry was', 'entries were')} removed.`
				);
			} else {
				fail(
					'out-of-order',
					`Entry ${expected} is not where it should be: in its place the log holds a second entry numbered ${r.seq}. An entry was inserted, copied or moved.`
				);
			}
			return;
		}
		let details: unknown;
		try {
			details = JSON.parse(r.detail);
		} catch {
			fail('unreadable', `Entry ${expected} cannot be read: its details are not valid JSON. It was changed after it was written.`);
			return;
		}
		if (!isPlainObject(details) || canonicalJson(details) !== r.detail) {
			fail('altered', `Entry ${expected} was changed after it was written: its details are not in the form Parley writes.`);
			return;
		}
		if (r.prev_hash !== this.head.hash) {
			fail(
				'link',
				expected === 1
					? `Entry 1 does not start a log: it points back to an entry before it. Entries before it were removed, or it was changed.`
					: `Entry ${expected} does not follow on from entry ${expected - 1}: its link to the entry before does not match. Entries were changed, removed, inserted or reordered at this point.`
			);
			return;
		}
		// The details were just found to be canonical, so their stored text is what the seal covers.
		if (sealOf(r.prev_hash, r, r.detail) !== r.hash) {
			fail(
				'altered',
				`Entry ${expected} (${r.action}, ${r.time.slice(0, 19).replace('T', ' ')} UTC, by ${r.actor}) was changed after it was written: its content no longer matches its seal (hash).`
			);
			return;
		}
		this.head = { seq: r.seq, hash: r.hash };
	}

	/**
	 * The verdict; `anchor` is the head the workspace recorded when it last wrote the log (null when it recorded
	 * none), so entries removed from the end are found too.
	 */
	verdict(anchor: ChainHead | null = null): ChainVerdict {
		if (this.problem) return { ok: false, entries: this.count, problem: this.problem };
		if (anchor && anchor.seq > this.head.seq) {
			const missing = anchor.seq - this.head.seq;
			return {
				ok: false,
				entries: this.count,
				problem: {
					kind: 'truncated',
					seq: this.head.seq + 1,
					position: this.count + 1,
					message: `The log ends at entry ${this.head.seq}, but the workspace recorded entry ${anchor.seq} as its latest: ${plural(missing, 'entry was', 'entries were')} removed from the end.`
				}
			};
		}
		if (anchor && anchor.seq === this.head.seq && anchor.hash !== this.head.hash) {
			return {
				ok: false,
				entries: this.count,
				problem: {
					kind: 'head-mismatch',
					seq: this.head.seq,
					position: this.count,
					message: `The latest entry (${this.head.seq}) is not the one the workspace recorded: the log was rewritten from some point on.`
				}
			};
		}
		return { ok: true, entries: this.count, head: this.head };
	}
}

/** Verifies a whole log held in memory. */
export function verifyChain(records: readonly AuditRecord[], anchor: ChainHead | null = null): ChainVerdict {
	const v = new ChainVerifier();
	v.push(records);
	return v.verdict(anchor);
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function plural(n: number, one: string, many: string): string {
	return n === 1 ? `1 ${one}` : `${n} ${many}`;
}
