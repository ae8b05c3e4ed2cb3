import { describe, expect, it } from 'vitest';
import { errorPosition, errorSummary, structuredError } from '$lib/sql/error-position';

// Error texts exactly as DuckDB-wasm (Node build, the browser's engine) wrote them for these statements.
const LONG = 'SELECT count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_idd';
const CASES: [string, string, string, { line: number; column: number; offset: number } | null][] = [
	[
		'parser error (repeated block)',
		'SELECT * FORM messages',
		'Parser Error: syntax error at or near "messages"\n\nLINE 1: SELECT * FORM messages\n                      ^\n\nLINE 1: SELECT * FORM messages\n                      ^',
		{ line: 1, column: 14, offset: 14 }
	],
	[
		'binder error',
		'SELECT foo FROM messages',
		'Binder Error: Referenced column "foo" not found in FROM clause!\nCandidate bindings: "reply_to_source_id", "pos", "author"\n\nLINE 1: SELECT foo FROM messages\n               ^',
		{ line: 1, column: 7, offset: 7 }
	],
	[
		'catalog error',
		'SELECT * FROM nosuch',
		'Catalog Error: Table with name nosuch does not exist!\nDid you mean "notes"?\n\nLINE 1: SELECT * FROM nosuch\n                      ^',
		{ line: 1, column: 14, offset: 14 }
	],
	[
		'a line cut on the left',
		LONG,
		'Binder Error: Table "m" does not have a column named "conversation_idd"\n\nCandidate bindings: : "conversation_id"\n\nLINE 1: ... count(*) FROM messages m JOIN conversations c ON c.id = m.conversation_idd\n                                                                    ^',
		{ line: 1, column: 63, offset: 63 }
	], // at "m.conversation_idd"
	[
		'a line cut on the right',
		'DESCRIBE SELECT ts_utc::TIMESTAMPTZ, 1::HUGEINT, 2::DECIMAL(10,2), INTERVAL 1 DAY',
		'Binder Error: Referenced column "ts_utc" was not found because the FROM clause is missing\nLINE 1: DESCRIBE SELECT ts_utc::TIMESTAMPTZ, 1::HUGEINT, 2::DECIMAL(10,2), INTERVAL...\n                        ^',
		{ line: 1, column: 16, offset: 16 }
	],
	[
		'third line of a multi-line query',
		'SELECT\n  author,\n  nope(text)\nFROM messages',
		'Catalog Error: Scalar Function with name nope does not exist!\nDid you mean "now"?\n\nLINE 3:   nope(text)\n          ^',
		{ line: 3, column: 2, offset: 19 }
	],
	[
		'conversion error',
		"SELECT 'x'::INTEGER",
		"Conversion Error: Could not convert string 'x' to INT32\n\nLINE 1: SELECT 'x'::INTEGER\n                  ^",
		{ line: 1, column: 10, offset: 10 }
	],
	['end of input points past the last character', 'SELECT 1 +\n', 'Parser Error: syntax error at end of input', { line: 1, column: 10, offset: 10 }],
	["the gate's lexer error", "SELECT 'open", 'Cannot check this SQL: unterminated string at character 8.', { line: 1, column: 7, offset: 7 }],
	[
		'second statement of a script: lines count from after the ";"',
		'SELECT 1; SELECT nope FROM messages',
		'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "line_end", "source_id", "source_path", "conversation_id", "pos"\n\nLINE 1:  SELECT nope FROM messages\n                         ^',
		{ line: 1, column: 17, offset: 17 }
	],
	[
		'third line of a second statement',
		'SELECT 1;\n\nSELECT nope FROM messages',
		'Binder Error: Referenced column "nope" not found in FROM clause!\nCandidate bindings: "line_end", "source_id", "source_path", "conversation_id", "pos"\n\nLINE 3: SELECT nope FROM messages\n                        ^',
		{ line: 3, column: 7, offset: 18 }
	],
	['a runtime error has no position', 'SELECT 1', 'Out of Range Error: Overflow in multiplication of INT32', null],
	['a LINE beyond the text is ignored', 'SELECT 1', 'Parser Error: x\nLINE 4: SELECT 1\n        ^', null]
];

describe('errorPosition', () => {
	it.each(CASES)('%s', (_, sql, message, expected) => {
		expect(errorPosition(message, sql)).toEqual(expected);
	});
});

describe('errorSummary', () => {
	it.each([
		[
			'Parser Error: syntax error at or near "messages"\n\nLINE 1: SELECT * FORM messages\n                      ^',
			'Parser Error: syntax error at or near "messages"'
		],
		[
			'Catalog Error: Table with name nosuch does not exist!\nDid you mean "notes"?\n\nLINE 1: SELECT * FROM nosuch\n     ^',
			'Catalog Error: Table with name nosuch does not exist!\nDid you mean "notes"?'
		],
		['INSTALL is not allowed: extensions are never downloaded.', 'INSTALL is not allowed: extensions are never downloaded.']
	])('%j', (message, expected) => {
		expect(errorSummary(message)).toBe(expected);
	});
});

describe('structuredError', () => {
	const cases: [string, string, string, { message: string; offset: number | null } | null][] = [
		[
			'a parser error object with a position',
			'SELECT author FROM messages ORDER BY files DESC FROM x',
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"FROM\\"","position":"47"}',
			{ message: 'Parser Error: syntax error at or near "FROM"', offset: 47 }
		],
		[
			'a position counted in UTF-8 bytes after a non-ASCII literal',
			"SELECT 'Zoë' FORM messages",
			'{"exception_type":"Parser","exception_message":"syntax error at or near \\"messages\\"","position":"19"}',
			{ message: 'Parser Error: syntax error at or near "messages"', offset: 18 }
		],
		[
			'an object without a position',
			'SELECT 1',
			'{"exception_type":"Binder","exception_message":"no such thing"}',
			{ message: 'Binder Error: no such thing', offset: null }
		],
		['a worded message is not an object', 'SELECT * FORM messages', 'Parser Error: syntax error at or near "messages"', null],
		['broken JSON is left as it is', 'SELECT 1', '{"exception_type":"Parser", "exception_message":', null],
		['JSON of another shape is left as it is', 'SELECT 1', '{"a":1}', null]
	];
	it.each(cases)('%s', (_name, sql, message, expected) => {
		expect(structuredError(message, sql)).toEqual(expected);
	});
});
