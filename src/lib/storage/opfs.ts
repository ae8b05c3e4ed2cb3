/**
 * The workspace's files in the browser's origin-private file system (OPFS): nothing leaves the machine, and the
 * files outlive a reload. Works on the main thread and in workers. Every name is one flat file name.
 */

async function root(): Promise<FileSystemDirectoryHandle | null> {
	if (typeof navigator === 'undefined' || !navigator.storage?.getDirectory) return null;
	try {
		return await navigator.storage.getDirectory();
	} catch {
		return null;
	}
}

/** False where OPFS is missing (old browsers, some private windows): the workspace then lives in memory only. */
export async function storageAvailable(): Promise<boolean> {
	return (await root()) !== null;
}

/** Bytes per write call: one call with a whole saved table (hundreds of MB at a million messages) holds the page for seconds. */
const WRITE_SLICE = 8 * 2 ** 20;

export async function writeStoredFile(name: string, data: Uint8Array | Blob): Promise<void> {
	const dir = await root();
	if (!dir) throw new Error('this browser offers no private file storage (OPFS)');
	const handle = await dir.getFileHandle(name, { create: true });
	const writable = await handle.createWritable();
	try {
		if (data instanceof Blob) await writable.write(data);
		else for (let at = 0; at < data.byteLength; at += WRITE_SLICE) await writable.write(data.subarray(at, at + WRITE_SLICE) as FileSystemWriteChunkType);
		await writable.close();
	} catch (e) {
		await writable.abort().catch(() => {});
		throw e;
	}
}

/** The file's bytes, or null when it does not exist. */
export async function readStoredFile(name: string): Promise<Uint8Array | null> {
	const dir = await root();
	if (!dir) return null;
	try {
		const file = await (await dir.getFileHandle(name)).getFile();
		return new Uint8Array(await file.arrayBuffer());
	} catch (e) {
		if (e instanceof DOMException && e.name === 'NotFoundError') return null;
		throw e;
	}
}

/** Removes a file, or a folder with everything in it (the media store is the `media/` folder). */
export async function removeStoredFile(name: string): Promise<void> {
	const dir = await root();
	await dir?.removeEntry(name, { recursive: true }).catch(() => {});
}

export async function listStoredFiles(): Promise<string[]> {
	const dir = await root();
	if (!dir) return [];
	const names: string[] = [];
	for await (const key of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(key);
	return names.sort();
}
