import type { ContainerParser, FormatParser, SourceEntry } from '../format';
import type { ParsedFile } from '../../model/types';
import { assemble, type ThreadParts } from './assemble';
import { looksLikeMetaThread, metaPlatform } from './sniff';
import { readThreadFile, type ThreadFile } from './thread';

export { repairMojibake } from './mojibake';
export { looksLikeMetaThread, metaPlatform } from './sniff';

const PART = /(?:^|[\\/])message_(\d+)\.json$/i;

function safeEntry(entry: SourceEntry): { path: string; text: string } {
	const path = entry && typeof entry.path === 'string' ? entry.path : '';
	const text = entry && typeof entry.text === 'string' ? entry.text : '';
	return { path, text };
}

function parseSingle(entry: SourceEntry, format: 'messenger-json' | 'instagram-json'): ParsedFile {
	const { path, text } = safeEntry(entry);
	const file = readThreadFile(text, path);
	const platform = format === 'instagram-json' ? 'instagram' : 'messenger';
	return assemble(platform, format, [{ parts: [{ prefix: '', file }] }]);
}

/**
 * Messenger "Download Your Information" JSON, one thread file (`message_1.json`), also the E2EE chat export.
 * Records are emitted oldest first (Meta writes newest first): `index` follows time, `path` = `messages[i]` keeps
 * the position in the file. Times from `timestamp_ms` → UTC `…Z`; Meta's mojibake is repaired.
 */
export const messengerJson: FormatParser = {
	id: 'messenger-json',
	platform: 'messenger',
	label: 'Facebook Messenger JSON (Download Your Information, message_N.json)',
	sniff(sample: string, path: string): boolean {
		try {
			return looksLikeMetaThread(sample) && metaPlatform(sample, path) === 'messenger';
		} catch {
			return false;
		}
	},
	parse: (entry) => parseSingle(entry, 'messenger-json')
};

/** Instagram DMs from Meta's "Download Your Information" (`your_instagram_activity/messages/inbox/…/message_1.json`); same schema as Messenger. */
export const instagramJson: FormatParser = {
	id: 'instagram-json',
	platform: 'instagram',
	label: 'Instagram DMs JSON (Download Your Information, message_N.json)',
	sniff(sample: string, path: string): boolean {
		try {
			return looksLikeMetaThread(sample) && metaPlatform(sample, path) === 'instagram';
		} catch {
			return false;
		}
	},
	parse: (entry) => parseSingle(entry, 'instagram-json')
};

function folderOf(path: string): string {
	const i = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
	return i < 0 ? '' : path.slice(0, i);
}

function partNumber(path: string): number {
	const m = PART.exec(path);
	return m ? Number(m[1]) : Number.MAX_SAFE_INTEGER;
}

function oldest(file: ThreadFile): number {
	return file.records.length > 0 ? file.records[0].ms : Infinity;
}

/**
 * The `message_1.json`, `message_2.json`, … of Meta threads, merged per thread folder into one conversation each.
 * Parts are put in time order by their oldest record (Meta's numbering runs newest first), then by number.
 * Each record's `path` is `<entry path>#messages[i]`. Entries that are not `message_N.json` are left to the caller.
 */
export const messengerThreadParts: ContainerParser = {
	id: 'messenger-thread-parts',
	platform: 'messenger',
	label: 'Messenger/Instagram thread in parts (inbox/<thread>/message_1.json, message_2.json, …)',
	sniff(entries): boolean {
		try {
			if (!Array.isArray(entries)) return false;
			let parts = 0;
			for (const e of entries) {
				if (e && typeof e.path === 'string' && PART.test(e.path) && looksLikeMetaThread(e.sample)) parts++;
				if (parts >= 2) return true;
			}
			return false;
		} catch {
			return false;
		}
	},
	parse(entries): ParsedFile {
		const list = Array.isArray(entries) ? entries.map(safeEntry).filter((e) => PART.test(e.path)) : [];
		const folders = new Map<string, { path: string; file: ThreadFile }[]>();
		let instagram = 0;
		for (const e of list) {
			const file = readThreadFile(e.text, e.path);
			if (metaPlatform(e.text.slice(0, 65536), e.path) === 'instagram') instagram++;
			const key = folderOf(e.path);
			const group = folders.get(key);
			if (group) group.push({ path: e.path, file });
			else folders.set(key, [{ path: e.path, file }]);
		}
		const threads: ThreadParts[] = [];
		for (const group of folders.values()) {
			group.sort((a, b) => oldest(a.file) - oldest(b.file) || partNumber(b.path) - partNumber(a.path));
			threads.push({ parts: group.map((g) => ({ prefix: g.path, file: g.file })) });
		}
		const platform = list.length > 0 && instagram * 2 > list.length ? 'instagram' : 'messenger';
		const parsed = assemble(platform, 'messenger-thread-parts', threads);
		if (list.length === 0) parsed.notes.push('no message_N.json entries among the inputs');
		else parsed.notes.push(`${list.length} parts in ${threads.length} thread${threads.length === 1 ? '' : 's'}`);
		return parsed;
	}
};
