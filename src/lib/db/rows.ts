import { Type } from 'apache-arrow';
import { formatUtc } from '$lib/model/time';

/**
 * Arrow results → plain rows, following the rules documented on `Connector`.
 * Works structurally (type ids, not classes) because the engine may hand back tables from its own copy of apache-arrow.
 */

interface ArrowTypeLike {
	typeId: number;
	scale?: number;
	children?: { name: string; type: ArrowTypeLike }[];
	dictionary?: ArrowTypeLike;
}
interface VectorLike {
	get(i: number): unknown;
	length: number;
}
export interface TableLike {
	numRows: number;
	schema: { fields: { name: string; type: ArrowTypeLike }[] };
	getChildAt(i: number): VectorLike | null;
}

type Convert = (v: unknown) => unknown;

const DAY = 86_400_000;

export function bigintToJs(v: bigint): number | string {
	return v >= -9007199254740991n && v <= 9007199254740991n ? Number(v) : v.toString();
}

function decimal(scale: number): Convert {
	return (v) => {
		const s = String(v);
		return scale === 0 ? bigintToJs(BigInt(s)) : Number(s) / 10 ** scale;
	};
}

function time(v: unknown): string {
	// DuckDB sends TIME as microseconds (BigInt); Arrow may also give milliseconds as a number.
	const ms = typeof v === 'bigint' ? Number(v / 1000n) : Number(v);
	return formatUtc(ms % DAY).slice(11, -1);
}

function converter(type: ArrowTypeLike): Convert | null {
	switch (type.typeId) {
		case Type.Int:
			return (v) => (typeof v === 'bigint' ? bigintToJs(v) : v);
		case Type.Decimal:
			return decimal(type.scale ?? 0);
		case Type.Timestamp:
			return (v) => formatUtc(Number(v));
		case Type.Date:
			return (v) => formatUtc(Number(v)).slice(0, 10);
		case Type.Time:
			return time;
		case Type.List:
		case Type.FixedSizeList: {
			const inner = converter(type.children![0].type);
			return (v) => Array.from(v as Iterable<unknown>, (x) => (x == null ? null : inner ? inner(x) : x));
		}
		case Type.Struct: {
			const fields = type.children!.map((c) => [c.name, converter(c.type)] as const);
			return (v) => {
				const row = v as Record<string, unknown>;
				const out: Record<string, unknown> = {};
				for (const [name, conv] of fields) {
					const x = row[name];
					out[name] = x == null ? null : conv ? conv(x) : x;
				}
				return out;
			};
		}
		case Type.Map: {
			const entry = type.children![0].type.children!;
			const key = converter(entry[0].type);
			const value = converter(entry[1].type);
			return (v) => {
				const out: Record<string, unknown> = {};
				for (const [k, x] of v as Iterable<[unknown, unknown]>) {
					out[String(key ? key(k) : k)] = x == null ? null : value ? value(x) : x;
				}
				return out;
			};
		}
		case Type.Dictionary:
			return type.dictionary ? converter(type.dictionary) : null;
		default:
			return null;
	}
}

export function tableToRows<T>(table: TableLike): T[] {
	const fields = table.schema.fields;
	const columns = fields.map((_, i) => table.getChildAt(i)!);
	const converters = fields.map((f) => converter(f.type));
	const rows = new Array<T>(table.numRows);
	for (let r = 0; r < table.numRows; r++) {
		const row: Record<string, unknown> = {};
		for (let c = 0; c < fields.length; c++) {
			const v = columns[c].get(r);
			const conv = converters[c];
			row[fields[c].name] = v == null ? null : conv ? conv(v) : v;
		}
		rows[r] = row as T;
	}
	return rows;
}

/** Parameters travel as JSON to the engine: BigInt and Date need a spelling it understands. */
export function toParam(v: unknown): unknown {
	if (v === undefined) return null;
	if (typeof v === 'bigint') return bigintToJs(v);
	if (v instanceof Date) return formatUtc(v.getTime());
	return v;
}
