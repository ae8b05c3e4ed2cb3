import type { Redactor } from './redactor';

/** Copies of `rows` whose named string fields (and string lists) went through the redactor; the rows themselves when it is off. */
export function shownFields<T extends object>(rows: readonly T[], fields: readonly (keyof T)[], r: Redactor): T[] {
	if (!r.enabled) return rows as T[];
	return rows.map((row) => {
		const copy = { ...row };
		for (const f of fields) {
			const v = copy[f] as unknown;
			if (typeof v === 'string') (copy[f] as string) = r.shown(v);
			else if (Array.isArray(v)) (copy[f] as unknown[]) = v.map((x) => (typeof x === 'string' ? r.shown(x) : x));
		}
		return copy;
	});
}

/** One row's fields through the redactor. */
export function shownRow<T extends object>(row: T, fields: readonly (keyof T)[], r: Redactor): T {
	return shownFields([row], fields, r)[0];
}
