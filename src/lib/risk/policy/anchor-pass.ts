/**
 * One pass over a message's raw words for a whole set of policies: every policy's anchors (`anchorsOf`) in one
 * table, each word looked up once, and the policies whose anchors occur marked. For each policy the answer is the
 * one its own `anchorKeyTest` gives, at the cost of one test instead of one per policy.
 */
import type { PolicyNode } from './ast';
import { anchorMatches, anchorsOf, type Anchor } from './match';
import { HASH_BITS, KEY_BITS, KEY_SPACE, normAt, type WordKeys } from './tokenize';

/** An anchor and the policies (by their index in the set) that hold it. */
interface OwnedAnchor {
	anchor: Anchor;
	owners: number[];
}

function hasBit(bits: Uint32Array, k: number): boolean {
	return (bits[k >>> 5] & (1 << (k & 31))) !== 0;
}

function addOwner<K>(map: Map<K, number[]>, key: K, owner: number): void {
	const list = map.get(key);
	if (!list) map.set(key, [owner]);
	else if (list[list.length - 1] !== owner) list.push(owner);
}

function addOwnedAnchor(map: Map<number, OwnedAnchor[]>, key: number, anchor: Anchor, owner: number): void {
	const list = map.get(key) ?? [];
	const same = list.find(
		(o) => o.anchor.literal === anchor.literal && o.anchor.regex?.source === anchor.regex?.source && o.anchor.regex?.flags === anchor.regex?.flags
	);
	if (same) {
		if (same.owners[same.owners.length - 1] !== owner) same.owners.push(owner);
	} else list.push({ anchor, owners: [owner] });
	map.set(key, list);
}

export class AnchorPass {
	/** Policies with nothing to test (a query of NOT, an anchor any word may start): candidates for every message. */
	private readonly always: number[] = [];
	private readonly exactHashes = new Uint32Array((1 << HASH_BITS) / 32);
	private readonly exactOwners = new Map<string, number[]>();
	private readonly patternBits3 = new Uint32Array(KEY_SPACE / 32);
	private readonly by3 = new Map<number, OwnedAnchor[]>();
	private readonly bits2 = new Uint32Array(KEY_SPACE / 32);
	private readonly by2 = new Map<number, OwnedAnchor[]>();
	/** marks[k] === pass: policy k's anchors occur in the message of the current pass. */
	private readonly marks: Uint32Array;
	private pass = 0;

	constructor(queries: readonly PolicyNode[]) {
		this.marks = new Uint32Array(queries.length);
		queries.forEach((query, k) => {
			const a = anchorsOf(query);
			if (a === null || a.always || a.everyWord.length > 0) {
				this.always.push(k);
				return;
			}
			for (const word of a.exact) addOwner(this.exactOwners, word, k);
			for (const [key, list] of a.by3) for (const anchor of list) addOwnedAnchor(this.by3, key, anchor, k);
			for (const [key, list] of a.by2) for (const anchor of list) addOwnedAnchor(this.by2, key, anchor, k);
			// the policy's own bitsets are unions of these keys: OR them in rather than recomputing the keys
			for (let i = 0; i < a.exactHashes.length; i++) this.exactHashes[i] |= a.exactHashes[i];
			for (let i = 0; i < a.patternBits3.length; i++) this.patternBits3[i] |= a.patternBits3[i];
			for (let i = 0; i < a.bits2.length; i++) this.bits2[i] |= a.bits2[i];
		});
	}

	/** Marks the policies whose anchors occur among `words`; read the answer with `marked` before the next run. */
	run(words: WordKeys): void {
		const pass = ++this.pass;
		const marks = this.marks;
		for (const k of this.always) marks[k] = pass;
		const { keys, hashes } = words;
		for (let i = 0; i < keys.length; i++) {
			let norm: string | null = null;
			const h = hashes[i];
			if (hasBit(this.exactHashes, h)) {
				const owners = this.exactOwners.get((norm = normAt(words, i)));
				if (owners) for (const k of owners) marks[k] = pass;
			}
			const k3 = keys[i] >>> KEY_BITS;
			if (hasBit(this.patternBits3, k3)) {
				const list = this.by3.get(k3);
				if (list) markMatching(list, (norm ??= normAt(words, i)), marks, pass);
			}
			const k2 = keys[i] & (KEY_SPACE - 1);
			if (hasBit(this.bits2, k2)) {
				const list = this.by2.get(k2);
				if (list) markMatching(list, norm ?? normAt(words, i), marks, pass);
			}
		}
	}

	/** Whether policy `k` may match the message of the last run. */
	marked(k: number): boolean {
		return this.marks[k] === this.pass;
	}
}

function markMatching(list: OwnedAnchor[], norm: string, marks: Uint32Array, pass: number): void {
	for (const { anchor, owners } of list) if (anchorMatches(anchor, norm)) for (const k of owners) marks[k] = pass;
}
