import type { MessageAttachment } from '$lib/db/queries/messages';
import { SNIFF_BYTES, sniffMedia, type SniffedMedia } from '$lib/media/sniff';
import { hashBlob, openMediaFile } from '$lib/storage/media-files';
import { SvelteMap } from 'svelte/reactivity';

/** What a message can show for a file it names. */
export type AttachmentView =
	/** The export held no file of that name. */
	| { state: 'absent' }
	/** Recorded at import, bytes not kept: the user chose so. */
	| { state: 'declined' }
	/** Recorded at import, bytes not kept: saving failed (storage full). */
	| { state: 'failed' }
	/** The saved copy is being opened and checked against its hash. */
	| { state: 'opening' }
	/** Kept, but the saved copy is gone from this browser's storage. */
	| { state: 'missing' }
	/** The saved copy's size or SHA-256 is not what the import recorded: it is not shown. */
	| { state: 'altered'; actual: string }
	/**
	 * Ready: `url` is a blob: URL typed by sniffing the bytes (a raster image, audio or video type, else
	 * application/octet-stream, which a browser downloads rather than renders).
	 */
	| { state: 'ready'; url: string; sniffed: SniffedMedia; file: Blob; thisTabOnly: boolean };

/**
 * The attachments messages show, opened lazily (a file is read only when a message naming it is on screen) and
 * checked against the SHA-256 recorded at import before it is shown. Files not kept are held for this tab only.
 */
class AttachmentStore {
	private views = new SvelteMap<string, AttachmentView>();
	private thisTab = new Map<string, Blob>();

	holdForThisTab(sha256: string, bytes: Uint8Array): void {
		if (!this.thisTab.has(sha256)) this.thisTab.set(sha256, new Blob([bytes as Uint8Array<ArrayBuffer>]));
	}

	view(a: MessageAttachment): AttachmentView {
		if (a.sha256 === null || a.bytes === null || a.storage === null) return { state: 'absent' };
		const held = this.thisTab.has(a.sha256);
		if (!held && a.storage !== 'kept') return { state: a.storage };
		const key = a.sha256;
		const seen = this.views.get(key);
		if (seen) return seen;
		const opening: AttachmentView = { state: 'opening' };
		// Set outside the reactive read: the view is derived while rendering.
		queueMicrotask(() => {
			if (this.views.has(key)) return;
			this.views.set(key, opening);
			void this.open(key, a.bytes!).then((v) => this.views.set(key, v));
		});
		return opening;
	}

	/** The file's bytes (for exports), checked against the recorded hash as for showing; null when not to be had. */
	async bytesOf(sha256: string, bytes: number): Promise<Uint8Array | null> {
		const found = await this.checked(sha256, bytes).catch(() => null);
		return found?.ok ? new Uint8Array(await found.file.arrayBuffer()) : null;
	}

	private async checked(sha256: string, bytes: number): Promise<{ ok: true; file: Blob; held: boolean } | { ok: false; view: AttachmentView }> {
		const held = this.thisTab.get(sha256);
		const file = held ?? (await openMediaFile(sha256));
		if (!file) return { ok: false, view: { state: 'missing' } };
		if (!held) {
			const actual = file.size !== bytes ? `${file.size} bytes` : await hashBlob(file);
			if (actual !== sha256) return { ok: false, view: { state: 'altered', actual } };
		}
		return { ok: true, file, held: held !== undefined };
	}

	private async open(sha256: string, bytes: number): Promise<AttachmentView> {
		try {
			const found = await this.checked(sha256, bytes);
			if (!found.ok) return found.view;
			const { file, held } = found;
			const sniffed = sniffMedia(new Uint8Array(await file.slice(0, SNIFF_BYTES).arrayBuffer()));
			const typed = new Blob([file], { type: sniffed.type });
			return { state: 'ready', url: URL.createObjectURL(typed), sniffed, file: typed, thisTabOnly: held };
		} catch {
			return { state: 'missing' };
		}
	}
}

export const attachmentStore = new AttachmentStore();
