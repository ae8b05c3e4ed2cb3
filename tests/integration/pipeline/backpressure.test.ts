// Backpressure reaches the parse side: while a side (here the risk scan) is slow, the parser stops reading and
// parsing, so the batches made and not yet done stay under a bound whatever the input's size; a cancel while the
// parser waits leaves the tables as they were.
import { describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { PARSE_AHEAD } from '$lib/pipeline/credit';
import type { PipelineEvent, StreamStart } from '$lib/pipeline/events';
import { databaseLoader, inProcessSource } from '$lib/pipeline/ports';
import type { ProduceInput } from '$lib/pipeline/records';
import { runPipeline, SIDE_BACKLOG, type PipelinePorts } from '$lib/pipeline/run';
import { allRules } from '$lib/risk/registry';
import { scanBatch } from '$lib/risk/scan';
import { scanIpcBatch } from '$lib/risk/worker/batch';
import { generateExport } from '../../helpers/whatsapp-export';
import { generateTelegramExport } from '../../helpers/telegram-export';
import { writeZip } from '../../unit/ingest/helpers/zip-writer';

const timeZone = 'Europe/Berlin';
const rules = allRules();
const TABLES = ['archives', 'conversations', 'participants', 'messages', 'attachments', 'unparsed_lines', 'risk_hits'] as const;
const SIZES = { firstBatchSize: 200, batchSize: 300 };
// Chunks small enough that one chunk parses into at most one batch: the parser can only stop between chunks.
const CHUNK = 16 * 1024;

const chat = generateExport(20_000, 7);
const telegram = generateTelegramExport({ chats: 3, perChat: 4_000, seed: 3 });

function streamOf(name: string, bytes: Uint8Array): ProduceInput {
	return {
		kind: 'stream',
		name,
		total: bytes.length,
		head: bytes.subarray(0, 65536),
		open: async function* () {
			for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.slice(at, at + CHUNK);
		}
	};
}

const encode = (s: string) => new TextEncoder().encode(s);

const INPUTS: [string, () => ProduceInput, number][] = [
	['a WhatsApp text read in chunks', () => streamOf('WhatsApp Chat with Ops.txt', encode(chat.text)), chat.messages],
	['a Telegram result.json read in chunks', () => streamOf('result.json', encode(telegram.text)), telegram.messages],
	[
		'a WhatsApp text inside a zip, its member inflated in pieces',
		() => streamOf('chat.zip', writeZip([{ name: 'WhatsApp Chat with Ops.txt', data: chat.text }])),
		chat.messages
	],
	[
		'a file parsed whole (given as files), handed on batch by batch',
		() => ({ kind: 'files', name: 'chat', files: [{ name: 'WhatsApp Chat with Ops.txt', bytes: encode(chat.text) }] }),
		chat.messages
	]
];

async function tables(db: Connector): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const t of TABLES) out[t] = await db.query(`SELECT * FROM ${t} ORDER BY ALL`);
	return out;
}

/** A pipeline whose risk scan takes `delay` ms a batch, counting batches made by the parser and not yet scanned. */
function slowPorts(db: Connector, input: ProduceInput, delay: number, watch: { made: number; scanned: number; most: number }): PipelinePorts {
	const source = inProcessSource(input, { streamMembersAbove: 0 }, (e: PipelineEvent) => {
		if (e.type !== 'batch') return;
		watch.made++;
		watch.most = Math.max(watch.most, watch.made - watch.scanned);
	});
	return {
		source: (start: StreamStart, signal: AbortSignal) => source({ ...start, ...SIZES }, signal),
		loader: databaseLoader(db),
		scanner: async (ipc) => {
			await new Promise((r) => setTimeout(r, delay));
			watch.scanned++;
			return scanIpcBatch(ipc, rules, scanBatch);
		},
		indexer: null
	};
}

describe('backpressure from the pipeline to the parser', () => {
	it.each(INPUTS)('%s: batches made and not yet scanned never pass the bound while the scan is slow', { timeout: 120_000 }, async (_name, input, messages) => {
		const db = await createNodeDb();
		const watch = { made: 0, scanned: 0, most: 0 };
		const result = await runPipeline(slowPorts(db, input(), 3, watch), { timeZone, signal: new AbortController().signal });
		expect(result.failures).toEqual([]);
		expect(result.archives.map((a) => a.messages)).toEqual([messages]);
		expect(watch.made).toBeGreaterThan(40);
		expect(watch.scanned).toBe(watch.made);
		// One scanning and SIDE_BACKLOG (3) waiting for the scanner, one being loaded, two sent ahead, one being made:
		// a fixed number, not the file's ~65 batches.
		expect(SIDE_BACKLOG + PARSE_AHEAD).toBe(5);
		expect(watch.most).toBeLessThanOrEqual(8);
	});

	it('a cancel while the parser waits for credit leaves every table as it was', { timeout: 60_000 }, async () => {
		const db = await createNodeDb();
		const other = generateExport(2_000, 9);
		await runPipeline(slowPorts(db, streamOf('WhatsApp Chat with Bo.txt', encode(other.text)), 0, { made: 0, scanned: 0, most: 0 }), {
			timeZone,
			signal: new AbortController().signal
		});
		const before = await tables(db);
		const abort = new AbortController();
		const watch = { made: 0, scanned: 0, most: 0 };
		let cancelledAt = -1;
		const run = runPipeline(slowPorts(db, streamOf('WhatsApp Chat with Ops.txt', encode(chat.text)), 40, watch), {
			timeZone,
			signal: abort.signal,
			onProgress: (p) => {
				if (cancelledAt < 0 && p.loaded >= 1_500) {
					cancelledAt = watch.made;
					abort.abort();
				}
			}
		});
		await expect(run).rejects.toThrow(/cancelled/);
		expect(cancelledAt).toBeGreaterThan(0);
		// The parser was held back: it had made only a few batches of the ~65 the file holds.
		expect(watch.made).toBeLessThan(20);
		expect(await tables(db)).toEqual(before);
	});
});
