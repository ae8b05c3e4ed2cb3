import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';

export interface ZipMember {
	path: string;
	bytes: Uint8Array;
}

export interface ZipContents {
	members: ZipMember[];
	/** Why the zip could not be read to its end (truncated, a corrupt member…), or null when it was whole. */
	problems: { path?: string; message: string }[];
}

export interface ZipReader {
	/** Feeds the next piece of the zip; pieces need not be copied together first. */
	push(chunk: Uint8Array): void;
	end(): ZipContents;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];
const END_OF_CENTRAL_DIR = 0x06054b50;

export function isZip(head: Uint8Array): boolean {
	return LOCAL_HEADER.every((b, i) => head[i] === b);
}

/** Finder's resource forks and folder settings ride along in zips made on a Mac; they are not part of the export. */
export function isJunkPath(path: string): boolean {
	return path.startsWith('__MACOSX/') || path.includes('/__MACOSX/') || /(^|\/)\.DS_Store$/.test(path) || path.endsWith('/');
}

/**
 * Reads members in the order their local headers come, as the bytes arrive, so a zip cut short still yields
 * every member that was complete before the cut.
 */
export function createZipReader(): ZipReader {
	const members: ZipMember[] = [];
	const problems: ZipContents['problems'] = [];
	const open = new Map<string, { chunks: Uint8Array[]; failed: boolean }>();
	let received = 0;
	let tail: Uint8Array = new Uint8Array(0);
	let broken = false;

	const unzip = new Unzip((file: UnzipFile) => {
		const path = file.name;
		if (isJunkPath(path)) {
			file.ondata = () => {};
			return;
		}
		const state = { chunks: [] as Uint8Array[], failed: false };
		open.set(path, state);
		file.ondata = (err, data, final) => {
			if (err) {
				if (!state.failed) problems.push({ path, message: `member ${JSON.stringify(path)} could not be decompressed: ${err.message}` });
				state.failed = true;
				open.delete(path);
				return;
			}
			if (data && data.length > 0) state.chunks.push(data);
			if (final && !state.failed) {
				open.delete(path);
				members.push({ path, bytes: concat(state.chunks) });
			}
		};
		try {
			file.start();
		} catch (e) {
			state.failed = true;
			open.delete(path);
			problems.push({ path, message: `member ${JSON.stringify(path)} could not be read: ${(e as Error).message}` });
		}
	});
	unzip.register(UnzipInflate);

	return {
		push(chunk) {
			received += chunk.length;
			tail = keepTail(tail, chunk);
			if (broken) return;
			try {
				unzip.push(chunk, false);
			} catch (e) {
				broken = true;
				problems.push({ message: `the zip is damaged near byte ${received}: ${(e as Error).message}; members after it were not read` });
			}
		},
		end() {
			const whole = hasEndRecord(tail);
			if (!broken) {
				try {
					unzip.push(new Uint8Array(0), true);
				} catch (e) {
					// A cut-off member fails here too; the truncation report below says more.
					if (whole) problems.push({ message: `the zip is damaged at its end: ${(e as Error).message}` });
				}
			}
			const cut = [...open.keys()];
			if (!whole) {
				const where = cut.length > 0 ? `inside member ${JSON.stringify(cut[cut.length - 1])}` : 'after the last complete member';
				const message = `the zip is truncated: it ends at byte ${received}, ${where}; ${members.length} complete member(s) were read`;
				problems.push(cut.length > 0 ? { path: cut[cut.length - 1], message } : { message });
			} else {
				for (const path of cut) problems.push({ path, message: `member ${JSON.stringify(path)} ends early and was not read` });
			}
			return { members, problems };
		}
	};
}

export function readZip(bytes: Uint8Array, chunkSize = 1 << 20): ZipContents {
	const reader = createZipReader();
	for (let pos = 0; pos < bytes.length; pos += chunkSize) reader.push(bytes.subarray(pos, pos + chunkSize));
	return reader.end();
}

// The end-of-central-directory record sits in the last 22 bytes plus a comment of at most 65535.
const TAIL_BYTES = 22 + 0xffff;

function keepTail(tail: Uint8Array, chunk: Uint8Array): Uint8Array {
	if (chunk.length >= TAIL_BYTES) return chunk.slice(chunk.length - TAIL_BYTES);
	const keep = Math.min(tail.length, TAIL_BYTES - chunk.length);
	const out = new Uint8Array(keep + chunk.length);
	out.set(tail.subarray(tail.length - keep));
	out.set(chunk, keep);
	return out;
}

function hasEndRecord(tail: Uint8Array): boolean {
	for (let i = tail.length - 22; i >= 0; i--) {
		if ((tail[i] | (tail[i + 1] << 8) | (tail[i + 2] << 16) | (tail[i + 3] << 24)) >>> 0 === END_OF_CENTRAL_DIR) return true;
	}
	return false;
}

/** Always a buffer of its own: a view into the zip's bytes would drag the whole zip along when posted from a worker. */
function concat(chunks: Uint8Array[]): Uint8Array {
	if (chunks.length === 1) return chunks[0].byteLength === chunks[0].buffer.byteLength ? chunks[0] : chunks[0].slice();
	let len = 0;
	for (const c of chunks) len += c.length;
	const out = new Uint8Array(len);
	let at = 0;
	for (const c of chunks) {
		out.set(c, at);
		at += c.length;
	}
	return out;
}
