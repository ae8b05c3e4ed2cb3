/**
 * Makes a label column unique per key, so two different conversations both called "General" stay two series:
 * the first key keeps its label, later keys with the same label get " (2)", " (3)"… in order of appearance.
 * With `hint`, every key whose label is shared is first told apart by the hint ("Bo Li · slack"), numbering
 * only what the hint leaves equal (an empty hint adds nothing).
 */
export function uniqueLabels<T extends Record<K | L, unknown>, K extends string, L extends string>(
	rows: T[],
	keyField: K,
	labelField: L,
	hint?: (row: T) => string
): T[] {
	const keysOfLabel = new Map<string, Set<unknown>>();
	for (const row of rows) {
		const label = String(row[labelField]);
		if (!keysOfLabel.has(label)) keysOfLabel.set(label, new Set());
		keysOfLabel.get(label)!.add(row[keyField]);
	}
	const labelOfKey = new Map<unknown, string>();
	const used = new Map<string, number>();
	for (const row of rows) {
		const key = row[keyField];
		if (labelOfKey.has(key)) continue;
		const plain = String(row[labelField]);
		const told = hint && keysOfLabel.get(plain)!.size > 1 ? hint(row) : '';
		const label = told ? `${plain} · ${told}` : plain;
		const n = (used.get(label) ?? 0) + 1;
		used.set(label, n);
		labelOfKey.set(key, n === 1 ? label : `${label} (${n})`);
	}
	return rows.map((row) => (labelOfKey.get(row[keyField]) === row[labelField] ? row : { ...row, [labelField]: labelOfKey.get(row[keyField]) }));
}
