import type { SourceAttachment } from '$lib/ingest/parse-source';
import { SvelteMap } from 'svelte/reactivity';

export interface StoredAttachment {
	name: string;
	mime: string;
	bytes: number;
	/** A blob: URL of this tab; nothing is uploaded. */
	url: string;
}

/** Media files that came inside imported zips, by the name messages use for them; kept for this tab's lifetime. */
class AttachmentStore {
	private byName = new SvelteMap<string, StoredAttachment>();

	add(a: SourceAttachment): void {
		if (this.byName.has(a.name)) return;
		const blob = new Blob([a.bytes as Uint8Array<ArrayBuffer>], { type: a.mime });
		this.byName.set(a.name, { name: a.name, mime: a.mime, bytes: a.bytes.byteLength, url: URL.createObjectURL(blob) });
	}

	get(name: string): StoredAttachment | undefined {
		return this.byName.get(name);
	}
}

export const attachmentStore = new AttachmentStore();
