import { buildImportBatches, type ImportBatch, type ImportBatchInput } from '$lib/db/arrow';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { conversationMessageCount, listConversations } from '$lib/db/queries/conversations';
import { messagesPage } from '$lib/db/queries/messages';
import { syntheticChat } from './synthetic';

/**
 * Throughput of importing N messages (default 1M) twice into one fresh engine: the first import also pays for
 * DuckDB-wasm warming up (V8 tiers its code up while it runs), the second shows the steady state.
 * Printed, never asserted; a script rather than a test so the suite never has to skip it:
 *   node --import tsx tests/integration/db/import-1m.bench.ts [N]
 */
const N = Number(process.argv[2] ?? 1_000_000);
const file = syntheticChat(N);
const db = await createNodeDb();
const rate = (rows: number, ms: number) => `${Math.round(rows / (ms / 1000)).toLocaleString('en')} rows/s`;
const lines: string[] = [];

for (const [run, sha] of [
	['cold engine', '0'],
	['warm engine', '1']
]) {
	let buildMs = 0;
	let bytes = 0;
	const buildBatches = (input: ImportBatchInput): ImportBatch[] => {
		const t = performance.now();
		const batches = buildImportBatches(input);
		buildMs = performance.now() - t;
		bytes = batches.reduce((sum, b) => sum + b.ipc.byteLength, 0);
		return batches;
	};
	const t = performance.now();
	const result = await importParsedFile(db, file, { name: `${run}.txt`, bytes: 1, sha256: sha.repeat(64) }, { timeZone: 'Europe/Berlin', buildBatches });
	const total = performance.now() - t;
	if (result.messages !== N || result.duplicate) throw new Error(`imported ${JSON.stringify(result)}`);
	lines.push(
		`${run}: ${N.toLocaleString('en')} messages, ${(bytes / 1e6).toFixed(0)} MB of Arrow IPC`,
		`  build Arrow batches (JS)     ${buildMs.toFixed(0).padStart(6)} ms  ${rate(N, buildMs)}`,
		`  insert into DuckDB and rest  ${(total - buildMs).toFixed(0).padStart(6)} ms  ${rate(N, total - buildMs)}`,
		`  importParsedFile end to end  ${total.toFixed(0).padStart(6)} ms  ${rate(N, total)}`
	);
}

const timed = async (name: string, f: () => Promise<unknown>) => {
	const t = performance.now();
	await f();
	lines.push(`  ${name.padEnd(28)} ${(performance.now() - t).toFixed(0).padStart(6)} ms`);
};
lines.push(`queries over ${(2 * N).toLocaleString('en')} messages:`);
await timed('listConversations', () => listConversations(db));
await timed('conversationMessageCount', () => conversationMessageCount(db, 2));
await timed('messagesPage first 200', () => messagesPage(db, 2, 0, 200));
await timed('messagesPage last 200', () => messagesPage(db, 2, N - 200, 200));
console.log(lines.join('\n'));
