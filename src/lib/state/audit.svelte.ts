import { actionLabel, entrySummary } from '$lib/audit/actions';
import { LatestQuery } from './latest.svelte';
import type { AuditRecord } from '$lib/audit/chain';
import { headOfRecords, logAsCsv, logAsJsonLines, logFileName, readWholeLog } from '$lib/audit/export';
import { verifyChain } from '$lib/audit/chain';
import { getConnectors } from '$lib/db';
import {
	auditActions,
	auditActors,
	auditCount,
	auditPage,
	auditPlaceOf,
	NO_AUDIT_FILTER,
	recordedAuditHead,
	type AuditFacet,
	type AuditFilter
} from '$lib/db/queries/audit';
import { redaction } from './redaction.svelte';

export const AUDIT_PAGE_SIZE = 100;

export interface ShownEntry {
	record: AuditRecord;
	label: string;
	/** One line from the details, through the redaction switch. */
	summary: string;
	/** The details as stored (canonical JSON), through the redaction switch. */
	details: string;
}

export interface LogFile {
	name: string;
	text: string;
	type: string;
	entries: number;
}

/** The Audit page: a filtered, paged view of the log, newest first by default. */
class AuditView {
	filter = $state<AuditFilter>({ ...NO_AUDIT_FILTER });
	newestFirst = $state(true);
	offset = $state(0);
	entries = $state.raw<ShownEntry[]>([]);
	total = $state(0);
	actions = $state.raw<AuditFacet[]>([]);
	actors = $state.raw<AuditFacet[]>([]);
	/** The entry whose details are open. */
	open = $state<number | null>(null);
	private readonly query = new LatestQuery();
	get loading(): boolean {
		return this.query.loading;
	}
	get error(): string | null {
		return this.query.error;
	}

	get filtered(): boolean {
		const f = this.filter;
		return Boolean(f.action || f.actor || f.from || f.to || f.text.trim());
	}

	async load(): Promise<void> {
		const f = $state.snapshot(this.filter);
		await this.query.run(
			async () => {
				const { db } = await getConnectors();
				return Promise.all([auditPage(db, f, this.offset, AUDIT_PAGE_SIZE, this.newestFirst), auditCount(db, f), auditActions(db), auditActors(db)]);
			},
			([rows, total, actions, actors]) => {
				this.entries = rows.map(shown);
				this.total = total;
				this.actions = actions;
				this.actors = actors;
			}
		);
	}

	setFilter(change: Partial<AuditFilter>): void {
		this.filter = { ...this.filter, ...change };
		this.offset = 0;
		void this.load();
	}

	clearFilter(): void {
		this.filter = { ...NO_AUDIT_FILTER };
		this.offset = 0;
		void this.load();
	}

	setOrder(newestFirst: boolean): void {
		this.newestFirst = newestFirst;
		this.offset = 0;
		void this.load();
	}

	page(step: -1 | 1): void {
		const next = this.offset + step * AUDIT_PAGE_SIZE;
		if (next < 0 || next >= this.total) return;
		this.offset = next;
		void this.load();
	}

	/** Shows entry `seq` (clearing the filter when it hides it) with its details open. */
	async goTo(seq: number): Promise<void> {
		const { db } = await getConnectors();
		let place = await auditPlaceOf(db, $state.snapshot(this.filter), seq, this.newestFirst);
		const inFilter = (await auditPage(db, $state.snapshot(this.filter), place, 1, this.newestFirst))[0]?.seq === seq;
		if (!inFilter) {
			this.filter = { ...NO_AUDIT_FILTER };
			place = await auditPlaceOf(db, NO_AUDIT_FILTER, seq, this.newestFirst);
		}
		this.offset = Math.floor(place / AUDIT_PAGE_SIZE) * AUDIT_PAGE_SIZE;
		this.open = seq;
		await this.load();
	}

	toggle(seq: number): void {
		this.open = this.open === seq ? null : seq;
	}
}

function shown(r: AuditRecord): ShownEntry {
	let summary: string;
	try {
		summary = entrySummary(r.action, JSON.parse(r.detail));
	} catch {
		summary = r.detail;
	}
	return { record: r, label: actionLabel(r.action), summary: redaction.shown(summary), details: redaction.shown(r.detail) };
}

/**
 * The whole log as files to keep outside the browser, all read at once (so they end at the same entry) and verified
 * as read. Never redacted: they must verify.
 */
export async function auditLogFiles(formats: readonly ('jsonl' | 'csv')[]): Promise<LogFile[]> {
	const { db } = await getConnectors();
	const records = await readWholeLog(db);
	const head = headOfRecords(records);
	const verdict = verifyChain(records, await recordedAuditHead(db));
	return formats.map((format) =>
		format === 'csv'
			? { name: logFileName(head, format), text: logAsCsv(records), type: 'text/csv;charset=utf-8', entries: records.length }
			: {
					name: logFileName(head, format),
					text: logAsJsonLines(records, verdict, new Date().toISOString()),
					type: 'application/x-ndjson',
					entries: records.length
				}
	);
}

export const auditView = new AuditView();
