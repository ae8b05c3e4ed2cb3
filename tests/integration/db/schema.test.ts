import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { createNodeDb } from '$lib/db/node';
import { ATTACHMENT_COLUMNS, MESSAGE_COLUMNS, SCHEMA_SQL, SCHEMA_VERSION, TABLES, UNPARSED_COLUMNS } from '$lib/db/schema';

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
});

const columnsOf = async (table: string) =>
	(await db.query<{ name: string }>(`SELECT column_name AS name FROM information_schema.columns WHERE table_name = ? ORDER BY ordinal_position`, [table])).map(
		(r) => r.name
	);

describe('schema', () => {
	it('creates every table', async () => {
		const rows = await db.query<{ name: string }>(`SELECT table_name AS name FROM information_schema.tables ORDER BY 1`);
		expect(rows.map((r) => r.name)).toEqual([...TABLES].sort());
	});

	it('orders the bulk-loaded tables as the Arrow builders do', async () => {
		expect(await columnsOf('messages')).toEqual([...MESSAGE_COLUMNS]);
		expect(await columnsOf('attachments')).toEqual([...ATTACHMENT_COLUMNS]);
		expect(await columnsOf('unparsed_lines')).toEqual([...UNPARSED_COLUMNS]);
	});

	it('records its version and can be applied again', async () => {
		await expect(db.exec(SCHEMA_SQL)).resolves.toBeUndefined();
		expect(await db.query(`SELECT value FROM meta WHERE key = 'schema_version'`)).toEqual([{ value: String(SCHEMA_VERSION) }]);
	});

	it('converts result types to plain values', async () => {
		const [row] = await db.query(`SELECT 2::BIGINT AS b, 9007199254740993::BIGINT AS big, sum(x) AS s, 12.5::DECIMAL(10,2) AS d,
			TIMESTAMP '2024-03-01 10:20:30' AS ts, TIMESTAMP '2024-03-01 10:20:30.250' AS ts_ms, DATE '2024-03-01' AS dt,
			TIME '10:20:30' AS tm, [1, NULL, 3] AS li, {'a': 1, 'b': 'x'} AS st, MAP {'k': 2} AS mp, NULL AS n, true AS bo
			FROM range(4) r(x)`);
		expect(row).toEqual({
			b: 2,
			big: '9007199254740993',
			s: 6,
			d: 12.5,
			ts: '2024-03-01T10:20:30Z',
			ts_ms: '2024-03-01T10:20:30.250Z',
			dt: '2024-03-01',
			tm: '10:20:30',
			li: [1, null, 3],
			st: { a: 1, b: 'x' },
			mp: { k: 2 },
			n: null,
			bo: true
		});
	});

	it('binds parameters through prepared statements', async () => {
		expect(await db.query(`SELECT ?::INTEGER + 1 AS a, ? AS b, ?::BIGINT AS c`, [41, "it's", 5n])).toEqual([{ a: 42, b: "it's", c: 5 }]);
	});
});
