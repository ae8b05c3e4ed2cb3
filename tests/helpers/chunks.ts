/** Byte chunkings of a text for streaming tests: fixed sizes, and seeded random sizes (cuts inside UTF-8 characters). */

/** A small seeded generator (mulberry32), so a failing chunking can be replayed. */
export function seeded(seed: number): () => number {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/** The bytes cut into pieces of 1..max bytes, chosen by the seed. */
export function randomChunks(bytes: Uint8Array, seed: number, max: number): Uint8Array[] {
	const next = seeded(seed);
	const out: Uint8Array[] = [];
	for (let at = 0; at < bytes.length;) {
		const size = 1 + Math.floor(next() * max);
		out.push(bytes.subarray(at, at + size));
		at += size;
	}
	return out;
}

export function fixedChunks(bytes: Uint8Array, size: number): Uint8Array[] {
	const out: Uint8Array[] = [];
	for (let at = 0; at < bytes.length; at += size) out.push(bytes.subarray(at, at + size));
	return out;
}

/** The pieces of text a streaming UTF-8 decoder gives for these byte chunks. */
export function decodedPieces(chunks: readonly Uint8Array[]): string[] {
	const decoder = new TextDecoder('utf-8');
	const out = chunks.map((c) => decoder.decode(c, { stream: true }));
	out.push(decoder.decode());
	return out;
}

/** The chunkings every streaming test runs: one byte, odd sizes, and seeded random sizes. */
export const CHUNKINGS: [string, (bytes: Uint8Array) => Uint8Array[]][] = [
	['1-byte chunks', (b) => fixedChunks(b, 1)],
	['7-byte chunks', (b) => fixedChunks(b, 7)],
	['random chunks up to 64 bytes (seed 1)', (b) => randomChunks(b, 1, 64)],
	['random chunks up to 500 bytes (seed 2)', (b) => randomChunks(b, 2, 500)],
	['random chunks up to 4 KB (seed 3)', (b) => randomChunks(b, 3, 4096)]
];
