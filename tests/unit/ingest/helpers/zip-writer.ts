// A zip writer for tests, written from APPNOTE 6.3 independently of the reader under test: it makes the variants
// other zippers write (data descriptors with and without signature, zip64 sizes, stored and deflated members).
import { deflateRawSync, crc32 } from 'node:zlib';

export interface Entry {
	name: string;
	data: Uint8Array | string;
	/** 0 stored, 8 deflated (default), anything else is written as given (data stored). */
	method?: number;
	/** Sizes after the data: with the PK\x07\x08 signature, without it, or with 64-bit sizes. */
	descriptor?: 'sig' | 'nosig' | 'sig64';
	/** Sizes as 0xFFFFFFFF in the header and the real ones in a zip64 extra field. */
	zip64?: boolean;
	encrypted?: boolean;
	/** Write this CRC instead of the right one. */
	crc?: number;
	/** Name bytes as given, without the UTF-8 flag. */
	rawName?: Uint8Array;
}

export interface WriteOptions {
	/** Leave the central directory out of the listing for these names (as if the data held members it does not list). */
	unlisted?: string[];
	/** Extra names listed in the central directory with no data. */
	phantom?: string[];
	/** Bytes put between two members (after the member with this index). */
	junkAfter?: { index: number; bytes: Uint8Array };
}

export function writeZip(entries: Entry[], opts: WriteOptions = {}): Uint8Array {
	const parts: Uint8Array[] = [];
	const central: Uint8Array[] = [];
	let offset = 0;
	const push = (b: Uint8Array) => {
		parts.push(b);
		offset += b.length;
	};
	entries.forEach((e, i) => {
		const raw = typeof e.data === 'string' ? new TextEncoder().encode(e.data) : e.data;
		const method = e.method ?? 8;
		const body = method === 8 ? new Uint8Array(deflateRawSync(raw)) : raw;
		const crc = e.crc ?? crc32(raw);
		const name = e.rawName ?? new TextEncoder().encode(e.name);
		const flags = (e.rawName ? 0 : 0x800) | (e.descriptor ? 8 : 0) | (e.encrypted ? 1 : 0);
		const sized = !e.descriptor;
		// A streaming writer does not know the sizes yet: zeros in the zip64 field, as Python's zipfile writes.
		const extra = e.zip64 ? zip64Extra(sized ? raw.length : 0, sized ? body.length : 0) : new Uint8Array(0);
		const headerOffset = offset;
		const h = new DataView(new ArrayBuffer(30));
		h.setUint32(0, 0x04034b50, true);
		h.setUint16(4, e.zip64 ? 45 : 20, true);
		h.setUint16(6, flags, true);
		h.setUint16(8, method, true);
		h.setUint32(14, sized ? crc : 0, true);
		h.setUint32(18, e.zip64 ? 0xffffffff : sized ? body.length : 0, true);
		h.setUint32(22, e.zip64 ? 0xffffffff : sized ? raw.length : 0, true);
		h.setUint16(26, name.length, true);
		h.setUint16(28, extra.length, true);
		push(new Uint8Array(h.buffer));
		push(name);
		push(extra);
		push(body);
		if (e.descriptor) push(descriptor(e.descriptor, crc, body.length, raw.length));
		if (opts.junkAfter?.index === i) push(opts.junkAfter.bytes);
		if (!opts.unlisted?.includes(e.name)) central.push(centralEntry(name, flags, method, crc, body.length, raw.length, headerOffset));
	});
	for (const p of opts.phantom ?? []) central.push(centralEntry(new TextEncoder().encode(p), 0x800, 0, 0, 0, 0, 0));
	const cdStart = offset;
	for (const c of central) push(c);
	const cdSize = offset - cdStart;
	if (entries.some((e) => e.zip64)) {
		const z = new DataView(new ArrayBuffer(56 + 20));
		z.setUint32(0, 0x06064b50, true);
		z.setBigUint64(4, 44n, true);
		z.setUint16(12, 45, true);
		z.setUint16(14, 45, true);
		z.setBigUint64(24, BigInt(central.length), true);
		z.setBigUint64(32, BigInt(central.length), true);
		z.setBigUint64(40, BigInt(cdSize), true);
		z.setBigUint64(48, BigInt(cdStart), true);
		z.setUint32(56, 0x07064b50, true);
		z.setBigUint64(64, BigInt(offset), true);
		z.setUint32(72, 1, true);
		push(new Uint8Array(z.buffer));
	}
	const end = new DataView(new ArrayBuffer(22));
	end.setUint32(0, 0x06054b50, true);
	end.setUint16(8, Math.min(central.length, 0xffff), true);
	end.setUint16(10, Math.min(central.length, 0xffff), true);
	end.setUint32(12, cdSize, true);
	end.setUint32(16, cdStart, true);
	push(new Uint8Array(end.buffer));
	const out = new Uint8Array(offset);
	let at = 0;
	for (const p of parts) {
		out.set(p, at);
		at += p.length;
	}
	return out;
}

function zip64Extra(uncompressed: number, compressed: number): Uint8Array {
	const v = new DataView(new ArrayBuffer(20));
	v.setUint16(0, 0x0001, true);
	v.setUint16(2, 16, true);
	v.setBigUint64(4, BigInt(uncompressed), true);
	v.setBigUint64(12, BigInt(compressed), true);
	return new Uint8Array(v.buffer);
}

function descriptor(kind: 'sig' | 'nosig' | 'sig64', crc: number, compressed: number, uncompressed: number): Uint8Array {
	if (kind === 'sig64') {
		const v = new DataView(new ArrayBuffer(24));
		v.setUint32(0, 0x08074b50, true);
		v.setUint32(4, crc, true);
		v.setBigUint64(8, BigInt(compressed), true);
		v.setBigUint64(16, BigInt(uncompressed), true);
		return new Uint8Array(v.buffer);
	}
	const withSig = kind === 'sig' ? 4 : 0;
	const v = new DataView(new ArrayBuffer(12 + withSig));
	if (withSig) v.setUint32(0, 0x08074b50, true);
	v.setUint32(withSig, crc, true);
	v.setUint32(withSig + 4, compressed, true);
	v.setUint32(withSig + 8, uncompressed, true);
	return new Uint8Array(v.buffer);
}

function centralEntry(name: Uint8Array, flags: number, method: number, crc: number, compressed: number, uncompressed: number, offset: number): Uint8Array {
	const v = new DataView(new ArrayBuffer(46 + name.length));
	v.setUint32(0, 0x02014b50, true);
	v.setUint16(4, 20, true);
	v.setUint16(6, 20, true);
	v.setUint16(8, flags, true);
	v.setUint16(10, method, true);
	v.setUint32(16, crc, true);
	v.setUint32(20, compressed, true);
	v.setUint32(24, uncompressed, true);
	v.setUint16(28, name.length, true);
	v.setUint32(42, offset, true);
	new Uint8Array(v.buffer).set(name, 46);
	return new Uint8Array(v.buffer);
}
