import { tableFromIPC } from 'apache-arrow';
import { dictionaryColumn, float64Column, int32Column, int64Column, ipcStream, utf8Column } from '$lib/db/arrow-columns';
import { stringsOf } from '$lib/db/queries/search';
import type { MessageKind } from '$lib/model/types';
import type { RiskHit, RiskRule } from '../types';

/** The worker's side of a scan batch: Arrow IPC of (id, kind, text) in, Arrow IPC of risk_hits rows out. Pure. */

export interface ScanInput {
	ids: number[];
	kinds: MessageKind[];
	texts: string[];
}

export type ScanBatchFn = (texts: string[], kinds: MessageKind[], rules: readonly RiskRule[]) => { index: Uint32Array; hits: RiskHit[] };

export interface ScannedBatch {
	/** Messages read from the input batch. */
	messages: number;
	hits: number;
	/** risk_hits rows in table order; empty when there are no hits. */
	ipc: Uint8Array;
}

/** Reads the (id, kind, text) columns of a `scanBatchSql` result. */
export function readScanBatch(ipc: Uint8Array): ScanInput {
	const table = tableFromIPC(ipc);
	const n = table.numRows;
	const ids = table.getChild('id');
	const kinds = table.getChild('kind');
	const texts = table.getChild('text');
	if (n === 0) return { ids: [], kinds: [], texts: [] };
	if (!ids || !kinds || !texts) throw new Error('a scan batch needs the columns id, kind and text');
	// One decode per record batch, not one TextDecoder call per message (7 s of the risk worker's time at 1M messages).
	const out: ScanInput = { ids: new Array(n), kinds: stringsOf(kinds, n) as MessageKind[], texts: stringsOf(texts, n) };
	for (let i = 0; i < n; i++) out.ids[i] = Number(ids.get(i));
	return out;
}

/** risk_hits rows (message_id, rule, category, severity, score, span_start, span_end, explanation) as Arrow IPC. */
export function hitsToIpc(messageIds: readonly number[], index: Uint32Array, hits: readonly RiskHit[]): Uint8Array {
	const n = hits.length;
	return ipcStream(
		[
			['message_id', int64Column(n, (i) => messageIds[index[i]])],
			['rule', dictionaryColumn(n, (i) => hits[i].rule)],
			['category', dictionaryColumn(n, (i) => hits[i].category)],
			['severity', dictionaryColumn(n, (i) => hits[i].severity)],
			['score', float64Column(n, (i) => hits[i].score)],
			['span_start', int32Column(n, (i) => hits[i].start)],
			['span_end', int32Column(n, (i) => hits[i].end)],
			['explanation', utf8Column(n, (i) => hits[i].explanation)]
		],
		n
	);
}

/** What the worker does with one batch. */
export function scanIpcBatch(ipc: Uint8Array, rules: readonly RiskRule[], scanBatch: ScanBatchFn): ScannedBatch {
	const input = readScanBatch(ipc);
	if (input.ids.length === 0 || rules.length === 0) return { messages: input.ids.length, hits: 0, ipc: new Uint8Array(0) };
	const { index, hits } = scanBatch(input.texts, input.kinds, rules);
	return { messages: input.ids.length, hits: hits.length, ipc: hits.length > 0 ? hitsToIpc(input.ids, index, hits) : new Uint8Array(0) };
}
