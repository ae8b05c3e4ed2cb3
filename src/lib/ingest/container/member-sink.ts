import { Inflate } from 'fflate';
import { createCrc32 } from './crc32';

/** Receives a member's stored or deflated bytes piece by piece and gives back its content in one buffer of its own. */
export interface MemberSink {
	write(piece: Uint8Array): void;
	/** The content and its CRC-32; throws when a deflated stream is damaged or cut. */
	finish(): { bytes: Uint8Array; crc: number };
}

// Larger declared sizes are not trusted for one up-front allocation.
const PRESIZE_LIMIT = 1 << 30;

/** Output gathered into one buffer: allocated once when the size is known, grown by doubling otherwise. */
class Output {
	private buf: Uint8Array;
	private used = 0;
	private readonly crc = createCrc32();

	constructor(expected: number | null) {
		this.buf = new Uint8Array(expected !== null && expected <= PRESIZE_LIMIT ? expected : 0);
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

	done(): { bytes: Uint8Array; crc: number } {
		const bytes = this.used === this.buf.length ? this.buf : this.buf.slice(0, this.used);
		return { bytes, crc: this.crc.value() };
	}
}

export function storedSink(expected: number | null): MemberSink {
	const out = new Output(expected);
	return { write: (piece) => out.add(piece), finish: () => out.done() };
}

export function inflateSink(expected: number | null): MemberSink {
	const out = new Output(expected);
	let ended = false;
	const inflate = new Inflate((data, final) => {
		out.add(data);
		if (final) ended = true;
	});
	return {
		write(piece) {
			if (piece.length > 0) inflate.push(piece, false);
		},
		finish() {
			if (!ended) inflate.push(new Uint8Array(0), true);
			return out.done();
		}
	};
}

/** Walks over the data of a member that is not kept (a Finder resource fork, an encrypted or unreadable member). */
export function discardSink(): MemberSink {
	return { write: () => {}, finish: () => ({ bytes: new Uint8Array(0), crc: 0 }) };
}
