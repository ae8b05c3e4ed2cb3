import { sha256 as sha256Of } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { getConnectors, type Connector, type ImportSummary } from '$lib/db';
import { auditDetailsOf } from '$lib/db/queries/audit';
import { archiveIdentities } from '$lib/db/queries/fingerprint';
import { workspaceTotals } from '$lib/db/queries/workspace';
import { readStoredFile, removeStoredFile, writeStoredFile } from '$lib/storage/opfs';
import type { AuditAction, ReviewAction } from './actions';
import { EMPTY_HEAD, type AuditRecord, type ChainHead, type ChainVerdict } from './chain';
import { archiveFingerprint, recordedArchive, verifyWorkspaceFingerprints, FINGERPRINT_ACTIONS, type WorkspaceCheck } from './fingerprint';
import { AuditLog, UNNAMED_REVIEWER } from './log';
import { OPENED_FILE_NOTE, openedFileDetails, openingRecorded, parseOpenedFileNote, type OpenedFileNote, type ReplacedWorkspace } from './opened-file';
import { verifyStoredLog } from './verify';

/**
 * The app's audit trail: what every part of Parley calls to record an action, and the log's state for the header
 * and the Audit page. Entries are written to the workspace database (audit_log) and saved with the workspace.
 *
 * For the review features (tags, notes, saved queries, query packs, review decisions, samples):
 *     await auditTrail.record('tag.added', 'message:1042', { tag: 'responsive' });
 * Subjects name what was acted on ('message:<id>', 'conversation:<id>', 'saved_query:<id>', 'pack:<sha256>');
 * details are plain JSON data (see canonical-json.ts) and say enough to re-create what was done.
 */

/** Written to the private file system when the workspace is cleared, so the next log can point back to this one. */
const CARRY_FILE = 'audit-carry.json';
/** A search is recorded once its result has stood this long, or when the next action is recorded. */
const SEARCH_SETTLE_MS = 1_500;
/** Entries are saved with the workspace this long after the last one (saves coalesce). */
const SAVE_DELAY_MS = 400;

export interface ImportOutcomeLike {
	fileName: string;
	summary: ImportSummary | null;
	duplicate: boolean;
	error: string | null;
}

export interface ExportAbout {
	/** What the file holds, in words ('search hits', 'SQL result', 'risk hits'…); defaults to the file type. */
	what?: string;
	rows?: number;
	redacted?: boolean;
}

export interface ExportReceipt {
	/** SHA-256 (lowercase hex) of exactly the bytes handed to the browser's download. */
	sha256: string;
	bytes: number;
	/** The audit entry that records the export. */
	seq: number;
}

export interface QueryOutcome {
	rows: number | null;
	error: { message: string; refused: boolean } | null;
	cancelledAfterMs: number | null;
}

/** An audit log file kept before clearing the workspace. */
export interface KeptLog {
	file: string;
	bytes: number;
	sha256: string;
}

interface Carry {
	previous_seq: number;
	previous_hash: string;
	cleared_at: string;
	cleared_by: string;
	reviewer: string | null;
	kept_files: KeptLog[];
}

type RestoreStatus = { state: string; message?: string; savedAt?: string };

/** Saves the workspace and says whether it was saved; null when it cannot save now (an import is running). */
export type Persist = () => Promise<boolean> | null;

class AuditTrail {
	actor = $state(UNNAMED_REVIEWER);
	named = $state(false);
	ready = $state(false);
	head = $state.raw<ChainHead>(EMPTY_HEAD);
	/** The last verification of the log's chain (at restore, or on request); a failure shows as a banner. */
	logCheck = $state.raw<ChainVerdict | null>(null);
	/** Whether logCheck comes from opening the workspace or from someone asking. */
	logCheckedBy = $state<'open' | 'user'>('open');
	/** The last check of the archives' fingerprints, when it ran, and whether a restore or a person asked for it. */
	workspaceCheck = $state.raw<WorkspaceCheck | null>(null);
	workspaceChecked = $state.raw<{ at: string; by: 'user' | 'restore' } | null>(null);
	/** Rows hashed by a fingerprint check under way (null when none runs). */
	checkingRows = $state<number | null>(null);
	/** Bumped on every append, so views of the log refresh. */
	version = $state(0);
	/** The last entry known to be in the saved workspace (0: none). */
	savedThrough = $state(0);

