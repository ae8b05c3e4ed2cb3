import { existsSync } from 'node:fs';
import type { ParsedArgs } from '../args.ts';
import { formatTextTable } from '../text-table.ts';
import { openNativeDbReadOnly, type NativeDb } from '../../src/lib/db/native.ts';
import { describeUserSqlOn, runUserSqlOn, SqlRefusedError } from '../../src/lib/db/user-sql.ts';
import { resultColumns } from '../../src/lib/sql/column-kinds.ts';
import { resultToCsv, resultToJson } from '../../src/lib/sql/exports.ts';
import { CLEAR } from '../../src/lib/redact/redactor.ts';
import { workspaceSchemaVersion } from '../../src/lib/db/queries/workspace.ts';
import { SCHEMA_VERSION } from '../../src/lib/db/schema.ts';

/**
 * `parley query <db> "SQL" [--json | --csv]`: the SQL console's statement gate, on a database file opened read-only
 * with external access off and the configuration locked. A table by default.
 */
export async function runQuery(args: ParsedArgs): Promise<number> {
	const [dbPath, sql, ...extra] = args.files;
	if (!dbPath || sql === undefined || extra.length > 0) {
		process.stderr.write('parley query: give a database file and one SQL string, e.g. parley query workspace.duckdb "SELECT count(*) FROM messages"\n');
		return 2;
	}
	if (args.json && args.csv) {
		process.stderr.write('parley query: choose one of --json and --csv\n');
		return 2;
	}
	const db = await openDb(dbPath, 'query');
	if (!db) return 1;
	try {
		const rows = await runUserSqlOn(db, sql);
		const columns = resultColumns(await describeUserSqlOn(db, sql), rows);
		// The app's writers (formula guard, a `redacted` column saying the output is not redacted).
		if (args.json) process.stdout.write(resultToJson(columns, rows, CLEAR) + '\n');
		else if (args.csv) process.stdout.write(resultToCsv(columns, rows, CLEAR));
		else
			process.stdout.write(
				formatTextTable(
					columns.map((c) => c.name),
					rows
				) + `(${rows.length} row${rows.length === 1 ? '' : 's'})\n`
			);
		return 0;
	} catch (err) {
		const refused = err instanceof SqlRefusedError;
		process.stderr.write(`parley query: ${refused ? 'refused: ' : ''}${(err as Error).message}\n`);
		return 1;
	} finally {
		db.close();
	}
}

/**
 * Opens a workspace file for reading, or says on stderr why it cannot: no such file, not a DuckDB file, a DuckDB
 * file that is not a Parley workspace, or one written with another schema version.
 */
export async function openDb(path: string, command: string): Promise<NativeDb | null> {
	const say = (why: string) => process.stderr.write(`parley ${command}: ${path}: ${why}\n`);
	if (!existsSync(path)) {
		say(`no such file (a workspace file is made by parley import <files…> --db ${path})`);
		return null;
	}
	let db: NativeDb;
	try {
		db = await openNativeDbReadOnly(path);
	} catch (err) {
		const message = (err as Error).message;
		say(/not a valid DuckDB database/i.test(message) ? 'not a DuckDB database file (a workspace file is made by parley import)' : `cannot open it: ${message}`);
		return null;
	}
	try {
		const version = await workspaceSchemaVersion(db);
		if (version === null) say('a DuckDB file, but not a Parley workspace (it has no messages and meta tables); make one with parley import');
		else if (version !== SCHEMA_VERSION)
			say(`written with workspace schema version ${version}; this parley reads version ${SCHEMA_VERSION}: import the exports again into a new database`);
		else return db;
	} catch (err) {
		say(`cannot read it: ${(err as Error).message}`);
	}
	db.close();
	return null;
}
