/**
 * Canonical JSON: one byte sequence per value, so a hash over it does not depend on who wrote the value or how.
 * The rules (a subset of RFC 8785, JSON Canonicalization Scheme, with the same number and string forms):
 *
 * - No whitespace anywhere: no space after `:` or `,`, no line breaks.
 * - Objects: members sorted by key, comparing keys as sequences of UTF-16 code units (JavaScript's default sort,
 *   as RFC 8785 §3.2.3 specifies); a key appears once. Members whose value is `undefined` are left out.
 * - Arrays: in their order; an `undefined` element is an error.
 * - Strings: `"` and `\` are escaped as `\"` and `\\`; U+0008, U+0009, U+000A, U+000C, U+000D as `\b \t \n \f \r`;
 *   every other code point below U+0020 as `\u00xx` (lowercase hex); a lone surrogate as `\udxxx` (lowercase hex);
 *   every other character as itself (no `\u` escapes for non-ASCII, `/` unescaped). This is ECMAScript's
 *   JSON.stringify for strings.
 * - Numbers: finite only, in ECMAScript's shortest round-trip form (Number.prototype.toString): `1`, `-12`, `0.5`,
 *   `1e+21`, `1.5e-7`; `-0` is written `0`. NaN and ±Infinity are errors. BigInts are errors (pass a decimal string).
 * - `true`, `false`, `null` as themselves.
 * - Anything else (functions, symbols, Dates, Maps, class instances, typed arrays) is an error: values are plain
 *   JSON data, so what is hashed is exactly what is stored and exported.
 *
 * The text is hashed as UTF-8.
 */
export function canonicalJson(value: unknown): string {
	return write(value, '$');
}

function write(value: unknown, path: string): string {
	if (value === null) return 'null';
	switch (typeof value) {
		case 'boolean':
			return value ? 'true' : 'false';
		case 'string':
			return JSON.stringify(value);
		case 'number':
			if (!Number.isFinite(value)) throw new TypeError(`${path}: ${value} has no JSON form`);
			return Object.is(value, -0) ? '0' : JSON.stringify(value);
		case 'object':
			if (Array.isArray(value)) return `[${value.map((v, i) => arrayElement(v, `${path}[${i}]`)).join(',')}]`;
			if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) {
				throw new TypeError(`${path}: only plain objects, arrays, strings, numbers, booleans and null are canonical JSON`);
			}
			return objectText(value as Record<string, unknown>, path);
		default:
			throw new TypeError(`${path}: a ${typeof value} has no canonical JSON form`);
	}
}

function arrayElement(value: unknown, path: string): string {
	if (value === undefined) throw new TypeError(`${path}: undefined has no JSON form`);
	return write(value, path);
}

function objectText(obj: Record<string, unknown>, path: string): string {
	const keys = Object.keys(obj)
		.filter((k) => obj[k] !== undefined)
		.sort();
	return `{${keys.map((k) => `${JSON.stringify(k)}:${write(obj[k], `${path}.${k}`)}`).join(',')}}`;
}
