import {
	DuckDBArrayValue,
	DuckDBBlobValue,
	DuckDBDateValue,
	DuckDBDecimalValue,
	DuckDBListValue,
	DuckDBMapValue,
	DuckDBStructValue,
	DuckDBTimestampMillisecondsValue,
	DuckDBTimestampNanosecondsValue,
	DuckDBTimestampSecondsValue,
	DuckDBTimestampTZValue,
	DuckDBTimestampValue,
	DuckDBTimeValue,
	DuckDBTypeId,
	type DuckDBType,
	type DuckDBValue
} from '@duckdb/node-api';
import { formatUtc } from '$lib/model/time';
import { bigintToJs, toParam } from './rows';

/**
 * Native DuckDB values ↔ the plain values the `Connector` contract promises (connector.ts), so code written against
 * DuckDB-wasm sees the same rows from either engine.
 */

const DAY = 86_400_000;

export function nativeToJs(v: DuckDBValue): unknown {
	if (v === null || typeof v !== 'object') return typeof v === 'bigint' ? bigintToJs(v) : v;
	if (v instanceof DuckDBTimestampValue || v instanceof DuckDBTimestampTZValue) return formatUtc(Number(v.micros / 1000n));
	if (v instanceof DuckDBTimestampMillisecondsValue) return formatUtc(Number(v.millis));
	if (v instanceof DuckDBTimestampSecondsValue) return formatUtc(Number(v.seconds) * 1000);
	if (v instanceof DuckDBTimestampNanosecondsValue) return formatUtc(Number(v.nanos / 1_000_000n));
	if (v instanceof DuckDBDateValue) return formatUtc(v.days * DAY).slice(0, 10);
	if (v instanceof DuckDBTimeValue) return formatUtc(Number(v.micros / 1000n) % DAY).slice(11, -1);
	if (v instanceof DuckDBDecimalValue) return v.scale === 0 ? bigintToJs(v.value) : Number(v.value) / 10 ** v.scale;
	if (v instanceof DuckDBListValue || v instanceof DuckDBArrayValue) return v.items.map(nativeToJs);
	if (v instanceof DuckDBStructValue) {
		const out: Record<string, unknown> = {};
		for (const [k, x] of Object.entries(v.entries)) out[k] = nativeToJs(x);
		return out;
	}
	if (v instanceof DuckDBMapValue) {
		const out: Record<string, unknown> = {};
		for (const { key, value } of v.entries) out[String(nativeToJs(key))] = nativeToJs(value);
		return out;
	}
	if (v instanceof DuckDBBlobValue) return new Uint8Array(v.bytes);
	return String(v);
}

const INT32_MIN = -2147483648;
const INT32_MAX = 2147483647;

/** A bound parameter: node-api binds every whole number as INTEGER, so wider ones travel as BIGINT-compatible bigints. */
export function toNativeParam(v: unknown): DuckDBValue {
	const p = toParam(v);
	if (typeof p === 'number' && Number.isInteger(p) && (p < INT32_MIN || p > INT32_MAX)) return BigInt(p);
	if (p instanceof Uint8Array) return new DuckDBBlobValue(p);
	return p as DuckDBValue;
}

/** A JS value read from an Arrow column → the value the appender wants for a column of this type. */
export function appendValueFor(type: DuckDBType): (v: unknown) => DuckDBValue {
	switch (type.typeId) {
		case DuckDBTypeId.BIGINT:
		case DuckDBTypeId.HUGEINT:
			return (v) => (v == null ? null : typeof v === 'bigint' ? v : BigInt(v as number));
		case DuckDBTypeId.TINYINT:
		case DuckDBTypeId.SMALLINT:
		case DuckDBTypeId.INTEGER:
		case DuckDBTypeId.FLOAT:
		case DuckDBTypeId.DOUBLE:
			return (v) => (v == null ? null : Number(v));
		case DuckDBTypeId.TIMESTAMP:
			// Arrow timestamps in milliseconds, as arrow-columns writes them.
			return (v) => (v == null ? null : new DuckDBTimestampValue(BigInt(Math.round(Number(v))) * 1000n));
		case DuckDBTypeId.TIMESTAMP_TZ:
			return (v) => (v == null ? null : new DuckDBTimestampTZValue(BigInt(Math.round(Number(v))) * 1000n));
		case DuckDBTypeId.BOOLEAN:
			return (v) => (v == null ? null : Boolean(v));
		case DuckDBTypeId.VARCHAR:
			return (v) => (v == null ? null : String(v));
		default:
			throw new Error(`cannot append a column of type ${type.toString()}`);
	}
}
