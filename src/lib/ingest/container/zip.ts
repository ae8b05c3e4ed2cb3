import { ByteQueue } from './byte-queue';
import { discardSink, gatheredOutput, inflateSink, storedSink, type MemberOutput, type MemberSink } from './member-sink';
import { centralEntryName, localHeaderLength, readLocalHeader, SIG, trailerRecordLength, type LocalHeader } from './zip-records';

export interface ZipMember {
	path: string;
	bytes: Uint8Array;
	/**
	 * Set when the member was too large to gather (ZipReaderOptions.output held it back): `bytes` is only its head,
	 * this is its full size, and `ordinal` finds it again (memberChunks).
	 */
	held?: { size: number; ordinal: number };
}

export interface ZipReaderOptions {
	/**
	 * Where a member's content goes (`ordinal` counts local headers from 0): an output of member-sink.ts, 'skip' to
	 * walk over it without decompressing it (no problem is reported for it), or undefined to gather it whole.
	 */
	output?(header: LocalHeader, ordinal: number): MemberOutput | 'skip' | undefined;
}

export interface ZipContents {
	members: ZipMember[];
	/** What could not be read (a truncation, a damaged or encrypted member…); empty when the zip was whole. */
	problems: { path?: string; message: string }[];
}

export interface ZipReader {
	/** Feeds the next piece of the zip; pieces need not be copied together first. */
	push(chunk: Uint8Array): void;
	end(): ZipContents;
	/** Members whose data was read to its end so far (kept or not), in the order of their local headers. */
	readonly ended: number;
}

const STORED = 0;
const DEFLATED = 8;

export function isZip(head: Uint8Array): boolean {
	return head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
}

/** Finder's resource forks and folder settings ride along in zips made on a Mac; they are not part of the export. */
export function isJunkPath(path: string): boolean {
	return path.startsWith('__MACOSX/') || path.includes('/__MACOSX/') || /(^|\/)\.DS_Store$/.test(path) || path.endsWith('/');
}

interface Open {
	header: LocalHeader;
	sink: MemberSink;
	/** Whether the member is kept (not junk, not unreadable). */
	keep: boolean;
	/** Stream position of the first data byte. */
	dataStart: number;
	/** Data bytes still to read when the size is known; null while searching for the data descriptor. */
	remaining: number | null;
	/** While searching: how far (from the front of the queue) candidates were already tried. */
	searched: number;
	ordinal: number;
}

type State = 'header' | 'data' | 'descriptor' | 'trailer' | 'done' | 'lost';

/**
 * Reads a zip front to back as its bytes arrive, one member at a time and without recursion, so a zip of any
 * number of members is read in one pass and a zip cut short still yields every member that was complete before the
 * cut. Stored and deflated members, zip64 sizes and data descriptors (sizes after the data) are read; the
 * central directory at the end is only compared with what was found.
 */
