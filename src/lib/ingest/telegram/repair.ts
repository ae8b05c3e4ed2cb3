/**
 * Repairs the invalid JSON some Telegram Desktop versions write (tdesktop #27571): `\xHH` escapes for control
 * characters, other stray backslashes, raw control characters inside strings, and lone surrogate escapes
 * (valid JSON, but not encodable as UTF-8 later). Replacements never add or remove a line break, so line numbers
 * found in the repaired text hold for the original.
 */

export interface RepairResult {
	text: string;
	/** What was changed, for the parse notes; empty when the text needed nothing. */
	notes: string[];
}

const SUSPECT = /\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4})|$)|[\x00-\x08\x0b\x0c\x0e-\x1f]/;
const LONE_SURROGATE_ESCAPE =
	/\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

// Group 1: an unpaired surrogate escape; a paired one falls through to the plain `\uXXXX` alternative.
const FIX =
	/(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})|\\u[0-9a-fA-F]{4}|\\["\\/bfnrt]|\\x[0-9a-fA-F]{2}|\\|[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

export function repairJsonText(text: string): RepairResult {
	let source = text;
	const notes: string[] = [];
	if (typeof source.isWellFormed === 'function' && !source.isWellFormed()) {
		source = source.toWellFormed();
		notes.push('replaced unpaired surrogate characters with U+FFFD');
	}
	if (!SUSPECT.test(source) && !LONE_SURROGATE_ESCAPE.test(source)) return { text: source, notes };
	let hex = 0;
	let stray = 0;
	let surrogate = 0;
	let control = 0;
	const repaired = source.replace(FIX, (m: string, lone: string | undefined) => {
		const c = m.charCodeAt(0);
		if (c !== 92) {
			control++;
			return '\\u' + c.toString(16).padStart(4, '0');
		}
		if (m.length === 1) {
			stray++;
			return '\\\\';
		}
		const second = m.charCodeAt(1);
		if (second === 120) {
			hex++;
			return '\\u00' + m.slice(2);
		}
		if (lone !== undefined) {
			surrogate++;
			return '\\ufffd';
		}
		return m;
	});
	if (hex > 0) notes.push(`repaired ${hex} invalid \\xHH escape${hex === 1 ? '' : 's'} (read as \\u00HH)`);
	if (stray > 0) notes.push(`repaired ${stray} invalid escape${stray === 1 ? '' : 's'} (backslash kept as a character)`);
	if (surrogate > 0) notes.push(`replaced ${surrogate} lone surrogate escape${surrogate === 1 ? '' : 's'} with U+FFFD`);
	if (control > 0) notes.push(`escaped ${control} raw control character${control === 1 ? '' : 's'} inside strings`);
	return { text: repaired, notes };
}
