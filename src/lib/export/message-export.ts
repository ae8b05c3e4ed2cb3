import { getConnectors } from '$lib/db';
import { messageSources, messageSourcesById, participantsOf, type MessageSourceRow } from '$lib/db/queries/exports';
import { download, type ExportReceipt } from '$lib/download';
import { mediaByName } from '$lib/db/queries/media';
import { attachmentStore } from '$lib/state/attachments.svelte';
import { redaction } from '$lib/state/redaction.svelte';
import { messageRecord, recordsCsv, recordsJsonl } from './messages';
import { buildRsmf, packRsmf } from './rsmf';
import type { SliceHours } from './rsmf/slice';

const HIT_COLUMNS = ['rank', 'score'] as const;

/** Exports of messages (a conversation, a search's hits, a selection) as CSV, JSON Lines or RSMF, through the one download door. */

export type MessageExportFormat = 'csv' | 'jsonl' | 'rsmf';

export type ExportScope =
	| { kind: 'conversation'; conversationId: number; title: string }
	| { kind: 'search'; query: string; hits: () => Promise<SearchHits> }
	| { kind: 'selection'; conversationIds: number[]; from: string | null; to: string | null };

/** A search's hits in their order, with scores: asked for when the export runs (a result on screen holds only its first page). */
export interface SearchHits {
	ids: number[];
	scores: number[];
}

/** A scope whose search hits have been asked for. */
type ResolvedScope = Exclude<ExportScope, { kind: 'search' }> | { kind: 'search'; query: string; ids: number[]; scores: number[] };

async function resolved(scope: ExportScope): Promise<ResolvedScope> {
	return scope.kind === 'search' ? { kind: 'search', query: scope.query, ...(await scope.hits()) } : scope;
}

const DAY_MS = 86_400_000;

/** An inclusive last day → the exclusive bound the query takes. */
function dayAfter(day: string): string {
	return new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
}

async function rowsOf(scope: ResolvedScope): Promise<MessageSourceRow[]> {
	const { db } = await getConnectors();
	switch (scope.kind) {
		case 'conversation':
			return messageSources(db, { conversationIds: [scope.conversationId] });
		case 'search':
			return messageSourcesById(db, scope.ids);
		case 'selection':
			return messageSources(db, { conversationIds: scope.conversationIds, from: scope.from, to: scope.to ? dayAfter(scope.to) : null });
	}
}

/** What the scope is, in words, for the receipt and the audit log (titles as they may be shown). */
export function describeScope(scope: ExportScope | ResolvedScope): string {
	switch (scope.kind) {
		case 'conversation':
			return `conversation ${redaction.shown(scope.title)}`;
		case 'search':
			return `search hits for ${scope.query}`;
		case 'selection':
			return `${scope.conversationIds.length} conversation${scope.conversationIds.length === 1 ? '' : 's'}${scope.from || scope.to ? `, ${scope.from ?? 'start'} to ${scope.to ?? 'end'}` : ''}`;
	}
}

/** The bytes of the files these rows' archives carried, by the name messages use; null when neither kept nor held in this tab. */
async function attachmentBytesOf(rows: readonly MessageSourceRow[]): Promise<(name: string) => Promise<Uint8Array | null>> {
	const { db } = await getConnectors();
	const byName = await mediaByName(db, [...new Set(rows.map((r) => r.archive_sha256))]);
	return async (name) => {
		const recorded = byName.get(name);
		return recorded ? attachmentStore.bytesOf(recorded.sha256, recorded.bytes) : null;
	};
}

function stem(scope: ResolvedScope): string {
	return scope.kind === 'search' ? 'parley-search-hits' : scope.kind === 'conversation' ? `parley-conversation-${scope.conversationId}` : 'parley-messages';
}

export async function exportMessages(asked: ExportScope, format: MessageExportFormat, hours: SliceHours = 24): Promise<ExportReceipt> {
	const scope = await resolved(asked);
	let rows = await rowsOf(scope);
	const redacted = redaction.enabled;
	const what = describeScope(scope);
	if (format !== 'rsmf') {
		const records = rows.map((r) => messageRecord(r, redaction));
		let text: string;
		if (scope.kind === 'search') {
			// A search export keeps the hits' order, with their rank and score first.
			const at = new Map(scope.ids.map((id, i) => [id, i]));
			const hits = records.map((rec) => ({ ...rec, rank: at.get(rec.message_id)! + 1, score: scope.scores[at.get(rec.message_id)!] }));
			text = format === 'csv' ? recordsCsv(hits, HIT_COLUMNS) : recordsJsonl(hits, HIT_COLUMNS);
		} else text = format === 'csv' ? recordsCsv(records) : recordsJsonl(records);
		const type = format === 'csv' ? 'text/csv;charset=utf-8' : 'application/x-ndjson';
		return download(`${stem(scope)}.${format}`, text, type, { what: `${what} (${format === 'csv' ? 'CSV' : 'JSON Lines'})`, rows: records.length, redacted });
	}
	// RSMF reads conversations in order, each in source order, whatever order the hits came in.
	if (scope.kind === 'search') rows = [...rows].sort((a, b) => a.conversation_id - b.conversation_id || a.pos - b.pos);
	const { db } = await getConnectors();
	const ids = [...new Set(rows.flatMap((r) => (r.participant_id === null ? [] : [r.participant_id])))];
	const participants = new Map((await participantsOf(db, ids)).map((p) => [p.id, p]));
	const files = await buildRsmf(rows, { hours, participants, redactor: redaction, attachments: await attachmentBytesOf(rows) });
	if (files.length === 0) throw new Error('there are no messages to export');
	const pack = packRsmf(files, redacted);
	return download(pack.name, pack.bytes, pack.type, { what: `${what} (RSMF 2.0, ${hours}-hour files: ${files.length})`, rows: rows.length, redacted });
}
