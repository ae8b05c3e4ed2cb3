import type { FileStore } from '$lib/db/snapshot';

/** An in-memory file store that counts writes, standing in for OPFS. */
export function memoryStore(files = new Map<string, Uint8Array>()) {
	const writes: string[] = [];
	const store: FileStore = {
		async write(name, data) {
			writes.push(name);
			files.set(name, data.slice());
		},
		async read(name) {
			return files.get(name) ?? null;
		},
		async remove(name) {
			files.delete(name);
		},
		async list() {
			return [...files.keys()].sort();
		}
	};
	return { store, files, writes };
}
