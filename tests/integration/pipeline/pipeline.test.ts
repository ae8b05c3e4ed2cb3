import { describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { parseSourceStream } from '$lib/ingest/parse-source';
import type { PipelineEvent, StreamStart } from '$lib/pipeline/events';
import { databaseLoader, inProcessSource } from '$lib/pipeline/ports';
import { runPipeline, SIDE_BACKLOG, type PipelinePorts, type PipelineProgress, type PipelineResult } from '$lib/pipeline/run';
import { allRules } from '$lib/risk/registry';
import { scanBatch } from '$lib/risk/scan';
import { scanIpcBatch } from '$lib/risk/worker/batch';
import { runScan } from '$lib/risk/worker/scan-run';
import { searchBatchFromIPC } from '$lib/db/queries/search';
import { readFileSync } from 'node:fs';
import { generateExport } from '../../helpers/whatsapp-export';
import { generateTelegramExport } from '../../helpers/telegram-export';

const timeZone = 'Europe/Berlin';
const TABLES = ['archives', 'conversations', 'participants', 'messages', 'attachments', 'unparsed_lines', 'risk_hits'] as const;
const rules = allRules();
const scanInProcess = (ipc: Uint8Array) => Promise.resolve(scanIpcBatch(ipc, rules, scanBatch));

function chunked(bytes: Uint8Array, size = 65536) {
	return async function* () {
		for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
	};
}

function input(name: string, text: string | Uint8Array) {
	const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
	return { kind: 'stream' as const, name, total: bytes.length, head: bytes.subarray(0, 65536), open: chunked(bytes) };
}

/** Every row of the import tables, in a fixed order; `imported_at` only when comparing a database with itself. */
async function tables(db: Connector, withTimes = false): Promise<Record<string, unknown[]>> {
	const out: Record<string, unknown[]> = {};
	for (const t of TABLES) {
		const exclude = t === 'archives' && !withTimes ? ' EXCLUDE (imported_at)' : '';
		out[t] = await db.query(`SELECT *${exclude} FROM ${t} ORDER BY ALL`);
	}
	return out;
}

/** The import as it was before this issue: parse the whole file, load it in one transaction, then scan what was loaded. */
async function importWhole(db: Connector, name: string, text: string | Uint8Array): Promise<void> {
	const i = input(name, text);
	const parsed = await parseSourceStream(i.name, i.total, i.head, i.open);
	for (const p of parsed.parsed) {
		const { archiveId, duplicate } = await importParsedFile(db, p.file, p.source, { timeZone });
		if (!duplicate) await runScan(db, { archiveIds: [archiveId], scan: scanInProcess, report: () => {} });
	}
}

interface Seen {
	events: PipelineEvent['type'][];
	batchIds: [number, number][];
	indexed: number[];
}

function ports(
	db: Connector,
	name: string,
	text: string | Uint8Array,
	seen: Seen,
	over: Partial<PipelinePorts> = {},
	sizes = { firstBatchSize: 500, batchSize: 2_000 }
): PipelinePorts {
	const source = inProcessSource(input(name, text));
	return {
		source: (start: StreamStart, signal: AbortSignal) => {
			const events = source({ ...start, ...sizes }, signal);
			return (async function* () {
				for await (const e of events) {
					seen.events.push(e.type);
					if (e.type === 'batch') {
						const ids = searchBatchFromIPC(e.search as Uint8Array).ids;
						seen.batchIds.push([ids[0], ids[ids.length - 1]]);
					}
					yield e;
				}
			})();
		},
		loader: databaseLoader(db),
		scanner: scanInProcess,
		indexer: async (ipc) => void seen.indexed.push(...searchBatchFromIPC(ipc).ids),
		...over
	};
}

const fresh = (): Seen => ({ events: [], batchIds: [], indexed: [] });
const first = generateExport(9_000, 1);
const second = generateExport(3_000, 2);

describe('the streaming import pipeline on DuckDB-wasm', () => {
	it('sends batches in order, each after its archive opened, and loads the same rows as the whole-file import', async () => {
		const whole = await createNodeDb();
		await importWhole(whole, 'WhatsApp Chat with Ops.txt', first.text);
		await importWhole(whole, 'WhatsApp Chat with Bo.txt', second.text);

		const streamed = await createNodeDb();
		const seen = fresh();
		const a = await runPipeline(ports(streamed, 'WhatsApp Chat with Ops.txt', first.text, seen), { timeZone, signal: new AbortController().signal });
		const b = await runPipeline(ports(streamed, 'WhatsApp Chat with Bo.txt', second.text, fresh()), { timeZone, signal: new AbortController().signal });

		expect(a.archives).toEqual([{ archiveId: 1, entry: '', duplicate: false, messages: first.messages }]);
		expect(b.archives).toEqual([{ archiveId: 2, entry: '', duplicate: false, messages: second.messages }]);
		expect([a.failures, a.scanned, a.indexed]).toEqual([[], true, true]);
		// part, then batches (the first of 500, then 2,000 each), then close, then done; progress events in between
		const order = seen.events.filter((t) => t !== 'progress');
		expect(order[0]).toBe('part');
		expect(order.slice(-2)).toEqual(['close', 'done']);
		expect(order.slice(1, -2).every((t) => t === 'batch')).toBe(true);
		expect(seen.batchIds[0]).toEqual([1, 500]);
		for (let i = 1; i < seen.batchIds.length; i++) expect(seen.batchIds[i][0]).toBe(seen.batchIds[i - 1][1] + 1);
		expect(seen.batchIds.at(-1)?.[1]).toBe(first.messages);
		expect(seen.indexed).toEqual(Array.from({ length: first.messages }, (_, i) => i + 1));

		expect(await tables(streamed)).toEqual(await tables(whole));
		const [{ n }] = await streamed.query<{ n: number }>(`SELECT count(DISTINCT message_id) AS n FROM risk_hits WHERE category = 'pii.email'`);
		expect(n).toBe(first.risky + second.risky);
	});

	it('scans several batches at once, answers out of order, and stops reading while the scanners are behind', async () => {
		const whole = await createNodeDb();
		await importWhole(whole, 'WhatsApp Chat with Ops.txt', first.text);

		const streamed = await createNodeDb();
		let running = 0;
		let mostAtOnce = 0;
		let yielded = 0;
		let scanned = 0;
		let mostBehind = 0;
		let turn = 0;
		// Later batches answer sooner than earlier ones (delays 30, 5, 20, 30, 5, …): their hits land out of order.
		const unevenScan = async (ipc: Uint8Array) => {
			running++;
			mostAtOnce = Math.max(mostAtOnce, running);
			await new Promise((r) => setTimeout(r, [30, 5, 20][turn++ % 3]));
			running--;
			scanned++;
			return scanIpcBatch(ipc, rules, scanBatch);
		};
		const base = ports(
			streamed,
			'WhatsApp Chat with Ops.txt',
			first.text,
			fresh(),
			{ scanner: unevenScan, scanParallel: 3 },
			{ firstBatchSize: 200, batchSize: 300 }
		);
		const counted: PipelinePorts = {
			...base,
			source: (start, signal) =>
				(async function* () {
					for await (const e of base.source(start, signal)) {
						if (e.type === 'batch') mostBehind = Math.max(mostBehind, ++yielded - scanned);
						yield e;
					}
				})()
		};
		const result = await runPipeline(counted, { timeZone, signal: new AbortController().signal });

		expect([result.failures, result.scanned]).toEqual([[], true]);
		expect(yielded).toBeGreaterThan(25);
		expect(mostAtOnce).toBe(3);
		// Three scanning, SIDE_BACKLOG waiting, and the batch being loaded: never the whole file in memory.
		expect(mostBehind).toBeLessThanOrEqual(3 + SIDE_BACKLOG + 1);
		expect(await tables(streamed)).toEqual(await tables(whole));
	});

	it('says an input imported before is a duplicate and leaves every table as it was', async () => {
		const db = await createNodeDb();
		await runPipeline(ports(db, 'WhatsApp Chat with Bo.txt', second.text, fresh()), { timeZone, signal: new AbortController().signal });
		const before = await tables(db, true);
		const again = await runPipeline(ports(db, 'a copy.txt', second.text, fresh()), { timeZone, signal: new AbortController().signal });
		expect(again.archives).toEqual([{ archiveId: 1, entry: '', duplicate: true, messages: second.messages }]);
		expect(again.indexed).toBe(false);
		expect(await tables(db, true)).toEqual(before);
	});

	it.each([
		['after the first batch loaded', (p: { loaded: number }) => p.loaded >= 500],
		['half way through', (p: { loaded: number }) => p.loaded >= 4_500],
		['while the parse has not sent a batch yet', (p: { loaded: number; bytes: number }) => p.bytes > 0 && p.loaded === 0]
	])('cancelled %s, leaves every table as it was before', async (_, when) => {
		const db = await createNodeDb();
		await runPipeline(ports(db, 'WhatsApp Chat with Bo.txt', second.text, fresh()), { timeZone, signal: new AbortController().signal });
		const before = await tables(db, true);
		const abort = new AbortController();
		let loadedAtCancel = -1;
		// A slow scanner: hits still on their way when the cancel comes must not land after the rows are gone.
		const slowScan = (ipc: Uint8Array) =>
			new Promise<ReturnType<typeof scanIpcBatch>>((resolve) => setTimeout(() => resolve(scanIpcBatch(ipc, rules, scanBatch)), 20));
		const run = runPipeline(ports(db, 'WhatsApp Chat with Ops.txt', first.text, fresh(), { scanner: slowScan }), {
			timeZone,
			signal: abort.signal,
			onProgress: (p) => {
				if (loadedAtCancel < 0 && when(p)) {
					loadedAtCancel = p.loaded;
					abort.abort();
				}
			}
		});
		await expect(run).rejects.toThrow(/cancelled/);
		expect(loadedAtCancel).toBeGreaterThanOrEqual(0);
		expect(loadedAtCancel).toBeLessThan(first.messages);
		expect(await tables(db, true)).toEqual(before);
	});

	it('names the side still catching up once the source is read: scanning while scans are behind, then finishing', async () => {
		const db = await createNodeDb();
		const slowScan = (ipc: Uint8Array) =>
			new Promise<ReturnType<typeof scanIpcBatch>>((resolve) => setTimeout(() => resolve(scanIpcBatch(ipc, rules, scanBatch)), 20));
		const seen: PipelineProgress[] = [];
		await runPipeline(ports(db, 'WhatsApp Chat with Ops.txt', first.text, fresh(), { scanner: slowScan }), {
			timeZone,
			signal: new AbortController().signal,
			onProgress: (p) => seen.push(p)
		});
		// The phases in the order they were first reported, and what the counts were when each was.
		const order = seen.map((p) => p.phase).filter((ph, i, all) => all.indexOf(ph) === i);
		expect(order.slice(-2)).toEqual(['scanning', 'finishing']);
		for (const p of seen.filter((q) => q.phase === 'scanning')) {
			expect(p.loaded).toBe(first.messages);
			expect(p.scanned).toBeLessThan(p.loaded);
		}
		const last = seen.at(-1)!;
		expect([last.phase, last.loaded, last.scanned, last.indexed]).toEqual(['finishing', first.messages, first.messages, first.messages]);
	});

	it.each([
		['the risk scanner', 'scanning', { scanner: failingOn<ReturnType<typeof scanIpcBatch>>(2, 'rules out of memory') }],
		['the search indexer', 'indexing', { indexer: failingOn<unknown>(3, 'index out of memory') }]
	] as const)('keeps the import when %s fails, and says so', async (_, step, over) => {
		const db = await createNodeDb();
		const result: PipelineResult = await runPipeline(ports(db, 'WhatsApp Chat with Ops.txt', first.text, fresh(), over as Partial<PipelinePorts>), {
			timeZone,
			signal: new AbortController().signal
		});
		expect(result.failures).toEqual([{ step, message: expect.stringMatching(/out of memory/) }]);
		expect(step === 'scanning' ? result.scanned : result.indexed).toBe(false);
		expect(await db.query(`SELECT count(*) AS n, max(messages) AS m FROM archives`)).toEqual([{ n: 1, m: first.messages }]);
		expect(await db.query(`SELECT count(*) AS n FROM messages`)).toEqual([{ n: first.messages }]);
	});
});

/** Over 1 MB of dates that read alike day-first and month-first, then dates that settle it (`order` the file's own). */
function lateDateOrder(order: 'DMY' | 'MDY'): string {
	const lines: string[] = [];
	for (let day = 1; day <= 20; day++) {
		const date = order === 'DMY' ? `${day}/1/20` : `1/${day}/20`;
		const n = day <= 12 ? 2_000 : 50;
		for (let i = 0; i < n; i++) lines.push(`${date}, 10:${String(i % 60).padStart(2, '0')} - ${i % 3 ? 'Ana' : 'Bo'}: pallet ${i} cleared at dock ${day}`);
	}
	return lines.join('\n') + '\n';
}

/** A file that is UTF-8 until a Latin-1 byte far past the first batch. */
function latin1Late(): Uint8Array {
	const head = new TextEncoder().encode(generateExport(20_000, 3).text);
	const tail = Uint8Array.from([...'1/2/20, 9:00\u202fAM - Bo Li: caf'].map((c) => c.charCodeAt(0) & 0xff).concat([0xe9, 0x0a]));
	const out = new Uint8Array(head.length + tail.length);
	out.set(head);
	out.set(tail, head.length);
	return out;
}

describe('a part read again', () => {
	it.each([
		['a day-first file whose first megabyte reads either way', new TextEncoder().encode(lateDateOrder('DMY'))],
		['a month-first file whose first megabyte reads either way', new TextEncoder().encode(lateDateOrder('MDY'))],
		['a file that turns out not to be UTF-8 after the first batches', latin1Late()]
	])('loads %s as the whole-file import does', async (_, bytes) => {
		const name = 'WhatsApp Chat with Dock.txt';
		const whole = await createNodeDb();
		const i = input(name, bytes);
		const parsed = await parseSourceStream(name, i.total, i.head, i.open);
		await importParsedFile(whole, parsed.parsed[0].file, parsed.parsed[0].source, { timeZone });
		await runScan(whole, { archiveIds: [1], scan: scanInProcess, report: () => {} });

		const streamed = await createNodeDb();
		const seen = fresh();
		const result = await runPipeline(ports(streamed, name, bytes, seen), { timeZone, signal: new AbortController().signal });
		expect(result.archives).toEqual([{ archiveId: 1, entry: '', duplicate: false, messages: parsed.parsed[0].file.messages.length }]);
		expect(await tables(streamed)).toEqual(await tables(whole));
		restarts.push(seen.events.filter((e) => e === 'restart').length);
		// Index entries of the rows read again cannot be taken back: the index is rebuilt.
		if (seen.events.includes('restart')) expect(result.indexed).toBe(false);
	});

	it('was read again at least once for a date order and once for an encoding', () => {
		expect(restarts.length).toBe(3);
		expect(restarts[0] + restarts[1]).toBeGreaterThanOrEqual(1);
		expect(restarts[2]).toBeGreaterThanOrEqual(1);
	});
});

const restarts: number[] = [];

/** A port that works for the first calls and fails from the n-th on. */
function failingOn<T>(n: number, message: string): (ipc: Uint8Array) => Promise<T> {
	let calls = 0;
	return async (ipc) => {
		if (++calls >= n) throw new Error(message);
		return scanIpcBatch(ipc, rules, scanBatch) as T;
	};
}

const telegram = generateTelegramExport({ chats: 3, perChat: 3_000, seed: 7 });
const telegramBytes = new TextEncoder().encode(telegram.text);
const WECHAT_FIXTURE = new Uint8Array(readFileSync(new URL('../../fixtures/wechat/memotrace_three_talkers_merged.csv', import.meta.url)));

/** A MemoTrace CSV of `n` rows, some with quoted cells of several lines and "" escapes, and every 50th risky. */
function memotraceCsv(n: number): Uint8Array {
	const rows = ['localId,TalkerId,Type,SubType,IsSender,CreateTime,Status,StrContent,StrTime,Remark,NickName,Sender'];
	for (let i = 1; i <= n; i++) {
		const content =
			i % 50 === 0 ? `mail li.na${i}@example.com` : i % 7 === 0 ? `"第 ${i} 行\n""引用"" second line\r\nthird"` : `明天的会议 ${i} confirm pallet`;
		const sender = i % 3 === 0 ? 'wxid_me01' : 'wxid_lina88';
		rows.push(`${i},5,1,0,${i % 3 === 0 ? 1 : 0},${1704096000 + i * 60},2,${content},2024-01-01 16:00:00,李娜,Li Na,${sender}`);
	}
	return new TextEncoder().encode('\ufeff' + rows.join('\n') + '\n');
}
const WECHAT = memotraceCsv(4_000);

describe('other formats through the pipeline', () => {
	it.each([
		['a Telegram full-account result.json', 'result.json', telegramBytes, true],
		['a Telegram result.json cut off in the middle', 'result.json', telegramBytes.subarray(0, Math.floor(telegramBytes.length * 0.7)), true],
		['a WeChat (MemoTrace) CSV with multi-line cells', '李娜_utf8.csv', WECHAT, true],
		['a small WeChat CSV of three conversations (one batch, at its close)', 'messages.csv', WECHAT_FIXTURE, false]
	])('%s loads the same rows as the whole-file import', async (_name, name, bytes, streams) => {
		const whole = await createNodeDb();
		await importWhole(whole, name, bytes);
		const streamed = await createNodeDb();
		const seen = fresh();
		const result = await runPipeline(ports(streamed, name, bytes, seen), { timeZone, signal: new AbortController().signal });
		expect(result.failures).toEqual([]);
		expect(await tables(streamed)).toEqual(await tables(whole));
		const order = seen.events;
		const firstBatch = order.indexOf('batch');
		expect(firstBatch).toBeGreaterThan(order.indexOf('part'));
		// Streamed: the parse still reports progress after the first batch went out, before the part closes.
		expect(order.slice(firstBatch, order.indexOf('close')).includes('progress')).toBe(streams);
	});

	it('loads every message of a generated Telegram export, its replies resolved, and scans its risky ones', async () => {
		const db = await createNodeDb();
		const seen = fresh();
		const result = await runPipeline(ports(db, 'result.json', telegramBytes, seen), { timeZone, signal: new AbortController().signal });
		expect(result.archives).toEqual([{ archiveId: 1, entry: '', duplicate: false, messages: telegram.messages }]);
		expect(seen.indexed.length).toBe(telegram.messages);
		expect(seen.events.filter((e) => e === 'batch').length).toBeGreaterThan(3);
		const [{ n }] = await db.query<{ n: number }>(`SELECT count(DISTINCT message_id) AS n FROM risk_hits WHERE category = 'pii.email'`);
		expect(n).toBe(telegram.risky);
		const [{ replies, resolved }] = await db.query<{ replies: number; resolved: number }>(
			`SELECT count(reply_to_source_id) AS replies, count(reply_to) AS resolved FROM messages`
		);
		expect(replies).toBeGreaterThan(0);
		expect(resolved).toBe(replies);
		const titles = (await db.query<{ title: string }>(`SELECT title FROM conversations ORDER BY id`)).map((r) => r.title);
		expect(titles).toEqual([0, 1, 2].map((c) => expect.stringMatching(new RegExp(`^Chat ${c + 1} — `))));
	});
});
