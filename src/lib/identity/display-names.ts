/**
 * The names people are shown by, on the graph, the charts and the People page. Where different people share a
 * label, each is told apart by what a user can check: first the platforms they wrote on ("Bo Li · slack"), then
 * their handles ("Bo Li · slack · @boli"); only people those leave equal are numbered, in order ("Bo Li · slack (2)").
 * Internal ids are never shown.
 */
export interface NamedPerson {
	key: string;
	label: string;
	/** Platforms, comma-separated or as a list. */
	platforms?: string | readonly string[];
	/** Handles, comma-separated or as a list; handles equal to the label (WhatsApp, Signal: the name repeated) say nothing. */
	handles?: string | readonly string[];
}

const list = (v: string | readonly string[] | undefined): string[] =>
	(typeof v === 'string' ? v.split(',') : [...(v ?? [])]).map((s) => s.trim()).filter((s) => s !== '');

function hintsOf(p: NamedPerson): string[] {
	const platforms = list(p.platforms).join(', ');
	const handles = list(p.handles).filter((h) => h !== p.label.trim());
	return [platforms, handles.slice(0, 2).join(', ') + (handles.length > 2 ? ` +${handles.length - 2}` : '')];
}

/** key → the name to show. The first row of a key decides its name. */
export function personDisplayNames(people: readonly NamedPerson[]): Map<string, string> {
	const byKey = new Map<string, NamedPerson>();
	for (const p of people) if (!byKey.has(p.key)) byKey.set(p.key, p);
	const names = new Map<string, string>();
	const byLabel = groupBy([...byKey.values()], (p) => p.label);
	for (const [label, group] of byLabel) {
		if (group.length === 1) names.set(group[0].key, label);
		else tellApart(group, label, 0, names);
	}
	return names;
}

function tellApart(group: NamedPerson[], name: string, level: number, names: Map<string, string>): void {
	if (level >= 2) {
		group.forEach((p, i) => names.set(p.key, i === 0 ? name : `${name} (${i + 1})`));
		return;
	}
	for (const [next, sub] of groupBy(group, (p) => {
		const hint = hintsOf(p)[level];
		return hint ? `${name} · ${hint}` : name;
	})) {
		if (sub.length === 1) names.set(sub[0].key, next);
		else tellApart(sub, next, level + 1, names);
	}
}

function groupBy<T>(items: T[], keyOf: (item: T) => string): Map<string, T[]> {
	const groups = new Map<string, T[]>();
	for (const item of items) {
		const k = keyOf(item);
		const g = groups.get(k);
		if (g) g.push(item);
		else groups.set(k, [item]);
	}
	return groups;
}

/** The rows with their `label` replaced by the name to show (see personDisplayNames). */
export function withDisplayNames<T extends NamedPerson>(rows: T[]): T[] {
	const names = personDisplayNames(rows);
	return rows.map((r) => (names.get(r.key) === r.label ? r : { ...r, label: names.get(r.key)! }));
}
