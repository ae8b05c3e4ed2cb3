// media_files on a real DuckDB: what the import records about a zip's media, and how a message page reports each file
// it names — recorded (with hash, size and where its bytes are) or not in the export at all.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { keptMediaHashes, recordMediaFiles, type MediaFileRecord } from '$lib/db/queries/media';
import { messagesPage } from '$lib/db/queries/messages';
import { chat, chatSource } from './fixture';

const PHOTO = 'a'.repeat(64);
const VOICE = 'b'.repeat(64);
const STRAY = 'c'.repeat(64);
const row = (r: Partial<MediaFileRecord> & Pick<MediaFileRecord, 'path' | 'sha256'>): MediaFileRecord => ({
	archive_id: 1,
	file_name: r.path,
	bytes: 10,
	content_type: 'application/octet-stream',
	description: 'binary file',
	storage: 'kept',
	...r
});

let db: Connector;
beforeAll(async () => {
	db = await createNodeDb();
	await importParsedFile(db, chat, chatSource, { timeZone: 'UTC' });
	// The fixture's messages name a photo, a voice note and a sticker; the "zip" held the first two and a file nobody names.
	await recordMediaFiles(db, [
		row({ path: 'IMG-20240331-WA0001.jpg', sha256: PHOTO, bytes: 2048, content_type: 'image/jpeg', description: 'JPEG image' }),
		row({ path: 'PTT-20240401-WA0002.opus', sha256: VOICE, bytes: 999, content_type: 'audio/ogg', description: 'Ogg audio', storage: 'declined' }),
		row({ path: 'media/extra.bin', file_name: null, sha256: STRAY })
	]);
});

describe('media_files', () => {
	it('a message page carries, per file it names, the recorded hash, size and storage, or nulls when the export lacked it', async () => {
		const page = await messagesPage(db, 1, 0, 100);
		expect(page.filter((m) => m.attachments.length > 0).map((m) => m.attachments)).toEqual([
			[{ name: 'IMG-20240331-WA0001.jpg', sha256: PHOTO, bytes: 2048, storage: 'kept' }],
			[
				{ name: 'PTT-20240401-WA0002.opus', sha256: VOICE, bytes: 999, storage: 'declined' },
				{ name: 'STK-20240401-WA0003.webp', sha256: null, bytes: null, storage: null }
			]
		]);
	});

	it('recording the same files again adds nothing; keeping a declined file now upgrades its storage', async () => {
		await recordMediaFiles(db, [
			row({ path: 'IMG-20240331-WA0001.jpg', sha256: PHOTO, bytes: 2048 }),
			row({ path: 'PTT-20240401-WA0002.opus', sha256: VOICE, bytes: 999, storage: 'kept' })
		]);
		expect(await db.query(`SELECT path, storage FROM media_files ORDER BY path`)).toEqual([
			{ path: 'IMG-20240331-WA0001.jpg', storage: 'kept' },
			{ path: 'PTT-20240401-WA0002.opus', storage: 'kept' },
			{ path: 'media/extra.bin', storage: 'kept' }
		]);
		expect(await keptMediaHashes(db)).toEqual(new Set([PHOTO, VOICE, STRAY]));
	});

	it('a file that failed to save is not among the kept hashes', async () => {
		await recordMediaFiles(db, [row({ archive_id: 2, path: 'x.png', sha256: 'd'.repeat(64), storage: 'failed' })]);
		expect((await keptMediaHashes(db)).has('d'.repeat(64))).toBe(false);
	});
});
