import { describe, expect, it } from 'vitest';
import { spacedInsertion } from '$lib/sql/insert-spacing';

describe('spacedInsertion', () => {
	const cases: [string, string, string, string, string][] = [
		// name, text before the cursor, text after it, inserted name, expected insertion
		['after a keyword with no space', 'SELECT count(*) FROM files ORDER BY files DESC', '', 'messages', ' messages'],
		['after a space', 'SELECT * FROM ', '', 'messages', 'messages'],
		['into an empty editor', '', '', 'messages', 'messages'],
		['after a comma', 'SELECT author,', '', 'text', 'text'],
		['after an opening bracket', 'SELECT count(', ')', 'id', 'id'],
		['after a closing bracket', 'SELECT count(*)', '', 'author', ' author'],
		['before a word', 'SELECT ', 'FROM messages', 'author', 'author '],
		['between two words', 'SELECT', 'FROM', 'author', ' author '],
		['before a space', 'SELECT ', ' FROM messages', 'author', 'author'],
		['after a quoted name', 'SELECT "ts_utc"', '', 'author', ' author'],
		['after a dot (a qualified name)', 'SELECT m.', '', 'author', 'author'],
		['after a line break', 'SELECT *\n', '', 'messages', 'messages'],
		['after a non-Latin letter', 'SELECT 名', '', 'author', ' author']
	];
	it.each(cases)('%s', (_name, before, after, name, expected) => {
		expect(spacedInsertion(before, after, name)).toBe(expected);
	});
});
