import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '$lib/db/node';
import { lexSql } from '$lib/db/sql-tokens';
import { passes, refused } from '../../unit/db/sql-corpus';

/** The gate is only as good as its lexer: where strings, identifiers and words start must agree with DuckDB's own lexer. */

type Tokenizer = (sql: string) => { offsets: number[]; types: number[] };
let tokenize: Tokenizer;

beforeAll(async () => {
	const duck = await openNodeDuckDB();
	tokenize = (sql) => duck.tokenize(sql);
});

// DuckDB reports UTF-8 byte offsets.
const utf8Offset = (sql: string, utf16: number) => new TextEncoder().encode(sql.slice(0, utf16)).length;

// DuckDB's token types: 0 identifier, 1 number, 2 string, 3 operator, 4 keyword, 5 comment.
const WORDS_AND_STRINGS = new Set([0, 2, 4]);

const extra = [
	"SELECT E'a\\'b' AS x, $$a'b$$, $q$z$q$, 1",
	'SELECT 1 /* a /* b */ c */ , 2',
	"SELECT e'x', ae'y'",
	'SELECT \'a\'  \'b\', "a""b" FROM t',
	'SELECT 1 -- c\n, 2',
	// DuckDB ends a -- comment at a carriage return too.
	'SELECT 1 -- c\r, 2',
	'SELECT 1 -- c\rFROM t',
	'SELECT 1 -- c\r\nFROM t',
	'SELECT ü, 名前 FROM "表" WHERE x = \'ä\''
];

describe('lexSql agrees with DuckDB on token starts', () => {
	const corpus = [...passes.map(([sql]) => sql), ...refused.map(([sql]) => sql), ...extra].filter(
		(sql) => lexSql(sql).ok && sql.trim() && !/^[\s;]*--/.test(sql)
	);
	it.each(corpus)('%j', (sql) => {
		const ours = lexSql(sql);
		if (!ours.ok) throw new Error('unreachable');
		const mine = ours.tokens.filter((t) => t.kind === 'word' || t.kind === 'quoted' || t.kind === 'string').map((t) => utf8Offset(sql, t.start));
		const duck = tokenize(sql);
		const theirs = duck.offsets.filter((_, i) => WORDS_AND_STRINGS.has(duck.types[i]));
		expect(mine).toEqual(theirs);
	});
});