	private log = new AuditLog(async () => (await getConnectors()).db);
	/** Null until the log is open, and for good when the saved workspace failed to load (saving would replace it). */
	private persist: Persist | null = null;
	private saveTimer: ReturnType<typeof setTimeout> | null = null;
	private pendingSearch: { query: string; sort: string; hits: number; timer: ReturnType<typeof setTimeout> } | null = null;
	private lastSearch: string | null = null;
	private checks: Promise<unknown> = Promise.resolve();
	private clearedAt: ChainHead | null = null;
	private openedPersist: Persist | null = null;
	/** The entry recording a workspace file's opening; its note is removed once a save holds it. */
	private openedFileSeq: number | null = null;

	/**
	 * After the saved workspace was restored (or found absent, or failed to load): reads and verifies the log, records
	 * the restore, and from then on saves new entries with the workspace through `persist`; when it cannot save now,
	 * the save is tried again a moment later.
	 */
	async open(status: RestoreStatus, persist: Persist): Promise<void> {
		try {
			await this.opening(status, persist);
		} catch (err) {
			// The workspace stays usable; the Audit page shows what the check says when run again.
			console.error('audit log: could not open the log:', err);
		} finally {
			this.sync();
			this.ready = true;
		}
	}

	private async opening(status: RestoreStatus, persist: Persist): Promise<void> {
		await this.log.open();
		const { db } = await getConnectors();
		const wasEmpty = this.log.latest.seq === 0;
		if (status.state === 'saved') this.savedThrough = this.log.latest.seq;
		this.logCheck = await verifyStoredLog(db);
		this.sync();
		// A workspace that failed to load is still on disk: saving the empty database now would replace it.
		if (status.state !== 'error') this.persist = this.openedPersist = persist;
		const carry = await readCarry();
		await this.recordOpenedFile(db, status);
		if (status.state === 'saved') {
			const totals = await workspaceTotals(db);
			const check = this.logCheck;
			await this.append(
				'workspace.restored',
				'workspace',
				{
					saved_at: status.savedAt ?? null,
					archives: totals.archives,
					messages: totals.messages,
					log_entries: check.entries,
					log_verified: check.ok,
					problem: check.ok ? null : check.problem.message
				},
				false
			);
			if (wasEmpty && totals.archives > 0) await this.recordMissingFingerprints('the saved workspace holds no log entry for it (saved before the audit trail)');
		} else if (status.state === 'error') {
			await this.append('workspace.restore_failed', 'workspace', { error: status.message ?? '' }, false);
		}
		if (carry && wasEmpty) {
			await this.append('log.continued', 'log', { ...carry, after: 'workspace cleared' }, false);
			// Not saved by itself: an empty workspace is saved with its first real action.
			if (!this.named && carry.reviewer) await this.setReviewer(carry.reviewer, false);
		} else if (carry) {
			await removeStoredFile(CARRY_FILE);
		}
	}

	/** A workspace file replaced the saved workspace before this start: one entry in the opened file's log says so. */
	private async recordOpenedFile(db: Connector, status: RestoreStatus): Promise<void> {
		const note = await readOpenedFileNote();
		if (!note) return;
		const recorded = (await auditDetailsOf(db, ['workspace.file_opened'])).map((r) => r.detail);
		if (openingRecorded(note, recorded)) {
			await removeStoredFile(OPENED_FILE_NOTE).catch(() => {});
			return;
		}
		// The entry names who opened the file as its actor, and the work that follows is theirs too.
		if (note.opened_by_named && (!this.log.hasReviewer || this.log.actor !== note.opened_by)) {
			await this.log.setReviewer(note.opened_by);
			this.sync();
		}
		const check = this.logCheck;
		const opened = { entries: check?.entries ?? 0, verified: check?.ok ?? false, problem: check && !check.ok ? check.problem.message : null };
		// A copy cut short (no manifest) or a file that did not load is said so in the same entry.
		const restore = { restore: status.state === 'saved' ? 'loaded' : status.state, restore_error: status.message ?? null };
		const r = await this.append('workspace.file_opened', `file:${note.file}`, { ...openedFileDetails(note, opened), ...restore }, true);
		this.openedFileSeq = r.seq;
	}

