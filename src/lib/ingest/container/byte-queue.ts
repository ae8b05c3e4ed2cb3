/**
 * Bytes arriving in chunks, read from the front: the chunks are never copied together, so a zip streamed through
 * the queue is held only as far as its reader has not consumed it.
 */
export class ByteQueue {
	private chunks: Uint8Array[] = [];
	private head = 0;
	private offset = 0;
	/** Bytes available to read. */
	length = 0;
	/** Absolute position of the front of the queue in the whole stream. */
	position = 0;
	// Where byteAt last looked, so that reading forward stays linear.
	private cacheChunk = -1;
	private cacheStart = 0;

	push(chunk: Uint8Array): void {
		if (chunk.length === 0) return;
		this.chunks.push(chunk);
		this.length += chunk.length;
	}

	/** The byte `i` places after the front (i < length). */
	byteAt(i: number): number {
		let c = this.cacheChunk;
		let start = this.cacheStart;
		if (c < this.head || i < start) {
			c = this.head;
			start = -this.offset;
		}
		while (i >= start + this.chunks[c].length) {
			start += this.chunks[c].length;
			c++;
		}
		this.cacheChunk = c;
		this.cacheStart = start;
		return this.chunks[c][i - start];
	}

	u16(i: number): number {
		return this.byteAt(i) | (this.byteAt(i + 1) << 8);
	}

	u32(i: number): number {
		return (this.byteAt(i) | (this.byteAt(i + 1) << 8) | (this.byteAt(i + 2) << 16) | (this.byteAt(i + 3) << 24)) >>> 0;
	}

	/** A little-endian 64-bit number; exact up to 2^53. */
	u64(i: number): number {
		return this.u32(i) + this.u32(i + 4) * 0x1_0000_0000;
	}

	/** Position (from the front, at or after `from`) of the next `P` `K` pair, or -1. */
	indexOfPK(from: number): number {
		let c = this.head;
		let start = -this.offset;
		while (c < this.chunks.length && from >= start + this.chunks[c].length) {
			start += this.chunks[c].length;
			c++;
		}
		for (; c < this.chunks.length; c++) {
			const chunk = this.chunks[c];
			let j = Math.max(0, from - start);
			for (;;) {
				j = chunk.indexOf(0x50, j);
				if (j < 0) break;
				const at = start + j;
				if (at + 1 >= this.length) return -1;
				if (this.byteAt(at + 1) === 0x4b) return at;
				j++;
			}
			start += chunk.length;
		}
		return -1;
	}

	/** A copy of the next `n` bytes (n ≤ length), without consuming them. */
	peek(n: number): Uint8Array {
		const out = new Uint8Array(n);
		let at = 0;
		for (let c = this.head, skip = this.offset; at < n; c++, skip = 0) {
			const piece = this.chunks[c].subarray(skip, skip + n - at);
			out.set(piece, at);
			at += piece.length;
		}
		return out;
	}

	/** Consumes the next `n` bytes (n ≤ length), handing them to `sink` as views into the chunks. */
	take(n: number, sink?: (piece: Uint8Array) => void): void {
		let left = n;
		while (left > 0) {
			const chunk = this.chunks[this.head];
			const piece = chunk.subarray(this.offset, this.offset + left);
			sink?.(piece);
			left -= piece.length;
			this.offset += piece.length;
			if (this.offset === chunk.length) this.dropHead();
		}
		this.length -= n;
		this.position += n;
		this.cacheChunk = -1;
	}

	private dropHead(): void {
		this.chunks[this.head] = EMPTY;
		this.head++;
		this.offset = 0;
		this.cacheChunk = -1;
		if (this.head > 64 && this.head * 2 > this.chunks.length) {
			this.chunks = this.chunks.slice(this.head);
			this.head = 0;
		}
	}
}

const EMPTY = new Uint8Array(0);