export function createZipReader(options: ZipReaderOptions = {}): ZipReader {
	const q = new ByteQueue();
	const members: ZipMember[] = [];
	const problems: ZipContents['problems'] = [];
	const listed: string[] = [];
	const seen = new Set<string>();
	let state: State = 'header';
	let open: Open | null = null;
	let received = 0;
	let lostAt = -1;
	let ended = false;
	let ordinal = 0;
	let endedMembers = 0;

	function step(): boolean {
		switch (state) {
			case 'header':
				return header();
			case 'data':
				return data();
			case 'descriptor':
				return descriptor();
			case 'trailer':
				return trailer();
			case 'lost':
				return resync();
			case 'done':
				q.take(q.length);
				return false;
		}
	}

	function header(): boolean {
		if (q.length < 4) return false;
		const sig = q.u32(0);
		if (sig === SIG.local) {
			const length = localHeaderLength(q);
			if (length === null || q.length < length) return false;
			begin(readLocalHeader(q));
			return true;
		}
		if (TRAILER.has(sig)) {
			state = 'trailer';
			return true;
		}
		lostAt = q.position;
		q.take(1);
		state = 'lost';
		return true;
	}

	function begin(h: LocalHeader): void {
		const junk = isJunkPath(h.path);
		const n = ordinal++;
		const chosen = junk ? 'skip' : options.output?.(h, n);
		let sink: MemberSink | null = null;
		if (chosen !== 'skip') {
			const out = chosen ?? gatheredOutput(h.uncompressed);
			if (h.encrypted) problems.push({ path: h.path, message: `member ${JSON.stringify(h.path)} is encrypted and was not read` });
			else if (h.method === STORED) sink = storedSink(out);
			else if (h.method === DEFLATED) sink = inflateSink(out);
			else problems.push({ path: h.path, message: `member ${JSON.stringify(h.path)} uses compression method ${h.method}, which Parley does not read` });
		}
		seen.add(h.path);
		q.take(h.length);
		open = { header: h, sink: sink ?? discardSink(), keep: sink !== null, dataStart: q.position, remaining: h.compressed, searched: 0, ordinal: n };
		state = 'data';
	}

	function data(): boolean {
		const m = open!;
		if (m.remaining !== null) {
			const n = Math.min(m.remaining, q.length);
			if (n > 0) q.take(n, (piece) => feed(m, piece));
			m.remaining -= n;
			if (m.remaining > 0) return false;
			if (!m.header.descriptor) return finish(m, m.header.crc);
			state = 'descriptor';
			return true;
		}
		const found = findDescriptor(m);
		if (found === null) return false;
		q.take(found.size, (piece) => feed(m, piece));
		q.take(found.length);
		return finish(m, found.crc);
	}

	function feed(m: Open, piece: Uint8Array): void {
		if (!m.keep) return;
		try {
			m.sink.write(piece);
		} catch (e) {
			fail(m, e);
		}
	}

	/** The descriptor after data whose size the header gave: its length is read from what follows it. */
	function descriptor(): boolean {
		const m = open!;
		const withSig = q.length >= 4 && q.u32(0) === SIG.descriptor ? 4 : 0;
		const short = withSig + 12;
		const long = withSig + 20;
		if (q.length < long + 4 && !ended) return false;
		const nextAt = (len: number) => q.length >= len + 4 && isSignature(q.u32(len));
		const length = nextAt(short) ? short : nextAt(long) ? long : m.header.zip64 ? long : short;
		if (q.length < length) return false;
		const crc = q.u32(withSig);
		q.take(length);
		return finish(m, crc);
	}

	/**
	 * Where the data of a member with unknown size ends: at a data descriptor whose compressed size equals the
	 * distance from the start of the data, with or without its signature, 32- or 64-bit sizes.
	 */
	function findDescriptor(m: Open): { size: number; length: number; crc: number } | null {
		const base = m.dataStart - q.position;
		for (;;) {
			const at = q.indexOfPK(Math.max(0, m.searched));
			if (at < 0) {
				m.searched = Math.max(0, q.length - 1);
				return null;
			}
			if (q.length < at + 24 && !ended) {
				m.searched = at;
				return null;
			}
			const have = (n: number) => q.length >= n;
			const sig = have(at + 4) ? q.u32(at) : 0;
			const distance = at - base;
			const followed = (end: number) => have(end + 4) && isSignature(q.u32(end));
			const wide = m.header.zip64;
			if (sig === SIG.descriptor) {
				const fits32 = have(at + 12) && q.u32(at + 8) === distance;
				const fits64 = have(at + 16) && q.u64(at + 8) === distance;
				// A 64-bit size whose high half is zero also reads as a 32-bit one: what follows decides.
				if (fits64 && (followed(at + 24) || (wide && !followed(at + 16)))) return { size: distance, length: 24, crc: q.u32(at + 4) };
				if (fits32) return { size: distance, length: 16, crc: q.u32(at + 4) };
			}
			if (sig === SIG.local || sig === SIG.central || sig === SIG.end) {
				const p12 = at - 12;
				const p20 = at - 20;
				const fits20 = p20 >= base && q.u64(p20 + 4) === p20 - base;
				const fits12 = p12 >= base && q.u32(p12 + 4) === p12 - base;
				if (fits20 && (wide || !fits12)) return { size: p20 - base, length: 20, crc: q.u32(p20) };
				if (fits12) return { size: p12 - base, length: 12, crc: q.u32(p12) };
			}
			m.searched = at + 1;
		}
	}

	function finish(m: Open, crc: number): boolean {
		open = null;
		endedMembers++;
		state = 'header';
		if (!m.keep) return true;
		try {
			const out = m.sink.finish();
			if (out.crc !== crc)
				problems.push({ path: m.header.path, message: `member ${JSON.stringify(m.header.path)} fails its CRC-32 check (damaged); its bytes are kept as read` });
			if (m.header.uncompressed !== null && out.size !== m.header.uncompressed && out.crc === crc)
				problems.push({
					path: m.header.path,
					message: `member ${JSON.stringify(m.header.path)} is ${out.size} bytes, not the ${m.header.uncompressed} its header says`
				});
			const member: ZipMember = { path: m.header.path, bytes: out.bytes };
			if (out.held) member.held = { size: out.size, ordinal: m.ordinal };
			members.push(member);
		} catch (e) {
			fail(m, e);
		}
		return true;
	}

	function fail(m: Open, e: unknown): void {
		if (!m.keep) return;
		m.keep = false;
		problems.push({ path: m.header.path, message: `member ${JSON.stringify(m.header.path)} could not be decompressed: ${(e as Error)?.message ?? String(e)}` });
	}

	function trailer(): boolean {
		if (q.length < 4) return false;
		const sig = q.u32(0);
		if (!TRAILER.has(sig)) {
			// Anything after the central directory that is not part of it (a second zip glued on, padding) is ignored.
			state = 'done';
			return true;
		}
		const length = trailerRecordLength(q, sig);
		if (length === null) return false;
		if (q.length < length) return false;
		if (sig === SIG.central) listed.push(centralEntryName(q));
		q.take(length);
		if (sig === SIG.end) state = 'done';
		return true;
	}

	/** Bytes that are no zip record: skipped up to the next local header that reads as one, and reported once. */
	function resync(): boolean {
		for (;;) {
			const at = q.indexOfPK(0);
			if (at < 0) {
				q.take(ended ? q.length : Math.max(0, q.length - 1));
				return false;
			}
			q.take(at);
			if (q.length < 30) {
				if (ended) q.take(q.length);
				return false;
			}
			const sig = q.u32(0);
			if (sig === SIG.local && plausibleHeader()) break;
			if (sig === SIG.central || sig === SIG.end) break;
			q.take(1);
		}
		problems.push({ message: `the zip is damaged: bytes ${lostAt} to ${q.position - 1} are not part of any member and were skipped` });
		lostAt = -1;
		state = 'header';
		return true;
	}

	function plausibleHeader(): boolean {
		const version = q.u16(4);
		const method = q.u16(8);
		const nameLength = q.u16(26);
		return (
			version <= 63 &&
			nameLength > 0 &&
			(method === STORED || method === DEFLATED || method === 9 || method === 12 || method === 14 || method === 93 || method === 99)
		);
	}

	function run(): void {
		try {
			while (step()) {
				/* each step consumes a record or part of one */
			}
		} catch (e) {
			problems.push({ message: `the zip could not be read past byte ${q.position}: ${(e as Error)?.message ?? String(e)}` });
			state = 'done';
			open = null;
		}
	}

	return {
		get ended() {
			return endedMembers;
		},
		push(chunk) {
			received += chunk.length;
			q.push(chunk);
			run();
		},
		end() {
			ended = true;
			run();
			if (state === 'lost' && lostAt >= 0)
				problems.push({ message: `the zip is damaged: bytes ${lostAt} to ${received - 1} are not part of any member and were skipped` });
			if (open !== null) {
				const path = open.header.path;
				problems.push({
					path,
					message: `the zip is truncated: it ends at byte ${received}, inside member ${JSON.stringify(path)}; ${members.length} complete member(s) were read`
				});
			} else if (state !== 'done') {
				problems.push({
					message: `the zip is truncated: it ends at byte ${received}, after the last complete member; ${members.length} complete member(s) were read`
				});
			} else {
				const missing = listed.filter((p) => !seen.has(p) && !isJunkPath(p));
				if (missing.length > 0) {
					const shown = missing
						.slice(0, 5)
						.map((p) => JSON.stringify(p))
						.join(', ');
					problems.push({
						message: `the zip's directory lists ${missing.length} member(s) that were not found in its data: ${shown}${missing.length > 5 ? ', …' : ''}`
					});
				}
			}
			return { members, problems };
		}
	};
}

const TRAILER = new Set<number>([SIG.central, SIG.end, SIG.end64, SIG.locator64, SIG.signature]);

function isSignature(sig: number): boolean {
	return sig === SIG.local || sig === SIG.central || sig === SIG.end || sig === SIG.end64 || sig === SIG.locator64 || sig === SIG.descriptor;
}

export function readZip(bytes: Uint8Array, chunkSize = 1 << 20): ZipContents {
	const reader = createZipReader();
	for (let pos = 0; pos < bytes.length; pos += chunkSize) reader.push(bytes.subarray(pos, pos + chunkSize));
	return reader.end();
}