	/**
	 * Before a workspace file replaces the saved workspace: nothing more is saved from this one (a save after the files
	 * are replaced would bring it back), and what it holds is returned for the note.
	 */
	async replacing(): Promise<ReplacedWorkspace> {
		this.flushSearch();
		this.persist = null;
		if (this.saveTimer) clearTimeout(this.saveTimer);
		const { db } = await getConnectors();
		const totals = await workspaceTotals(db);
		return { archives: totals.archives, messages: totals.messages, log_entries: this.head.seq, log_last_hash: this.head.hash, saved_at: null };
	}

	/** Leaves the note the next start records (see opened-file.ts). */
	async leaveOpenedFileNote(note: OpenedFileNote): Promise<void> {
		await writeStoredFile(OPENED_FILE_NOTE, new TextEncoder().encode(JSON.stringify(note)));
	}

	/**
	 * The replacement stopped part way: recorded in this tab. Saving does not resume, since the files on disk are now
	 * partly the opened file's and a save of this workspace over them would mix the two.
	 */
	async openStopped(file: string, reason: string): Promise<void> {
		await this.record('workspace.open_stopped', `file:${file}`, { file, reason });
	}

	/** Records one action. Never throws: a failed append is reported on the console and returned as null. */
	async record(action: AuditAction, subject: string, details: Record<string, unknown>): Promise<AuditRecord | null> {
		try {
			return await this.append(action, subject, details, true);
		} catch (err) {
			console.error(`audit log: could not record ${action}:`, err);
			return null;
		}
	}

	/** The entry point for review actions (issue 11): tags, notes, saved queries, packs, decisions, samples. */
	recordReview(action: ReviewAction, subject: string, details: Record<string, unknown>): Promise<AuditRecord | null> {
		return this.record(action, subject, details);
	}

	async setReviewer(name: string, save = true): Promise<void> {
		this.flushSearch();
		const r = await this.log.setReviewer(name);
		this.sync();
		if (r && save) this.scheduleSave();
	}

	/** One entry per file outcome: loaded (with the archive's fingerprint), already present, or failed. */
	async recordImports(files: readonly File[], outcomes: readonly ImportOutcomeLike[]): Promise<void> {
		const { db } = await getConnectors();
		const identities = new Map((await archiveIdentities(db)).map((a) => [a.id, a]));
		const sizeOf = (name: string) => files.find((f) => name === f.name || name.startsWith(`${f.name} › `))?.size ?? null;
		for (const o of outcomes) {
			const container = { file: o.fileName, file_bytes: sizeOf(o.fileName) };
			if (o.error !== null || !o.summary) {
				await this.record('import.failed', 'file', { ...container, error: o.error ?? 'nothing imported' });
			} else if (o.duplicate) {
				await this.record('import.duplicate', `archive:${o.summary.id}`, { ...container, archive_id: o.summary.id, sha256: o.summary.sha256 });
			} else {
				const identity = identities.get(o.summary.id);
				if (!identity) continue;
				const fingerprint = await archiveFingerprint(db, identity.id);
				await this.record('import.loaded', `archive:${identity.id}`, {
					...container,
					...recordedArchive(identity, fingerprint),
					conversations: o.summary.conversations
				});
			}
		}
	}

	recordQuery(sql: string, outcome: QueryOutcome): void {
		if (outcome.cancelledAfterMs !== null) void this.record('query.cancelled', 'query', { sql, after_ms: Math.round(outcome.cancelledAfterMs) });
		else if (outcome.error?.refused) void this.record('query.refused', 'query', { sql, reason: outcome.error.message });
		else if (outcome.error) void this.record('query.failed', 'query', { sql, error: outcome.error.message });
		else if (outcome.rows !== null) void this.record('query.run', 'query', { sql, rows: outcome.rows });
	}

	/** A search result on screen; recorded when it has stood a moment, so the words typed on the way are not. */
	searched(query: string, sort: string, hits: number): void {
		if (this.pendingSearch) clearTimeout(this.pendingSearch.timer);
		const timer = setTimeout(() => this.flushSearch(), SEARCH_SETTLE_MS);
		this.pendingSearch = { query, sort, hits, timer };
	}

