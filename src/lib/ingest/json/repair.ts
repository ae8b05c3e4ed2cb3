/**
 * Repairs for the invalid JSON Telegram Desktop writes (tdesktop #27571): `\xHH` escapes for control characters,
 * other stray backslashes, raw control characters inside strings, and lone surrogates (valid JSON, but not
 * encodable as UTF-8 later). Applied to one record's text at a time; replacements never add or remove a line
 * break, so line numbers found before the repair hold after it.
 */

/** What was changed, summed over every repaired slice, for the parse notes. */
export interface RepairCounts {
	hex: number;
	stray: number;
	surrogate: number;
	control: number;
	unpaired: number;
}

export function newRepairCounts(): RepairCounts {
	return { hex: 0, stray: 0, surrogate: 0, control: 0, unpaired: 0 };
}

const SUSPECT = /\\(?:[^"\\/bfnrtu]|u(?![0-9a-fA-F]{4})|$)|[\x00-\x08\x0b\x0c\x0e-\x1f]/;
const LONE_SURROGATE_ESCAPE = /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2}/;

// Group 1: an unpaired surrogate escape; a paired one falls through to the plain `\uXXXX` alternative.
const FIX =
	/(\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F][0-9a-fA-F]{2})|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F][0-9a-fA-F]{2})|\\u[0-9a-fA-F]{4}|\\["\\/bfnrt]|\\x[0-9a-fA-F]{2}|\\|[\x00-\x08\x0b\x0c\x0e-\x1f]/g;

/** The slice with tdesktop's faults repaired (the same string when it has none); `counts` is added to. */
export function repairJsonSlice(slice: string, counts: RepairCounts): string {
	let source = slice;
	if (typeof source.isWellFormed === 'function' && !source.isWellFormed()) {
		source = source.toWellFormed();
		counts.unpaired++;
	}
	if (!SUSPECT.test(source) && !LONE_SURROGATE_ESCAPE.test(source)) return source;
	return source.replace(FIX, (m: string, lone: string | undefined) => {
		const c = m.charCodeAt(0);
		if (c !== 92) {
			counts.control++;
			return '\\u' + c.toString(16).padStart(4, '0');
		}
		if (m.length === 1) {
			counts.stray++;
			return '\\\\';
		}
		if (m.charCodeAt(1) === 120) {
			counts.hex++;
			return '\\u00' + m.slice(2);
		}
		if (lone !== undefined) {
			counts.surrogate++;
			return '\\ufffd';
		}
		return m;
	});
}

export function repairNotes(c: RepairCounts): string[] {
	const notes: string[] = [];
	const s = (n: number) => (n === 1 ? '' : 's');
	if (c.unpaired > 0) notes.push('replaced unpaired surrogate characters with U+FFFD');
	if (c.hex > 0) notes.push(`repaired ${c.hex} invalid \\xHH escape${s(c.hex)} (read as \\u00HH)`);
	if (c.stray > 0) notes.push(`repaired ${c.stray} invalid escape${s(c.stray)} (backslash kept as a character)`);
	if (c.surrogate > 0) notes.push(`replaced ${c.surrogate} lone surrogate escape${s(c.surrogate)} with U+FFFD`);
	if (c.control > 0) notes.push(`escaped ${c.control} raw control character${s(c.control)} inside strings`);
	return notes;
}
