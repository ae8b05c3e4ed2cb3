import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors, getWorkspaceDb, SqlRefusedError } from '$lib/db';
import { archiveHashes } from '$lib/db/queries/saved';
import { viewHref } from '$lib/url-state';
import { checkPackQuery, type QueryCheck } from './pack-check';
import { archiveCoverage, packQueryText, readPack, sameRowsWords, type PackArchive, type PackQuery, type PackReading } from './pack';
import { runSearchDigest, runSqlDigest } from './run';
import { savedQueries } from './saved.svelte';

/**
 * A received query pack, opened: read and verified, never run by itself. Each query runs only when the user asks,
 * one at a time, and only when the pack is intact and the query passes the evidence gate.
 */

export type QueryOutcome =
	| { state: 'running' }
	| { state: 'done'; rows: number; same: boolean | null; words: string }
	| { state: 'refused'; reason: string }
	| { state: 'failed'; message: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** checkPackQuery, then for SQL DuckDB's plan of it (EXPLAIN only: nothing runs), so every refusal shows up front. */
async function planChecked(q: PackQuery): Promise<QueryCheck> {
	const check = checkPackQuery(q);
	if (!check.runnable || q.kind !== 'sql') return check;
	const reason = await (await getWorkspaceDb()).refusalOfUserSql(q.sql ?? '');
	return reason === null ? check : { runnable: false, reason };
}

class PackOpening {
	fileName = $state<string | null>(null);
	reading = $state.raw<PackReading | null>(null);
	coverage = $state.raw<{ held: PackArchive[]; missing: PackArchive[] } | null>(null);
	checks = $state.raw<QueryCheck[]>([]);
	outcomes = $state.raw<Record<number, QueryOutcome>>({});
	imported = $state<string | null>(null);
	error = $state<string | null>(null);
	/** Which query is running (one at a time). */
	running = $state<number | null>(null);

	get intact(): boolean {
		return this.reading?.ok === true && this.reading.intact;
	}

	async open(file: File): Promise<void> {
		this.close();
		this.fileName = file.name;
		try {
			const reading = readPack(new Uint8Array(await file.arrayBuffer()));
			this.reading = reading;
			if (!reading.ok) {
				void auditTrail.record('pack.refused', `file:${file.name}`, { file: file.name, bytes: file.size, reason: reading.reason });
				return;
			}
			this.checks = await Promise.all(reading.pack.queries.map(planChecked));
			const held = (await archiveHashes((await getConnectors()).db)).map((a) => a.sha256);
			this.coverage = archiveCoverage(reading.pack, held);
			const details = {
				file: file.name,
				bytes: file.size,
				sha256: reading.pack.sha256,
				computed: reading.computed,
				intact: reading.intact,
				author: reading.pack.author,
				created_at: reading.pack.created_at,
				queries: reading.pack.queries.length,
				archives_held: this.coverage.held.map((a) => a.sha256),
				archives_missing: this.coverage.missing.map((a) => a.sha256)
			};
			void auditTrail.record('pack.opened', `pack:${reading.computed}`, details);
			if (!reading.intact) {
				void auditTrail.record('pack.refused', `pack:${reading.computed}`, {
					file: file.name,
					reason: 'altered: its SHA-256 does not match its content',
					claimed: reading.pack.sha256,
					computed: reading.computed
				});
			}
		} catch (err) {
			this.error = messageOf(err);
		}
	}

	/** Runs one query of an intact pack (the user's click) and compares its result with the author's. */
	async run(index: number): Promise<void> {
		const reading = this.reading;
		if (!reading?.ok || !reading.intact || this.running !== null) return;
		const q = reading.pack.queries[index];
		const check = this.checks[index];
		const subject = `pack:${reading.computed}`;
		if (!q || q.kind === 'view') return;
		if (!check.runnable) {
			this.set(index, { state: 'refused', reason: check.reason });
			void auditTrail.record('pack.refused', subject, { query: index + 1, name: q.name, sql: q.sql ?? null, reason: check.reason });
			return;
		}
		this.running = index;
		this.set(index, { state: 'running' });
		try {
			const now = q.kind === 'sql' ? await runSqlDigest(q.sql ?? '') : await runSearchDigest(q.search ?? '');
			const same = q.result_digest === null ? null : q.result_digest === now.digest;
			const words = sameRowsWords({ rows: q.row_count, digest: q.result_digest }, now);
			this.set(index, { state: 'done', rows: now.rows, same, words });
			void auditTrail.record('pack.verified', subject, {
				query: index + 1,
				name: q.name,
				kind: q.kind,
				text: packQueryText(q),
				rows_then: q.row_count,
				rows_now: now.rows,
				digest_then: q.result_digest,
				digest_now: now.digest,
				same
			});
		} catch (err) {
			if (err instanceof SqlRefusedError) {
				this.set(index, { state: 'refused', reason: err.message });
				void auditTrail.record('pack.refused', subject, { query: index + 1, name: q.name, sql: q.sql ?? null, reason: err.message });
			} else this.set(index, { state: 'failed', message: messageOf(err) });
		} finally {
			this.running = null;
		}
	}

	/** Adds the pack's runnable queries to Saved: an explicit action, for an intact pack only. */
	async importIntoSaved(): Promise<void> {
		const reading = this.reading;
		if (!reading?.ok || !reading.intact) return;
		const pack = reading.pack;
		const rows = pack.queries.flatMap((q, i) => {
			const check = this.checks[i];
			if (!check.runnable) return [];
			return [
				{
					name: q.name,
					description: q.description,
					tags: q.tags,
					kind: q.kind,
					search: q.kind === 'search' ? (q.search ?? '') : null,
					sql: q.kind === 'sql' ? (q.sql ?? '') : null,
					view:
						q.kind === 'view' ? check.href : q.kind === 'sql' ? viewHref('sql', { sql: q.sql ?? '' }) : viewHref('search', { q: q.search ?? '', sort: 'rank' }),
					author: pack.author,
					row_count: q.row_count,
					result_digest: q.result_digest,
					archive_sha256: pack.archives.map((a) => a.sha256)
				}
			];
		});
		try {
			const ids = await savedQueries.importRows(rows);
			void auditTrail.record('pack.imported', `pack:${reading.computed}`, {
				file: this.fileName,
				sha256: pack.sha256,
				author: pack.author,
				saved_query_ids: ids,
				skipped: pack.queries.length - rows.length
			});
			this.imported = `${ids.length} of ${pack.queries.length} ${pack.queries.length === 1 ? 'query' : 'queries'} added to Saved${rows.length < pack.queries.length ? ' (those the gate refuses were left out)' : ''}.`;
		} catch (err) {
			this.error = messageOf(err);
		}
	}

	close(): void {
		this.fileName = null;
		this.reading = null;
		this.coverage = null;
		this.checks = [];
		this.outcomes = {};
		this.imported = null;
		this.error = null;
		this.running = null;
	}

	private set(index: number, outcome: QueryOutcome): void {
		this.outcomes = { ...this.outcomes, [index]: outcome };
	}
}

export const packOpening = new PackOpening();
