/**
 * Media files kept with the workspace, in the `media/` folder of this browser's private file system (OPFS), each named
 * by the SHA-256 of its bytes: the same file in two archives is stored once, and a stored file proves itself by
 * hashing to its name. Written before the workspace snapshot that names them, so a snapshot never names a file that
 * is not there; a file written by a save cut short is named by no snapshot and removed at the next start.
 */
import { createSha256 } from '$lib/ingest/hash';

const FOLDER = 'media';
const HASH_NAME = /^[0-9a-f]{64}$/;

async function folder(create: boolean): Promise<FileSystemDirectoryHandle | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
	try {
		return await (await navigator.storage.getDirectory()).getDirectoryHandle(FOLDER, { create });
	} catch (e) {
		if (e instanceof DOMException && e.name === 'NotFoundError') return null;
		throw e;
	}
}

/** Raised when the browser refuses the bytes for want of space; the message says so plainly. */
export class StorageFullError extends Error {
	constructor(needed: number, detail: string) {
		super(`this browser's storage for Parley is full (${detail}); ${formatMB(needed)} of media could not be kept`);
		this.name = 'StorageFullError';
	}
}

/** Refuses early, with a clear message, when the browser says the bytes will not fit. */
export async function ensureRoomFor(bytes: number): Promise<void> {
	const estimate = await navigator.storage?.estimate?.().catch(() => null);
	if (!estimate?.quota) return;
	const free = estimate.quota - (estimate.usage ?? 0);
	if (bytes > free) throw new StorageFullError(bytes, `${formatMB(free)} free of ${formatMB(estimate.quota)}`);
}

/** Stores the bytes under their hash unless a file of that name and size is there already. */
export async function saveMediaFile(sha256: string, bytes: Uint8Array): Promise<void> {
	if (!HASH_NAME.test(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
	const dir = await folder(true);
	if (!dir) throw new Error('this browser offers no private file storage (OPFS)');
	const existing = await dir.getFileHandle(sha256).then(
		(h) => h.getFile(),
		() => null
	);
	if (existing && existing.size === bytes.byteLength) return;
	const handle = await dir.getFileHandle(sha256, { create: true });
	// The browser writes to a swap file and replaces the file on close, so a cut-short write leaves no half file.
	const writable = await handle.createWritable();
	try {
		await writable.write(bytes as Uint8Array<ArrayBuffer>);
		await writable.close();
	} catch (e) {
		await writable.abort().catch(() => {});
		if (e instanceof DOMException && e.name === 'QuotaExceededError') throw new StorageFullError(bytes.byteLength, 'the browser refused to write more');
		throw e;
	}
}

/** The stored file (read lazily: a File of OPFS is not read into memory), or null when it is not there. */
export async function openMediaFile(sha256: string): Promise<File | null> {
	if (!HASH_NAME.test(sha256)) return null;
	const dir = await folder(false);
	if (!dir) return null;
	try {
		return await (await dir.getFileHandle(sha256)).getFile();
	} catch (e) {
		if (e instanceof DOMException && (e.name === 'NotFoundError' || e.name === 'TypeMismatchError')) return null;
		throw e;
	}
}

/** SHA-256 of a blob, read piece by piece (a large video is never held whole). */
export async function hashBlob(blob: Blob): Promise<string> {
	const hash = createSha256();
	const reader = blob.stream().getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		hash.update(value);
	}
	return hash.hex();
}

/** Removes every stored file whose hash is not in `keep`: left over from an import whose workspace save never finished. */
export async function removeMediaFilesExcept(keep: ReadonlySet<string>): Promise<number> {
	const dir = await folder(false);
	if (!dir) return 0;
	const names: string[] = [];
	for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
	let removed = 0;
	for (const name of names) {
		if (keep.has(name)) continue;
		await dir.removeEntry(name).catch(() => {});
		removed++;
	}
	return removed;
}

function formatMB(bytes: number): string {
	return `${(bytes / 1e6).toLocaleString('en-US', { maximumFractionDigits: 1 })} MB`;
}
