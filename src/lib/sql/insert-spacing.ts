/** Characters that end or start a word of SQL: a name inserted against one of them needs a space between. */
const WORDISH = /[\p{L}\p{N}_$"'`)\]]/u;
const WORDISH_AFTER = /[\p{L}\p{N}_$"'`(]/u;

/**
 * The text to insert between `before` and `after` so a table or column name stays its own word:
 * `ORDER BY files DESC|` + `messages` → ` messages`; `SELECT |` + `author` → `author`; `|FROM` → `author `.
 */
export function spacedInsertion(before: string, after: string, name: string): string {
	const last = before.slice(-1);
	const next = after.slice(0, 1);
	const lead = last !== '' && WORDISH.test(last) ? ' ' : '';
	const trail = next !== '' && WORDISH_AFTER.test(next) ? ' ' : '';
	return `${lead}${name}${trail}`;
}
