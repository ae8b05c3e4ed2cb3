import type { Connector } from '../../src/lib/db/connector.ts';
import { importParsedFile } from '../../src/lib/db/load.ts';
import { createNodeDb } from '../../src/lib/db/node.ts';
import { runUserSqlOn } from '../../src/lib/db/user-sql.ts';
import { parseSource } from '../../src/lib/ingest/parse-source.ts';
import { fixed, printTable } from '../lib/table.ts';
import { generateWhatsAppText } from '../whatsapp-gen.ts';

/**
 * What the console's gate costs: each query straight on the connection (no gate) against the same query through
 * runUserSqlOn (lexical check, EXPLAIN of the statement, a read-only transaction rolled back), at BENCH_MESSAGES
 * generated WhatsApp messages (default 200,000). One warm-up, then the median of RUNS runs.
 */
const RUNS = 7;

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
}

async function timed(f: () => Promise<unknown>): Promise<number> {
	await f();
	const times: number[] = [];
	for (let i = 0; i < RUNS; i++) {
		const t = performance.now();
		await f();
		times.push(performance.now() - t);
	}
	return median(times);
}

export async function run(): Promise<void> {
	const n = Number(process.env.BENCH_MESSAGES ?? 200_000);
	const db: Connector = await createNodeDb();
	const { parsed } = await parseSource('WhatsApp Chat with Bench.txt', new TextEncoder().encode(generateWhatsAppText(n, 41)));
	for (const p of parsed) await importParsedFile(db, p.file, p.source, { timeZone: 'UTC' });

	const queries: [string, string][] = [
		['SELECT 1', 'SELECT 1'],
		['count(*)', 'SELECT count(*) FROM messages'],
		['top authors', 'SELECT author, count(*) AS n FROM messages GROUP BY author ORDER BY n DESC LIMIT 20'],
		['LIKE over text', "SELECT count(*) FROM messages WHERE text ILIKE '%invoice%'"],
		['1,000 rows', 'SELECT id, author, text FROM messages ORDER BY id LIMIT 1000'],
		['self-join on reply_to', 'SELECT count(*) FROM messages r JOIN messages o ON o.id = r.reply_to']
	];
	const rows: (string | number)[][] = [];
	for (const [name, sql] of queries) {
		const plain = await timed(() => db.query(sql));
		const gated = await timed(() => runUserSqlOn(db, sql));
		rows.push([name, fixed(plain, 2), fixed(gated, 2), fixed(gated - plain, 2), `${fixed(gated / plain, 2)}×`]);
	}
	printTable(`Console gate — ${n.toLocaleString('en-US')} messages, median of ${RUNS} (ms)`, ['query', 'no gate', 'gated', 'added', 'ratio'], rows);
}
