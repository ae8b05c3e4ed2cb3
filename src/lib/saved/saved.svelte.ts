import { auditTrail } from '$lib/audit/trail.svelte';
import { getConnectors } from '$lib/db';
import {
	archiveHashes,
	deleteSavedQuery,
	insertSavedQuery,
	listSavedQueries,
	updateSavedQuery,
	type NewSavedQuery,
	type SavedKind,
	type SavedQueryEdit,
	type SavedQueryRow
} from '$lib/db/queries/saved';
import { download } from '$lib/download';
import { persistence } from '$lib/state/persistence.svelte';
import { buildPack, packText } from './pack';
import { runSearchDigest, runSqlDigest } from './run';

/** What a page hands to "Save…": the kind, what it runs, and the view's URL. */
export interface SaveRequest {
	kind: SavedKind;
	search?: string;
	sql?: string;
	view: string;
}

export interface SaveWords {
	name: string;
	description: string;
	tags: string[];
}

export type Outcome = { ok: true; id: number } | { ok: false; error: string };

const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** 'a, b ,, c' → ['a', 'b', 'c'] (trimmed, no empties, no repeats). */
export function parseTags(text: string): string[] {
	return [
		...new Set(
			text
				.split(',')
				.map((t) => t.trim())
				.filter((t) => t !== '')
		)
	];
}

/** The Saved page's list, and saving, editing, deleting and exporting saved queries (all recorded in the audit log). */
class SavedQueries {
	rows = $state.raw<SavedQueryRow[]>([]);
	loaded = $state(false);
	error = $state<string | null>(null);

	async load(): Promise<void> {
		try {
			this.rows = await listSavedQueries((await getConnectors()).db);
			this.error = null;
		} catch (err) {
			this.error = messageOf(err);
		} finally {
			this.loaded = true;
		}
	}

	/** Saves the query with the result it gives now (row count and digest), refused when its SQL does not pass the gate. */
	async save(request: SaveRequest, words: SaveWords): Promise<Outcome> {
		const name = words.name.trim();
		if (name === '') return { ok: false, error: 'A saved query needs a name.' };
		try {
			let result: { rows: number; digest: string } | null = null;
			if (request.kind === 'sql') result = await runSqlDigest(request.sql ?? '');
			if (request.kind === 'search') result = await runSearchDigest(request.search ?? '');
			const { db } = await getConnectors();
			const row: NewSavedQuery = {
				name,
				description: words.description.trim(),
				tags: words.tags,
				kind: request.kind,
				search: request.kind === 'search' ? (request.search ?? '') : null,
				sql: request.kind === 'sql' ? (request.sql ?? '') : null,
				view: request.view,
				author: auditTrail.actor,
				row_count: result?.rows ?? null,
				result_digest: result?.digest ?? null,
				archive_sha256: (await archiveHashes(db)).map((a) => a.sha256)
			};
			const id = await insertSavedQuery(db, row);
			void auditTrail.record('saved_query.created', `saved_query:${id}`, {
				id,
				name,
				kind: row.kind,
				search: row.search,
				sql: row.sql,
				view: row.view,
				tags: row.tags,
				row_count: row.row_count,
				result_digest: row.result_digest,
				archives: row.archive_sha256
			});
			void persistence.save();
			await this.load();
			return { ok: true, id };
		} catch (err) {
			return { ok: false, error: `Not saved: ${messageOf(err)}` };
		}
	}

	async edit(row: SavedQueryRow, edit: SavedQueryEdit): Promise<Outcome> {
		const name = edit.name.trim();
		if (name === '') return { ok: false, error: 'A saved query needs a name.' };
		try {
			const { db } = await getConnectors();
			const next = { name, description: edit.description.trim(), tags: edit.tags };
			await updateSavedQuery(db, row.id, next);
			void auditTrail.record('saved_query.updated', `saved_query:${row.id}`, {
				id: row.id,
				before: { name: row.name, description: row.description, tags: row.tags },
				after: next
			});
			void persistence.save();
			await this.load();
			return { ok: true, id: row.id };
		} catch (err) {
			return { ok: false, error: messageOf(err) };
		}
	}

	async remove(row: SavedQueryRow): Promise<void> {
		try {
			await deleteSavedQuery((await getConnectors()).db, row.id);
			void auditTrail.record('saved_query.deleted', `saved_query:${row.id}`, {
				id: row.id,
				name: row.name,
				kind: row.kind,
				search: row.search,
				sql: row.sql,
				view: row.view
			});
			void persistence.save();
			await this.load();
		} catch (err) {
			this.error = messageOf(err);
		}
	}

	recordRun(row: SavedQueryRow): void {
		void auditTrail.record('saved_query.run', `saved_query:${row.id}`, { id: row.id, name: row.name, kind: row.kind });
	}

	/** The chosen saved queries as one query pack, through the download door. */
	async exportPack(ids: readonly number[]): Promise<string | null> {
		const chosen = this.rows.filter((r) => ids.includes(r.id));
		if (chosen.length === 0) return null;
		const { db } = await getConnectors();
		const archives = (await archiveHashes(db)).map((a) => ({ sha256: a.sha256, name: a.file_name }));
		const pack = buildPack(auditTrail.actor, new Date(), chosen, archives);
		const stamp = pack.created_at.slice(0, 19).replace(/[:T]/g, '-');
		const name = `parley-query-pack-${stamp}.json`;
		await download(name, packText(pack), 'application/json', { what: 'query pack', rows: chosen.length, redacted: false });
		void auditTrail.record('pack.exported', `pack:${pack.sha256}`, {
			file: name,
			sha256: pack.sha256,
			queries: chosen.map((r) => ({ id: r.id, name: r.name })),
			archives: pack.archives.map((a) => a.sha256)
		});
		return pack.sha256;
	}

	/** Adds queries (from a received pack) as saved queries, keeping their author, result and archives. */
	async importRows(rows: readonly NewSavedQuery[]): Promise<number[]> {
		const { db } = await getConnectors();
		const ids: number[] = [];
		for (const row of rows) ids.push(await insertSavedQuery(db, row));
		void persistence.save();
		await this.load();
		return ids;
	}
}

export const savedQueries = new SavedQueries();
