import { heldOutput, passingOutput } from './member-sink';
import type { ChunkSource } from './stream-whatsapp';
import { createZipReader } from './zip';

/**
 * A zip read so that no large text member is ever one buffer: the first reading gathers the small members and the
 * media (stored as blobs) and holds back each large member whose head says it is of a format read in pieces; each of
 * those is then read again on its own (`memberChunks`), inflated piece by piece into its streaming parser.
 */

/** Members larger than this whose format streams are held back. */
export const STREAM_MEMBERS_ABOVE = 16 << 20;
/** Bytes of a held member kept to tell its format and encoding by. */
export const MEMBER_HEAD_BYTES = 64 * 1024;
// Compressed bytes given to the zip reader at once when one member is wanted: its inflated pieces stay small.
const SLICE = 64 * 1024;

/** A zip reader for the first reading: `streams(path, head)` says whether a member past `above` bytes is held back. */
export function createHoldingZipReader(above: number, streams: (path: string, head: Uint8Array) => boolean) {
	return createZipReader({ output: (h) => heldOutput(h.uncompressed, above, MEMBER_HEAD_BYTES, (head) => streams(h.path, head)) });
}

/**
 * The content of the `ordinal`th member of the zip `open` reads, as a source of chunks that can be opened again
 * (a reading in another encoding): the zip is read from its start, the members before it walked over without
 * decompressing them, and the reading stops at the member's end.
 */
export function memberChunks(open: ChunkSource, ordinal: number): ChunkSource {
	return async function* () {
		const out: Uint8Array[] = [];
		const reader = createZipReader({ output: (_h, n) => (n === ordinal ? passingOutput((piece) => out.push(piece)) : 'skip') });
		for await (const chunk of open()) {
			for (let at = 0; at < chunk.length; at += SLICE) {
				reader.push(chunk.subarray(at, at + SLICE));
				while (out.length > 0) yield out.shift() as Uint8Array;
				if (reader.ended > ordinal) return;
			}
		}
		reader.end();
		while (out.length > 0) yield out.shift() as Uint8Array;
	};
}
