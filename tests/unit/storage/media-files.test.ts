// The OPFS media store against an in-memory stand-in for the origin-private file system: files named by their hash,
// written once, a write cut short leaving nothing, a full disk refused with a clear message, leftovers removed.
import { createHash } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { ensureRoomFor, hashBlob, openMediaFile, removeMediaFilesExcept, saveMediaFile, StorageFullError } from '../../../src/lib/storage/media-files';

const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const notFound = () => new DOMException('not found', 'NotFoundError');

/** A folder of the fake file system; `failWrite` makes the next write throw, as a full disk or a closed tab would. */
class FakeFolder {
	files = new Map<string, Uint8Array>();
	folders = new Map<string, FakeFolder>();
	failWrite: DOMException | null = null;
	writes = 0;

	async getDirectoryHandle(name: string, opts: { create?: boolean } = {}) {
		if (!this.folders.has(name)) {
			if (!opts.create) throw notFound();
			this.folders.set(name, new FakeFolder());
		}
		return this.folders.get(name)!;
	}

	async getFileHandle(name: string, opts: { create?: boolean } = {}) {
		if (!this.files.has(name) && !opts.create) throw notFound();
		const folder = this;
		return {
			async getFile() {
				const data = folder.files.get(name);
				if (!data) throw notFound();
				return new File([data as Uint8Array<ArrayBuffer>], name);
			},
			async createWritable() {
				// As in browsers: the bytes land in a swap file and replace the file only on close.
				let pending: Uint8Array | null = null;
				return {
					async write(data: Uint8Array) {
						folder.writes++;
						if (folder.failWrite) throw folder.failWrite;
						pending = data.slice();
					},
					async close() {
						if (pending) folder.files.set(name, pending);
					},
					async abort() {
						pending = null;
					}
				};
			}
		};
	}

	async removeEntry(name: string) {
		if (!this.files.delete(name) && !this.folders.delete(name)) throw notFound();
	}

	async *keys() {
		yield* [...this.files.keys(), ...this.folders.keys()];
	}
}

let root: FakeFolder;
let estimate: { quota: number; usage: number } | null;
beforeEach(() => {
	root = new FakeFolder();
	estimate = null;
	vi.stubGlobal('navigator', { storage: { getDirectory: async () => root, estimate: async () => estimate ?? {} } });
});
afterEach(() => vi.unstubAllGlobals());

const PHOTO = new TextEncoder().encode('\x89PNG pretend photo bytes');

describe('media store', () => {
	test('stores bytes under their SHA-256 in media/, once, and opens them lazily as a File', async () => {
		await saveMediaFile(sha(PHOTO), PHOTO);
		await saveMediaFile(sha(PHOTO), PHOTO);
		const media = root.folders.get('media')!;
		expect([...media.files.keys()]).toEqual([sha(PHOTO)]);
		expect(media.writes).toBe(1);
		const file = await openMediaFile(sha(PHOTO));
		expect(new Uint8Array(await file!.arrayBuffer())).toEqual(PHOTO);
		expect(await hashBlob(file!)).toBe(sha(PHOTO));
	});

	test('a name that is not a SHA-256 is refused, and opening one finds nothing', async () => {
		await expect(saveMediaFile('../workspace-manifest.json', PHOTO)).rejects.toThrow(/not a SHA-256/);
		expect(await openMediaFile('../workspace-manifest.json')).toBeNull();
		expect(await openMediaFile('0'.repeat(64))).toBeNull();
	});

	test('a write cut short leaves no file, and a later save writes it whole', async () => {
		const media = await root.getDirectoryHandle('media', { create: true });
		media.failWrite = new DOMException('the tab went away', 'AbortError');
		await expect(saveMediaFile(sha(PHOTO), PHOTO)).rejects.toThrow(/went away/);
		expect(await openMediaFile(sha(PHOTO))).toBeNull();
		media.failWrite = null;
		await saveMediaFile(sha(PHOTO), PHOTO);
		expect(await hashBlob((await openMediaFile(sha(PHOTO)))!)).toBe(sha(PHOTO));
	});

	test('the browser refusing the bytes for space is a StorageFullError that says so', async () => {
		const media = await root.getDirectoryHandle('media', { create: true });
		media.failWrite = new DOMException('quota', 'QuotaExceededError');
		const err = await saveMediaFile(sha(PHOTO), PHOTO).catch((e) => e);
		expect(err).toBeInstanceOf(StorageFullError);
		expect(err.message).toMatch(/storage for Parley is full/);
	});

	test('too little room is refused before writing, naming what is free', async () => {
		estimate = { quota: 100e6, usage: 97e6 };
		await expect(ensureRoomFor(5e6)).rejects.toThrow("this browser's storage for Parley is full (3 MB free of 100 MB); 5 MB of media could not be kept");
		await expect(ensureRoomFor(2e6)).resolves.toBeUndefined();
	});

	test('files no saved workspace names (a save cut short) are removed; named ones stay', async () => {
		const other = new TextEncoder().encode('left over');
		await saveMediaFile(sha(PHOTO), PHOTO);
		await saveMediaFile(sha(other), other);
		expect(await removeMediaFilesExcept(new Set([sha(PHOTO)]))).toBe(1);
		expect([...root.folders.get('media')!.files.keys()]).toEqual([sha(PHOTO)]);
	});
});
