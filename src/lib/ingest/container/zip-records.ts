/** The fixed records of the zip format (APPNOTE 6.3): signatures, local headers, member names, zip64 sizes. */
import type { ByteQueue } from './byte-queue';

export const SIG = {
	local: 0x04034b50,
	central: 0x02014b50,
	end: 0x06054b50,
	end64: 0x06064b50,
	locator64: 0x07064b50,
	descriptor: 0x08074b50,
	signature: 0x05054b50
} as const;

const FLAG_ENCRYPTED = 1;
const FLAG_DESCRIPTOR = 8;
const FLAG_UTF8 = 0x800;
const MAX32 = 0xffffffff;

export interface LocalHeader {
	path: string;
	flags: number;
	method: number;
	crc: number;
	/** Compressed size; null when the header leaves it to a data descriptor after the data. */
	compressed: number | null;
	uncompressed: number | null;
	zip64: boolean;
	encrypted: boolean;
	descriptor: boolean;
	/** Length of the whole header (fixed part, name and extra field). */
	length: number;
}

/** Bytes of the header that starts the queue, once its fixed part is there (null: not enough bytes yet). */
export function localHeaderLength(q: ByteQueue): number | null {
	if (q.length < 30) return null;
	return 30 + q.u16(26) + q.u16(28);
}

/** The local header at the front of the queue (whose full length is available). */
export function readLocalHeader(q: ByteQueue): LocalHeader {
	const flags = q.u16(6);
	const nameLength = q.u16(26);
	const extraLength = q.u16(28);
	const fixed = q.peek(30 + nameLength + extraLength);
	const nameBytes = fixed.subarray(30, 30 + nameLength);
	const extra = fixed.subarray(30 + nameLength);
	let compressed: number | null = q.u32(18);
	let uncompressed: number | null = q.u32(22);
	let zip64 = false;
	const z64 = field(extra, 0x0001);
	if (z64 && (compressed === MAX32 || uncompressed === MAX32)) {
		zip64 = true;
		let at = 0;
		if (uncompressed === MAX32 && z64.length >= at + 8) {
			uncompressed = u64(z64, at);
			at += 8;
		}
		if (compressed === MAX32 && z64.length >= at + 8) compressed = u64(z64, at);
	}
	const descriptor = (flags & FLAG_DESCRIPTOR) !== 0;
	// With a data descriptor the sizes are zero here unless the writer knew them anyway.
	if (descriptor && compressed === 0) {
		compressed = null;
		uncompressed = null;
	}
	return {
		path: memberName(nameBytes, flags, extra),
		flags,
		method: q.u16(8),
		crc: q.u32(14),
		compressed,
		uncompressed,
		zip64,
		encrypted: (flags & FLAG_ENCRYPTED) !== 0,
		descriptor,
		length: fixed.length
	};
}

/**
 * The name as UTF-8 when flagged so, or when it is valid UTF-8 (macOS writes UTF-8 names without the flag), or
 * when Info-ZIP's Unicode path field carries it; otherwise as Windows-1252/Latin-1. Backslashes become slashes.
 */
export function memberName(bytes: Uint8Array, flags: number, extra: Uint8Array): string {
	let name: string;
	const unicode = field(extra, 0x7075);
	if (flags & FLAG_UTF8) name = new TextDecoder('utf-8').decode(bytes);
	else if (unicode && unicode.length > 5 && unicode[0] === 1) name = new TextDecoder('utf-8').decode(unicode.subarray(5));
	else {
		try {
			name = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
		} catch {
			name = new TextDecoder('windows-1252').decode(bytes);
		}
	}
	return name.replace(/\\/g, '/');
}

/** The data of one extra-field entry (APPNOTE 4.5), or null. */
function field(extra: Uint8Array, id: number): Uint8Array | null {
	let at = 0;
	while (at + 4 <= extra.length) {
		const tag = extra[at] | (extra[at + 1] << 8);
		const size = extra[at + 2] | (extra[at + 3] << 8);
		if (tag === id) return extra.subarray(at + 4, Math.min(extra.length, at + 4 + size));
		at += 4 + size;
	}
	return null;
}

function u64(b: Uint8Array, at: number): number {
	const lo = (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
	const hi = (b[at + 4] | (b[at + 5] << 8) | (b[at + 6] << 16) | (b[at + 7] << 24)) >>> 0;
	return lo + hi * 0x1_0000_0000;
}

/** Length of the record after the local members (central directory entry, end records), or null when not yet known. */
export function trailerRecordLength(q: ByteQueue, sig: number): number | null {
	switch (sig) {
		case SIG.central:
			return q.length < 46 ? null : 46 + q.u16(28) + q.u16(30) + q.u16(32);
		case SIG.end:
			return q.length < 22 ? null : 22 + q.u16(20);
		case SIG.end64:
			return q.length < 12 ? null : 12 + q.u64(4);
		case SIG.locator64:
			return 20;
		case SIG.signature:
			return q.length < 6 ? null : 6 + q.u16(4);
		default:
			return null;
	}
}

/** The member name of the central directory entry at the front (whose full length is available). */
export function centralEntryName(q: ByteQueue): string {
	const nameLength = q.u16(28);
	const extraLength = q.u16(30);
	const entry = q.peek(46 + nameLength + extraLength);
	return memberName(entry.subarray(46, 46 + nameLength), q.u16(8), entry.subarray(46 + nameLength));
}
