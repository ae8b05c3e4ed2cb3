/** Small helpers shared by the review queries (tags, notes, queues): validated ids inlined, times as DuckDB reads them. */

export function idList(name: string, values: readonly number[]): string {
	for (const v of values) if (!Number.isSafeInteger(v) || v < 0) throw new RangeError(`${name} must be non-negative integers, got ${v}`);
	return values.length === 0 ? 'NULL' : values.join(', ');
}

/** A JS time as a TIMESTAMP literal's text (UTC, no zone suffix: DuckDB without ICU reads 'Z' poorly). */
export function utcText(at: Date): string {
	return at.toISOString().replace('T', ' ').replace('Z', '');
}

/** A list of strings as a bound VARCHAR[] expression and its parameters. */
export function varcharList(values: readonly string[]): { sql: string; params: string[] } {
	return values.length === 0 ? { sql: '[]::VARCHAR[]', params: [] } : { sql: `[${values.map(() => '?').join(', ')}]::VARCHAR[]`, params: [...values] };
}
