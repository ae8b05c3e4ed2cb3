import type { Connector } from '$lib/db/connector';
import { appendAuditRecord, lastAuditRecord, savedReviewer, saveReviewer } from '$lib/db/queries/audit';
import { auditTime, EMPTY_HEAD, nextRecord, type AuditRecord, type ChainHead } from './chain';
import type { AuditAction } from './actions';

export const UNNAMED_REVIEWER = 'unnamed reviewer';

/**
 * Appends to the audit log, one entry at a time: every append waits for the one before it, so sequence numbers
 * never collide and each entry is sealed with the hash of the entry really before it. Appends made before open()
 * wait for it (the saved workspace must be restored first, or the log would restart at 1).
 */
export class AuditLog {
	private queue: Promise<unknown>;
	private release!: () => void;
	private head: ChainHead = EMPTY_HEAD;
	private reviewer = UNNAMED_REVIEWER;
	private named = false;

	constructor(
		private readonly connect: () => Promise<Connector>,
		private readonly now: () => number = Date.now
	) {
		this.queue = new Promise<void>((resolve) => (this.release = resolve));
	}

	/** The reviewer every new entry names. */
	get actor(): string {
		return this.reviewer;
	}

	/** False until a reviewer name was set in this workspace. */
	get hasReviewer(): boolean {
		return this.named;
	}

	/** The last entry written (seq 0 before the first). */
	get latest(): ChainHead {
		return this.head;
	}

	/** Reads the log's last entry and the reviewer name from the (restored) database; then appends run. */
	async open(): Promise<void> {
		try {
			const db = await this.connect();
			const last = await lastAuditRecord(db);
			this.head = last ? { seq: last.seq, hash: last.hash } : EMPTY_HEAD;
			const name = await savedReviewer(db);
			this.named = name !== null && name.trim() !== '';
			this.reviewer = this.named ? name! : UNNAMED_REVIEWER;
		} finally {
			this.release();
		}
	}

	/** Seals and writes one entry after every earlier one; resolves with the record as written. */
	append(action: AuditAction, subject: string, details: Record<string, unknown>): Promise<AuditRecord> {
		return this.serial(() => this.write(action, subject, details));
	}

	/** Sets the reviewer name; the change is itself an entry, written under the new name. */
	setReviewer(name: string): Promise<AuditRecord | null> {
		const next = name.trim().replace(/\s+/g, ' ');
		return this.serial(async () => {
			if (!next || (this.named && next === this.reviewer)) return null;
			const previous = this.named ? this.reviewer : null;
			await saveReviewer(await this.connect(), next);
			this.reviewer = next;
			this.named = true;
			return this.write('reviewer.named', 'reviewer', { name: next, previous });
		});
	}

	private serial<T>(task: () => Promise<T>): Promise<T> {
		const run = this.queue.then(task);
		this.queue = run.catch(() => {});
		return run;
	}

	private async write(action: AuditAction, subject: string, details: Record<string, unknown>): Promise<AuditRecord> {
		const record = nextRecord(this.head, { time: auditTime(this.now()), actor: this.reviewer, action, subject, details });
		const db = await this.connect();
		try {
			await appendAuditRecord(db, record);
		} catch (err) {
			// The row may be in even if moving the recorded head failed: continue from what the table holds.
			const last = await lastAuditRecord(db).catch(() => null);
			if (last) this.head = { seq: last.seq, hash: last.hash };
			throw err;
		}
		this.head = { seq: record.seq, hash: record.hash };
		return record;
	}
}
