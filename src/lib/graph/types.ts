/** The contact graph's data model: people as nodes, one undirected edge per pair with a weight per kind. */

export type EdgeKind = 'direct' | 'reply' | 'mention' | 'group';
export const EDGE_KINDS: readonly EdgeKind[] = ['direct', 'reply', 'mention', 'group'];

export type KindWeights = Record<EdgeKind, number>;

export interface GraphOptions {
	/** Which kinds of contact make edges. */
	kinds: Record<EdgeKind, boolean>;
	/** Edge weight = Σ over enabled kinds of multiplier × count. */
	multipliers: KindWeights;
	/** When set, a message without an explicit reply link counts as a reply to the previous message by another person within this many minutes. */
	replyWindowMinutes: number | null;
	/** Only messages with from ≤ ts_utc < to count (UTC 'YYYY-MM-DDTHH:MM:SSZ'); null = unbounded. */
	from: string | null;
	to: string | null;
}

export const DEFAULT_OPTIONS: GraphOptions = {
	kinds: { direct: true, reply: true, mention: true, group: true },
	multipliers: { direct: 1, reply: 1, mention: 1, group: 5 },
	replyWindowMinutes: null,
	from: null,
	to: null
};

/** A person: an identity (`i:<identity_id>`) or, for a participant with no identity, the participant itself (`p:<participant_id>`). */
export interface PersonRow {
	key: string;
	label: string;
	messages: number;
	/** risk_hits rows on this person's messages. */
	risk_hits: number;
	/** Where the person wrote, comma-separated: what tells two people with one name apart. */
	platforms?: string;
	handles?: string;
}

/** Counts of one kind of contact between two people, `a < b`. */
export interface PairRow {
	a: string;
	b: string;
	/** Direct messages, replies, mentions, or shared groups. */
	count: number;
	/** Messages that make this contact (0 for shared groups) and the risk hits on them. */
	messages: number;
	risk_hits: number;
}

export type PairRowsByKind = Record<EdgeKind, PairRow[]>;

export interface GraphNode {
	key: string;
	label: string;
	messages: number;
	riskHits: number;
}

export interface GraphEdge {
	/** `${source}|${target}`, source < target. */
	key: string;
	source: string;
	target: string;
	/** Counts per kind, before multipliers (disabled kinds count 0). */
	counts: KindWeights;
	/** Σ multiplier × count over enabled kinds. */
	weight: number;
	messages: number;
	riskHits: number;
}

export interface GraphData {
	nodes: GraphNode[];
	edges: GraphEdge[];
}

export function edgeKey(a: string, b: string): string {
	return a < b ? `${a}|${b}` : `${b}|${a}`;
}