	/** Hashes exactly the bytes handed to the user and records the export. */
	async recordExport(name: string, blob: Blob, about: ExportAbout = {}): Promise<ExportReceipt> {
		// Blobs are immutable: these are the bytes the download writes. Web Crypto is missing on plain-http intranet hosts.
		const bytes = new Uint8Array(await blob.arrayBuffer());
		const sha256 = bytesToHex(sha256Of(bytes));
		const r = await this.record('export.downloaded', `file:${name}`, {
			file: name,
			type: blob.type || null,
			bytes: bytes.byteLength,
			sha256,
			what: about.what ?? fileKind(name),
			rows: about.rows ?? null,
			redacted: about.redacted ?? null
		});
		return { sha256, bytes: bytes.byteLength, seq: r?.seq ?? 0 };
	}

	/** Verifies the chain; recorded when asked for by the user. */
	async verifyLog(): Promise<ChainVerdict> {
		const verdict = await verifyStoredLog((await getConnectors()).db);
		this.logCheck = verdict;
		this.logCheckedBy = 'user';
		await this.record('verify.log', 'log', { result: verdictWords(verdict), ok: verdict.ok, entries: verdict.entries });
		return verdict;
	}

	/** Verifies the chain and every archive's fingerprint; `trigger` says whether a person asked or a restore did. */
	verifyWorkspace(trigger: 'user' | 'restore' = 'user'): Promise<WorkspaceCheck> {
		// One check at a time; a request made during one runs after it, on the workspace as it is then.
		const run = this.checks.then(() => this.checkWorkspace(trigger));
		this.checks = run.catch(() => {});
		return run;
	}

	private async checkWorkspace(trigger: 'user' | 'restore'): Promise<WorkspaceCheck> {
		this.checkingRows = 0;
		try {
			const { db } = await getConnectors();
			const verdict = await verifyStoredLog(db);
			this.logCheck = verdict;
			if (trigger === 'user') this.logCheckedBy = 'user';
			const check = await verifyWorkspaceFingerprints(db, (rows) => (this.checkingRows = rows));
			this.workspaceCheck = check;
			this.workspaceChecked = { at: new Date().toISOString(), by: trigger };
			const changed = check.archives.filter((a) => a.status !== 'intact');
			const details = {
				trigger,
				ok: verdict.ok && changed.length === 0,
				log_ok: verdict.ok,
				log_problem: verdict.ok ? null : verdict.problem.message,
				archives: check.archives.length,
				rows: check.rows,
				failed: changed.map((a) => ({ archive_id: a.archiveId, file: a.fileName, status: a.status, findings: a.findings })),
				result: `${verdictWords(verdict)} ${fingerprintWords(check)}`
			};
			if (trigger === 'user') await this.record('verify.workspace', 'workspace', details);
			else await this.append('verify.workspace', 'workspace', details, false).catch(() => null);
			return check;
		} finally {
			this.checkingRows = null;
		}
	}

	/** Before the saved workspace is deleted: records the clearing (the last entry of this log). */
	async clearing(): Promise<void> {
		// Nothing may be saved from now on: a save after the files are deleted would bring the workspace back.
		this.persist = null;
		if (this.saveTimer) clearTimeout(this.saveTimer);
		const { db } = await getConnectors();
		const totals = await workspaceTotals(db);
		const r = await this.append('workspace.cleared', 'workspace', { archives: totals.archives, messages: totals.messages, log_entries: this.head.seq }, false);
		this.clearedAt = { seq: r.seq, hash: r.hash };
	}

	/** The clearing did not happen after all (keeping the log failed): recorded, and saving resumes. */
	async clearStopped(reason: string): Promise<void> {
		this.clearedAt = null;
		this.persist = this.openedPersist;
		await this.record('workspace.clear_stopped', 'workspace', { reason });
	}

	/** After the saved workspace was deleted: the note the next log starts with (this log's last entry, the files kept). */
	async cleared(kept: KeptLog[]): Promise<void> {
		const last = this.clearedAt ?? this.head;
		const carry: Carry = {
			previous_seq: last.seq,
			previous_hash: last.hash,
			cleared_at: new Date().toISOString(),
			cleared_by: this.actor,
			reviewer: this.named ? this.actor : null,
			kept_files: kept
		};
		await writeStoredFile(CARRY_FILE, new TextEncoder().encode(JSON.stringify(carry))).catch(() => {});
	}

