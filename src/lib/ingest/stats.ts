import type { ParsedFile, ParsedMessage, ParseStats } from '../model/types';

/** Counts over one or more parsed files, the figures `parley stats` prints. */
export function computeStats(files: ParsedFile[] | ParsedFile): ParseStats {
	const counter = createStatsCounter();
	for (const file of Array.isArray(files) ? files : [files]) {
		counter.add(file.messages);
		counter.file(file);
	}
	return counter.stats();
}

/** The same counts over records given in batches (a file of any size), then each file's conversations and unparsed lines. */
export function createStatsCounter(): {
	add(msgs: readonly ParsedMessage[]): void;
	file(file: Pick<ParsedFile, 'conversations' | 'unparsed'>): void;
	stats(): ParseStats;
} {
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
	return {
		add(msgs) {
			stats.records += msgs.length;
			for (const m of msgs) {
				if (m.kind === 'system') stats.system++;
				else if (m.author !== '') participants.add(m.author);
				if (m.kind === 'media') stats.media++;
				else if (m.kind === 'deleted') stats.deleted++;
				if (stats.first_ts === null || m.ts < stats.first_ts) stats.first_ts = m.ts;
				if (stats.last_ts === null || m.ts > stats.last_ts) stats.last_ts = m.ts;
			}
		},
		file(file) {
			stats.conversations += file.conversations.length;
			stats.unparsed += file.unparsed.length;
		},
		stats: () => ({ ...stats, participants: participants.size })
	};
}
