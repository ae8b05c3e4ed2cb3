// The import's order of things, run in Node through its ports: each input parsed and loaded for real (DuckDB-wasm,
// the in-process parse side), everything else (index, media, audit, tasks) recorded as calls, so what a cancel, a
// skipped CSV, a file that is not an export or a failing task leads to can be read off.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importSummary } from '$lib/db/queries/archives';
import { createNodeDb } from '$lib/db/node';
import type { ParseInput } from '$lib/ingest/worker-protocol';
import { databaseLoader, inProcessSource } from '$lib/pipeline/ports';
import { runPipeline } from '$lib/pipeline/run';
import type { StreamedWork } from '$lib/pipeline/tasks/task';
import { importWorkspaceFiles, type ImportChoices, type ImportOutcome, type ImportProgress, type WorkspaceImportPorts } from '$lib/pipeline/workspace-import';
import { generateExport } from '../../helpers/whatsapp-export';

const CHOICES: ImportChoices = { timeZone: 'UTC', dateOrder: 'auto', keepMedia: false };

function chatFile(name: string, messages: number, seed = 1): File {
	return new File([generateExport(messages, seed).text], name, { type: 'text/plain' });
}

/** A ParseInput of one File, as the parse side in Node reads it. */
async function streamOf(input: ParseInput) {
	const file = 'file' in input ? input.file : input.files[0];
	const bytes = new Uint8Array(await file.arrayBuffer());
	return {
		kind: 'stream' as const,
		name: file.name,
		total: bytes.length,
		head: bytes.subarray(0, 65536),
		open: async function* () {
			yield bytes;
		}
	};
}

interface Calls {
	log: string[];
	afterImport: { archiveIds: number[]; streamed: StreamedWork }[];
	recorded: ImportOutcome[][];
	removed: number;
}

function fakePorts(db: Connector, calls: Calls, over: Partial<WorkspaceImportPorts> = {}): WorkspaceImportPorts {
	return {
		ready: async () => void calls.log.push('ready'),
		beginIndex: () => {
			calls.log.push('beginIndex');
			return async () => {};
		},
		endIndex: async (changed) => void calls.log.push(`endIndex changed=${changed}`),
		async importInput(input, choices, indexer, opts) {
			calls.log.push(`importInput ${choices.csvMapping ? 'with mapping' : ''}`.trim());
			// As the parse worker does: a plain CSV without a mapping stops at needs-mapping.
			const source = inProcessSource(await streamOf(input), { ...choices, askMapping: true });
			return runPipeline({ source, loader: databaseLoader(db), scanner: null, indexer }, opts);
		},
		askCsvMapping: async (name) => {
			calls.log.push(`askCsvMapping ${name}`);
			return null;
		},
		summary: (id) => importSummary(db, id),
		keepMedia: async () => null,
		removeImports: async (froms) => {
			calls.removed += froms.length;
			calls.log.push(`removeImports ${froms.length}`);
			for (const from of [...froms].sort((a, b) => a.messageId - b.messageId).slice(0, 1)) await databaseLoader(db).remove(from);
		},
		afterImport: async (archiveIds, _signal, streamed) => {
			calls.log.push('afterImport');
			calls.afterImport.push({ archiveIds, streamed });
			return [];
		},
		relink: async () => void calls.log.push('relink'),
		recordImports: async (_files, outcomes) => {
			calls.log.push('recordImports');
			calls.recorded.push([...outcomes]);
		},
		save: async () => void calls.log.push('save'),
		...over
	};
}

function view(signal = new AbortController().signal) {
	const seen = { progress: [] as ImportProgress[], outcomes: [] as ImportOutcome[][], refreshes: 0 };
	return {
		seen,
		view: {
			signal,
			progress: (p: ImportProgress) => seen.progress.push(p),
			outcomes: (o: ImportOutcome[]) => seen.outcomes.push(o),
			taskFailures: () => {},
			refresh: async () => void seen.refreshes++
		}
	};
}

const messageCount = async (db: Connector) => Number((await db.query<{ n: bigint }>('SELECT count(*) AS n FROM messages'))[0].n);

