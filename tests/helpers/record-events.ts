/** What readRecords handed on, gathered per part as a user of the events sees it (restarts honoured). */
import type { ParsedMessage } from '../../src/lib/model/types';
import type { RecordColumns } from '../../src/lib/ingest/whatsapp/columns';
import type { ChunkSource } from '../../src/lib/ingest/container/stream-whatsapp';
import { readRecords, type ProduceInput, type RecordEvent, type RecordOptions } from '../../src/lib/pipeline/records';

export interface GatheredPart {
	entry: string;
	name: string;
	platform: string;
	format: string;
	messages: ParsedMessage[];
	close: Extract<RecordEvent, { type: 'close' }> | null;
}

export interface Gathered {
	parts: GatheredPart[];
	done: Extract<RecordEvent, { type: 'done' }> | null;
	needsMapping: boolean;
	restarts: number;
	/** Parts whose records came piece by piece (`whole: false`), by entry. */
	piecewise: string[];
}

export function chunkSource(bytes: Uint8Array, size: number): ChunkSource {
	return async function* () {
		for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
	};
}

export function streamInput(name: string, bytes: Uint8Array, chunk = 1 << 16): ProduceInput {
	return { kind: 'stream', name, total: bytes.length, head: bytes.subarray(0, 65536), open: chunkSource(bytes, chunk) };
}

export async function gatherRecords(input: ProduceInput, opts: RecordOptions = {}): Promise<Gathered> {
	const out: Gathered = { parts: [], done: null, needsMapping: false, restarts: 0, piecewise: [] };
	let part: GatheredPart | null = null;
	const columns = new Map<GatheredPart, RecordColumns[]>();
	await readRecords(input, opts, (e) => {
		switch (e.type) {
			case 'part':
				part = { entry: e.entry, name: e.name, platform: e.platform, format: e.format, messages: [], close: null };
				out.parts.push(part);
				return;
			case 'records':
				part!.messages.push(...e.messages);
				if (!e.whole && !out.piecewise.includes(part!.entry)) out.piecewise.push(part!.entry);
				return;
			case 'columns':
				// Read at the part's close, as the pipeline reads unsent rows: a held record may still become a system record.
				(columns.get(part!) ?? columns.set(part!, []).get(part!)!).push(e.columns);
				if (!out.piecewise.includes(part!.entry)) out.piecewise.push(part!.entry);
				return;
			case 'restart':
				out.restarts++;
				part!.messages = [];
				columns.delete(part!);
				return;
			case 'close':
				for (const c of columns.get(part!) ?? []) part!.messages.push(...c.messages());
				columns.delete(part!);
				part!.close = e;
				return;
			case 'needs-mapping':
				out.needsMapping = true;
				return;
			case 'done':
				out.done = e;
		}
	});
	return out;
}
