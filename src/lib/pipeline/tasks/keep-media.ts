import { getConnectors } from '$lib/db';
import { keptMediaHashes, recordMediaFiles, type MediaFileRecord, type MediaStorage } from '$lib/db/queries/media';
import { sha256Hex } from '$lib/ingest/hash';
import type { SourceAttachment } from '$lib/ingest/parse-source';
import { SNIFF_BYTES, sniffMedia } from '$lib/media/sniff';
import { ensureRoomFor, removeMediaFilesExcept, saveMediaFile } from '$lib/storage/media-files';
import { attachmentStore } from '$lib/state/attachments.svelte';

export interface KeptMedia {
	files: number;
	bytes: number;
	storage: MediaStorage;
	/** Why the bytes could not be kept, when storage is 'failed'. */
	error: string | null;
}

/**
 * After an import: records every media file of the input (hash, size, sniffed type) with the archive whose messages
 * name it, and saves its bytes in this browser's storage unless the user chose not to keep media. Runs before the
 * workspace is saved, so a saved workspace never names media that are not stored. Files not kept stay readable in
 * this tab.
 */
export async function keepMedia(attachments: readonly SourceAttachment[], archiveOf: ReadonlyMap<string, number>, keep: boolean): Promise<KeptMedia | null> {
	const first = archiveOf.values().next().value;
	if (attachments.length === 0 || first === undefined) return null;
	const total = attachments.reduce((n, a) => n + a.bytes.byteLength, 0);
	let error: string | null = null;
	if (keep) error = await ensureRoomFor(total).then(() => null, messageOf);

	const rows: MediaFileRecord[] = [];
	for (const a of attachments) {
		const sha256 = await sha256Hex(a.bytes);
		let storage: MediaStorage = keep ? 'kept' : 'declined';
		if (keep && error === null) error = await saveMediaFile(sha256, a.bytes).then(() => null, messageOf);
		if (keep && error !== null) storage = 'failed';
		if (storage !== 'kept') attachmentStore.holdForThisTab(sha256, a.bytes);
		const sniffed = sniffMedia(a.bytes.subarray(0, SNIFF_BYTES));
		const archive = (a.entry !== null ? archiveOf.get(a.entry) : undefined) ?? first;
		rows.push({
			archive_id: archive,
			file_name: a.entry !== null ? a.name : null,
			path: a.path,
			bytes: a.bytes.byteLength,
			sha256,
			content_type: sniffed.type,
			description: sniffed.label,
			storage
		});
	}
	const { importDb } = await getConnectors();
	try {
		await recordMediaFiles(importDb, rows);
	} catch (err) {
		// The messages are imported; the import summary says their media are not recorded.
		return { files: rows.length, bytes: total, storage: 'failed', error: `the media files could not be recorded: ${messageOf(err)}` };
	}
	const failed = rows.some((r) => r.storage === 'failed');
	return { files: rows.length, bytes: total, storage: failed ? 'failed' : keep ? 'kept' : 'declined', error: failed ? error : null };
}

/** At start-up, after the restore: removes stored media that no saved workspace names (a save cut short). */
export async function tidyMediaStore(): Promise<void> {
	const { db } = await getConnectors();
	await removeMediaFilesExcept(await keptMediaHashes(db));
}

function messageOf(err: unknown): string {
	return err instanceof Error ? err.message : String(err);
}
