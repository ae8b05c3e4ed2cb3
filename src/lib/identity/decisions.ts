/**
 * Manual decisions about people, by participant key (platform:handle, see participantKey) so they survive re-imports.
 * They are kept normalised as they are made: a participant is either split out or in merge groups, never both,
 * and the latest decision about it wins.
 */
export interface IdentityDecisions {
	/** Each group is joined into one person, whatever the automatic rules say. */
	merges: string[][];
	/** Each is its own person: its phone, e-mail and handle link it to no one (a later merge can still join it). */
	splits: string[];
	/** Chosen labels, on one member of the person. */
	labels: Record<string, string>;
}

export const NO_DECISIONS: IdentityDecisions = { merges: [], splits: [], labels: {} };

export function mergeDecision(d: IdentityDecisions, keys: string[], label?: string): IdentityDecisions {
	const group = [...new Set(keys)];
	if (group.length < 2) return d;
	const inGroup = new Set(group);
	const labels = { ...d.labels };
	if (label !== undefined) {
		for (const k of group) delete labels[k];
		labels[group[0]] = label;
	}
	return { merges: [...d.merges, group], splits: d.splits.filter((k) => !inGroup.has(k)), labels };
}

/** `heir`: a member that stays behind; a label held by the split participant passes to it, so the person keeps its name. */
export function splitDecision(d: IdentityDecisions, key: string, heir?: string): IdentityDecisions {
	const merges = d.merges.map((g) => g.filter((k) => k !== key)).filter((g) => g.length >= 2);
	const labels = { ...d.labels };
	if (labels[key] !== undefined && heir !== undefined && heir !== key && labels[heir] === undefined) labels[heir] = labels[key];
	delete labels[key];
	return { merges, splits: d.splits.includes(key) ? d.splits : [...d.splits, key], labels };
}

/** `memberKeys`: every member of the person; the label is stored on the first and removed from the others. */
export function renameDecision(d: IdentityDecisions, memberKeys: string[], label: string): IdentityDecisions {
	if (memberKeys.length === 0) return d;
	const labels = { ...d.labels };
	for (const k of memberKeys) delete labels[k];
	const trimmed = label.trim();
	if (trimmed) labels[memberKeys[0]] = trimmed;
	return { ...d, labels };
}

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Reads the stored JSON; anything malformed reads as no decisions rather than failing the import. */
export function parseDecisions(json: string | null | undefined): IdentityDecisions {
	if (!json) return NO_DECISIONS;
	try {
		const v = JSON.parse(json) as Partial<IdentityDecisions>;
		const merges = Array.isArray(v.merges) ? v.merges.filter(isStringArray) : [];
		const splits = isStringArray(v.splits) ? v.splits : [];
		const labels: Record<string, string> = {};
		if (v.labels && typeof v.labels === 'object') {
			for (const [k, l] of Object.entries(v.labels)) if (typeof l === 'string') labels[k] = l;
		}
		return { merges, splits, labels };
	} catch {
		return NO_DECISIONS;
	}
}
