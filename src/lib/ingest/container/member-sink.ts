import { Inflate } from 'fflate';
import { createCrc32, type Crc32 } from './crc32';

/** Receives a member's stored or deflated bytes piece by piece and hands its content to a MemberOutput. */
export interface MemberSink {
	write(piece: Uint8Array): void;
	/** The content as the output kept it; throws when a deflated stream is damaged or cut. */
	finish(): MemberContent;
}

export interface MemberContent {
	/** The member's content; only its first bytes when `held` is set. */
	bytes: Uint8Array;
	crc: number;
	/** Bytes of content read. */
	size: number;
	/** Set when the member was too large to gather and only its head was kept (it is to be streamed instead). */
	held?: boolean;
}

/** Where a member's content goes: gathered into one buffer, kept as its head only, or handed on piece by piece. */
export interface MemberOutput {
	add(piece: Uint8Array): void;
	done(): MemberContent;
}

// Larger declared sizes are not trusted for one up-front allocation.
const PRESIZE_LIMIT = 1 << 30;
// Compressed bytes given to the inflater at once: deflate expands at most ~1032×, so one call makes at most ~16 MB.
const INFLATE_SLICE = 16 * 1024;

/** Output gathered into one buffer: allocated once when the size is known, grown by doubling otherwise. */
class Gathered implements MemberOutput {
	private buf: Uint8Array;
	used = 0;
	readonly crc: Crc32 = createCrc32();

	constructor(
		expected: number | null,
		readonly limit = Infinity
	) {
		this.buf = new Uint8Array(expected !== null && expected <= PRESIZE_LIMIT && expected <= limit ? expected : 0);
	}

	add(piece: Uint8Array): void {
		if (piece.length === 0) return;
		this.crc.update(piece);
		if (this.used + piece.length > this.buf.length) {
			const grown = new Uint8Array(Math.max(this.used + piece.length, this.buf.length * 2, 4096));
			grown.set(this.buf.subarray(0, this.used));
			this.buf = grown;
		}
		this.buf.set(piece, this.used);
		this.used += piece.length;
	}

	get bytes(): Uint8Array {
		return this.buf.subarray(0, this.used);
	}

	/** Lets the buffer go (the checksum goes on). */
	drop(): void {
		this.buf = new Uint8Array(0);
	}

	done(): MemberContent {
		const bytes = this.used === this.buf.length ? this.buf : this.buf.slice(0, this.used);
		return { bytes, crc: this.crc.value(), size: this.used };
	}
}

export function gatheredOutput(expected: number | null): MemberOutput {
	return new Gathered(expected);
}

/**
 * Gathers a member until it passes `limit` bytes; then, when `stream(head)` says its first `headBytes` are of a
 * format read in pieces, keeps only that head (and counts and checks the rest), else goes on gathering it whole.
 */
export function heldOutput(expected: number | null, limit: number, headBytes: number, stream: (head: Uint8Array) => boolean): MemberOutput {
	const gathered = new Gathered(expected, limit);
	let head: Uint8Array | null = null;
	let size = 0;
	return {
		add(piece) {
			if (head !== null) {
				gathered.crc.update(piece);
				size += piece.length;
				return;
			}
			gathered.add(piece);
			if (gathered.used <= limit) return;
			const first = gathered.bytes.subarray(0, headBytes);
			if (!stream(first)) {
				limit = Infinity;
				return;
			}
			head = first.slice();
			size = gathered.used;
			gathered.drop();
		},
		done() {
			if (head === null) return gathered.done();
			return { bytes: head, crc: gathered.crc.value(), size, held: true };
		}
	};
}

/** Hands each piece on as it is made (the caller takes it before the next one is made); keeps nothing. */
export function passingOutput(onPiece: (piece: Uint8Array) => void): MemberOutput {
	const crc = createCrc32();
	let size = 0;
	return {
		add(piece) {
			if (piece.length === 0) return;
			crc.update(piece);
			size += piece.length;
			onPiece(piece);
		},
		done: () => ({ bytes: new Uint8Array(0), crc: crc.value(), size })
	};
}

export function storedSink(out: MemberOutput): MemberSink {
	return { write: (piece) => out.add(piece), finish: () => out.done() };
}

export function inflateSink(out: MemberOutput): MemberSink {
	let ended = false;
	const inflate = new Inflate((data, final) => {
		out.add(data);
		if (final) ended = true;
	});
	return {
		write(piece) {
			for (let at = 0; at < piece.length; at += INFLATE_SLICE) inflate.push(piece.subarray(at, at + INFLATE_SLICE), false);
		},
		finish() {
			if (!ended) inflate.push(new Uint8Array(0), true);
			return out.done();
		}
	};
}

/** Walks over the data of a member that is not kept (a Finder resource fork, an encrypted or unreadable member). */
export function discardSink(): MemberSink {
	return { write: () => {}, finish: () => ({ bytes: new Uint8Array(0), crc: 0, size: 0 }) };
}