describe('importWorkspaceFiles', () => {
	let db: Connector;
	let calls: Calls;
	// Starting DuckDB-wasm can take longer than a hook's default 10 s on a loaded machine.
	beforeEach(async () => {
		db = await createNodeDb();
		calls = { log: [], afterImport: [], recorded: [], removed: 0 };
	}, 60_000);

	it('loads each input, records the outcomes, then runs the tasks after the import with what streamed', async () => {
		const { view: v, seen } = view();
		const outcomes = await importWorkspaceFiles(
			[chatFile('WhatsApp Chat with Ana.txt', 40), chatFile('WhatsApp Chat with Bo.txt', 25, 2)],
			CHOICES,
			fakePorts(db, calls),
			v
		);
		expect(outcomes.map((o) => [o.fileName, o.error, o.summary?.records])).toEqual([
			['WhatsApp Chat with Ana.txt', null, 40],
			['WhatsApp Chat with Bo.txt', null, 25]
		]);
		expect(calls.log).toEqual(['beginIndex', 'ready', 'importInput', 'importInput', 'recordImports', 'afterImport']);
		expect(calls.afterImport).toEqual([{ archiveIds: outcomes.map((o) => o.summary!.id), streamed: { scanned: false, indexed: true } }]);
		expect(seen.progress.map((p) => p.fileIndex).filter((i, n, all) => all.indexOf(i) === n)).toEqual([0, 1]);
		expect(seen.outcomes.at(-1)).toEqual(outcomes);
		expect(await messageCount(db)).toBe(65);
	});

	it('a cancel before the tasks removes what loaded, links people again, drops the index batches and records each file as cancelled', async () => {
		const abort = new AbortController();
		const { view: v } = view(abort.signal);
		const ports = fakePorts(db, calls, {
			recordImports: async (_files, outcomes) => {
				calls.log.push('recordImports');
				calls.recorded.push([...outcomes]);
			}
		});
		// Cancelled while the second file loads: the first is in the database, the second stops part way.
		const first = ports.importInput;
		let inputs = 0;
		ports.importInput = async (input, choices, indexer, opts) => {
			if (++inputs === 2) abort.abort();
			return first(input, choices, indexer, opts);
		};
		const outcomes = await importWorkspaceFiles([chatFile('WhatsApp Chat with Ana.txt', 40), chatFile('WhatsApp Chat with Bo.txt', 25, 2)], CHOICES, ports, v);
		expect(outcomes.map((o) => o.error)).toEqual(['cancelled — nothing from this file was imported', 'cancelled — nothing from this file was imported']);
		expect(calls.log).toEqual(['beginIndex', 'ready', 'importInput', 'importInput', 'removeImports 1', 'relink', 'endIndex changed=true', 'recordImports']);
		expect(calls.recorded).toEqual([outcomes]);
		expect(await messageCount(db)).toBe(0);
	});

	it('a cancel during the tasks after the import removes the import again and records it twice: loaded, then cancelled', async () => {
		const abort = new AbortController();
		const { view: v } = view(abort.signal);
		const ports = fakePorts(db, calls, {
			afterImport: async () => {
				calls.log.push('afterImport');
				abort.abort();
				return [];
			}
		});
		const outcomes = await importWorkspaceFiles([chatFile('WhatsApp Chat with Ana.txt', 30)], CHOICES, ports, v);
		expect(calls.log).toEqual([
			'beginIndex',
			'ready',
			'importInput',
			'recordImports',
			'afterImport',
			'removeImports 1',
			'relink',
			'endIndex changed=true',
			'recordImports'
		]);
		expect(calls.recorded.map((r) => r.map((o) => o.error))).toEqual([[null], ['cancelled — nothing from this file was imported']]);
		expect(outcomes[0].error).toBe('cancelled — nothing from this file was imported');
		expect(await messageCount(db)).toBe(0);
	});

	it('a plain CSV whose columns the person skips is not imported, and says so', async () => {
		const csv = new File(['timestamp,sender,message\n2024-01-02T10:00:00Z,Ana,hello\n2024-01-02T10:05:00Z,Bo,hi there\n'], 'export.csv', { type: 'text/csv' });
		const { view: v } = view();
		const outcomes = await importWorkspaceFiles([csv], CHOICES, fakePorts(db, calls), v);
		expect(outcomes).toEqual([
			{ fileName: 'export.csv', summary: null, duplicate: false, problems: [], error: 'skipped at the column-mapping step — nothing was imported' }
		]);
		expect(calls.log).toEqual(['beginIndex', 'ready', 'importInput', 'askCsvMapping export.csv', 'recordImports', 'endIndex changed=false']);
	});

	it('a file that is no export is reported with the parser’s words, and no task runs', async () => {
		const { view: v } = view();
		const outcomes = await importWorkspaceFiles([new File(['this is not a chat export\nnor is this\n'], 'notes.txt')], CHOICES, fakePorts(db, calls), v);
		expect(outcomes).toHaveLength(1);
		expect(outcomes[0].summary).toBeNull();
		expect(outcomes[0].error).toMatch(/\S/);
		expect(calls.log).not.toContain('afterImport');
		expect(calls.log.at(-1)).toBe('endIndex changed=false');
	});

	it('the same export twice is a duplicate the second time: no tasks run, and the index drops the batches it took', async () => {
		const { view: v } = view();
		await importWorkspaceFiles([chatFile('WhatsApp Chat with Ana.txt', 20)], CHOICES, fakePorts(db, calls), v);
		calls.log = [];
		const again = await importWorkspaceFiles([chatFile('WhatsApp Chat with Ana.txt', 20)], CHOICES, fakePorts(db, calls), v);
		expect(again.map((o) => [o.duplicate, o.error])).toEqual([[true, null]]);
		// Its batches went into the index as they loaded, before the duplicate was known at the end: the index is rebuilt.
		expect(calls.log).toEqual(['beginIndex', 'ready', 'importInput', 'recordImports', 'endIndex changed=true']);
		expect(await messageCount(db)).toBe(20);
	});

	it('an input that throws is reported as failed; the index is marked to be rebuilt since its batches may be in it', async () => {
		const { view: v } = view();
		const ports = fakePorts(db, calls, {
			importInput: async () => {
				calls.log.push('importInput');
				throw new Error('the parse worker stopped');
			}
		});
		const outcomes = await importWorkspaceFiles([chatFile('WhatsApp Chat with Ana.txt', 20)], CHOICES, ports, v);
		expect(outcomes.map((o) => o.error)).toEqual(['the parse worker stopped']);
		expect(calls.log.at(-1)).toBe('endIndex changed=true');
	});
});
