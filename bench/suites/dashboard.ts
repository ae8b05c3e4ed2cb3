import { EMPTY_FILTER, type GlobalFilter } from '../../src/lib/analytics/filter.ts';
import type { Connector } from '../../src/lib/db/connector.ts';
import { importParsedFile } from '../../src/lib/db/load.ts';
import { createNodeDb } from '../../src/lib/db/node.ts';
import {
	activeAuthors,
	activity,
	dashboardSummary,
	filterOptions,
	hourWeekday,
	mediaKinds,
	messageLength,
	replyLatency
} from '../../src/lib/db/queries/dashboard.ts';
import { ensureDashboardFacts, forgetDashboardFacts } from '../../src/lib/db/queries/dashboard-facts.ts';
import { parseSource } from '../../src/lib/ingest/parse-source.ts';
import { fixed, printTable } from '../lib/table.ts';
import { generateWhatsAppText } from '../whatsapp-gen.ts';

/**
 * Every dashboard query at BENCH_MESSAGES generated WhatsApp messages (default 1M) in DuckDB (Node, the browser's
 * engine): the messages are split over four chats (four generated exports, each parsed by the real parser and
 * imported with importParsedFile). Each query runs once to warm up, then three times; the median is shown,
 * unfiltered, with a one-month date filter (30 days inside the generated span) and from the middle of the span on
 * (what the browser bench sets). Hour × weekday, reply latency and message length read the facts table
 * (dashboard-facts.ts), built in the warm-up run; its build is timed on its own in the last row.
 */
const CHATS = 4;
const RUNS = 3;

function addDays(day: string, n: number): string {
	const d = new Date(`${day}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + n);
	return d.toISOString().slice(0, 10);
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

/** Median wall and CPU ms of this process (DuckDB-wasm's blocking build runs on this thread, so its work is in it). */
async function timed(f: () => Promise<unknown>): Promise<{ wall: number; cpu: number }> {
	await f();
	const walls: number[] = [];
	const cpus: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		const c = process.cpuUsage();
		await f();
		const used = process.cpuUsage(c);
		walls.push(performance.now() - t);
		cpus.push((used.user + used.system) / 1000);
	}
	return { wall: median(walls), cpu: median(cpus) };
}

const cell = ({ wall, cpu }: { wall: number; cpu: number }) => `${fixed(cpu)} (${fixed(wall)})`;

async function load(n: number): Promise<{ db: Connector; loadMs: number }> {
	const db = await createNodeDb();
	const t = performance.now();
	const per = Math.ceil(n / CHATS);
	for (let c = 0; c < CHATS; c++) {
		const text = generateWhatsAppText(per, 100 + c);
		const { parsed } = await parseSource(`WhatsApp Chat with Bench ${c + 1}.txt`, new TextEncoder().encode(text));
		for (const p of parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });
	}
	return { db, loadMs: performance.now() - t };
}

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
	const { db, loadMs } = await load(n);
	const [{ messages }] = await db.query<{ messages: number }>(`SELECT count(*)::INTEGER AS messages FROM messages`);
	// The generated chats start on 1 Jan 2020 and advance 1.5 minutes a message on average (about 26 days per 25,000
	// messages), so a month must fit the size: the 30 days from the 8th day on, cut at the last day.
	const { first, last } = await dashboardSummary(db, EMPTY_FILTER);
	const from = addDays(first!, 7) < last! ? addDays(first!, 7) : first!;
	const to = addDays(from, 29) < last! ? addDays(from, 29) : last!;
	const month: GlobalFilter = { ...EMPTY_FILTER, from, to };
	const inMonth = (await dashboardSummary(db, month)).messages;
	// What the browser bench does: the "From" date set to the middle of the range.
	const mid = new Date((Date.parse(first!) + Date.parse(last!)) / 2).toISOString().slice(0, 10);
	const secondHalf: GlobalFilter = { ...EMPTY_FILTER, from: mid };
	const inHalf = (await dashboardSummary(db, secondHalf)).messages;

	const queries: [string, (f: GlobalFilter) => Promise<unknown>][] = [
		['summary (count, first, last)', (f) => dashboardSummary(db, f)],
		['activity per day, no stacking', (f) => activity(db, f, { bucket: 'day', stackBy: 'none', top: 8 })],
		['activity per week by conversation', (f) => activity(db, f, { bucket: 'week', stackBy: 'conversation', top: 8 })],
		['activity per month by author', (f) => activity(db, f, { bucket: 'month', stackBy: 'author', top: 8 })],
		['hour × weekday (local time)', (f) => hourWeekday(db, f, 'local')],
		['hour × weekday (UTC)', (f) => hourWeekday(db, f, 'utc')],
		['most active (top 20)', (f) => activeAuthors(db, f, 20)],
		['reply latency per pair (1 h window)', (f) => replyLatency(db, f, { windowSeconds: 3600, top: 20 })],
		['message length (log2 bins)', (f) => messageLength(db, f)],
		['media kinds', (f) => mediaKinds(db, f)]
	];
	const rows: (string | number)[][] = [];
	for (const [name, q] of queries) {
		rows.push([name, cell(await timed(() => q(EMPTY_FILTER))), cell(await timed(() => q(month))), cell(await timed(() => q(secondHalf)))]);
	}
	rows.push(['filter options (unfiltered only)', cell(await timed(() => filterOptions(db))), '—', '—']);
	const rebuild = async () => {
		forgetDashboardFacts(db);
		await ensureDashboardFacts(db);
	};
	rows.push(['facts table, built once per workspace change', cell(await timed(rebuild)), '—', '—']);
	printTable(
		`Dashboard queries — ${messages.toLocaleString('en')} messages in ${CHATS} chats (generated, parsed, loaded in ${fixed(loadMs / 1000)} s); ` +
			`one-month filter keeps ${inMonth.toLocaleString('en')}, from the middle on ${inHalf.toLocaleString('en')}; ` +
			`median of ${RUNS} runs after a warm-up: CPU ms of this process (wall ms)`,
		['query', 'unfiltered', `${from} … ${to}`, `from ${mid}`],
		rows
	);
}