	private async append(action: AuditAction, subject: string, details: Record<string, unknown>, save: boolean): Promise<AuditRecord> {
		if (action !== 'search.run') this.flushSearch();
		const r = await this.log.append(action, subject, details);
		this.sync();
		if (save) this.scheduleSave();
		return r;
	}

	private flushSearch(): void {
		const s = this.pendingSearch;
		if (!s) return;
		clearTimeout(s.timer);
		this.pendingSearch = null;
		const key = JSON.stringify([s.query, s.sort, s.hits, this.head.seq]);
		if (key === this.lastSearch) return;
		const details = { query: s.query, sort: s.sort, hits: s.hits };
		void this.append('search.run', 'search', details, true)
			.then(() => (this.lastSearch = JSON.stringify([s.query, s.sort, s.hits, this.head.seq])))
			.catch((err) => console.error('audit log: could not record a search:', err));
	}

	private async recordMissingFingerprints(reason: string): Promise<void> {
		const { db } = await getConnectors();
		const have = new Set((await auditDetailsOf(db, FINGERPRINT_ACTIONS)).map((r) => (JSON.parse(r.detail) as { archive_id?: number }).archive_id));
		for (const a of await archiveIdentities(db)) {
			if (have.has(a.id)) continue;
			await this.append(
				'fingerprint.recorded',
				`archive:${a.id}`,
				{ file: a.file_name, ...recordedArchive(a, await archiveFingerprint(db, a.id)), reason },
				true
			);
		}
	}

	private sync(): void {
		this.head = this.log.latest;
		this.actor = this.log.actor;
		this.named = this.log.hasReviewer;
		this.version++;
	}

	private scheduleSave(): void {
		if (this.saveTimer) clearTimeout(this.saveTimer);
		if (!this.persist) return;
		this.saveTimer = setTimeout(() => {
			this.saveTimer = null;
			const through = this.head.seq;
			const saving = this.persist?.();
			if (saving === undefined) return;
			if (!saving) return this.scheduleSave();
			void saving.then((saved) => {
				if (!saved) return;
				this.savedThrough = Math.max(this.savedThrough, through);
				if (this.openedFileSeq !== null && through >= this.openedFileSeq) {
					this.openedFileSeq = null;
					void removeStoredFile(OPENED_FILE_NOTE).catch(() => {});
				}
			});
		}, SAVE_DELAY_MS);
	}
}

async function readCarry(): Promise<Carry | null> {
	try {
		const bytes = await readStoredFile(CARRY_FILE);
		return bytes ? (JSON.parse(new TextDecoder().decode(bytes)) as Carry) : null;
	} catch {
		return null;
	}
}

async function readOpenedFileNote(): Promise<OpenedFileNote | null> {
	try {
		const bytes = await readStoredFile(OPENED_FILE_NOTE);
		return bytes ? parseOpenedFileNote(new TextDecoder().decode(bytes)) : null;
	} catch {
		return null;
	}
}

function fileKind(name: string): string {
	const ext = name.split('.').pop()?.toLowerCase() ?? '';
	return (
		(
			{
				csv: 'CSV',
				json: 'JSON',
				jsonl: 'JSON Lines',
				arrows: 'Arrow IPC',
				arrow: 'Arrow IPC',
				svg: 'SVG image',
				png: 'PNG image',
				gexf: 'GEXF graph',
				graphml: 'GraphML graph'
			} as Record<string, string>
		)[ext] ??
		(ext || 'file')
	);
}

export function verdictWords(v: ChainVerdict): string {
	return v.ok
		? `The log is intact: ${v.entries.toLocaleString('en')} ${v.entries === 1 ? 'entry' : 'entries'}, each sealed and linked to the one before.`
		: `The log fails verification at entry ${v.problem.seq}. ${v.problem.message}`;
}

export function fingerprintWords(c: WorkspaceCheck): string {
	const n = c.archives.length;
	if (c.failed === 0) return `${n === 1 ? 'The archive matches' : `All ${n} archives match`} the fingerprints recorded at import.`;
	const names = c.archives.filter((a) => a.status !== 'intact').map((a) => `archive ${a.archiveId}${a.fileName ? ` (“${a.fileName}”)` : ''}`);
	return `${c.failed} of ${n} archives no longer match what was imported: ${names.join(', ')}.`;
}

export const auditTrail = new AuditTrail();
