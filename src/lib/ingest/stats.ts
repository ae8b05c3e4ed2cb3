import type { ParsedFile, ParseStats } from '../model/types';

/** Counts over one or more parsed files, the figures `parley stats` prints. */
export function computeStats(files: ParsedFile[] | ParsedFile): ParseStats {
	const list = Array.isArray(files) ? files : [files];
	const participants = new Set<string>();
	const stats: ParseStats = {
		conversations: 0,
		participants: 0,
		records: 0,
		system: 0,
		media: 0,
		deleted: 0,
		unparsed: 0,
		first_ts: null,
		last_ts: null
	};
	for (const file of list) {
		stats.conversations += file.conversations.length;
		stats.records += file.messages.length;
		stats.unparsed += file.unparsed.length;
		for (const m of file.messages) {
			if (m.kind === 'system') stats.system++;
			else if (m.author !== '') participants.add(m.author);
			if (m.kind === 'media') stats.media++;
			else if (m.kind === 'deleted') stats.deleted++;
			if (stats.first_ts === null || m.ts < stats.first_ts) stats.first_ts = m.ts;
			if (stats.last_ts === null || m.ts > stats.last_ts) stats.last_ts = m.ts;
		}
	}
	stats.participants = participants.size;
	return stats;
}
