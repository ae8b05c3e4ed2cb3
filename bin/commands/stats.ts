import type { ParsedArgs } from '../args.ts';
import { eachPart } from '../part-records.ts';
import { cannotRead } from '../read-inputs.ts';
import { createStatsCounter } from '../../src/lib/ingest/stats.ts';
import type { ParseStats } from '../../src/lib/model/types.ts';

export interface FileStats extends ParseStats {
	file: string;
	/** Member of a zip the figures are for; absent for a plain file. */
	entry?: string;
	sha256: string;
	platform: string | null;
}

/** Counts per export of each input, its records counted batch by batch (bounded memory whatever the input's size). */
export async function runStats(args: ParsedArgs): Promise<number> {
	const rows: FileStats[] = [];
	let unreadable = 0;
	for (const file of args.files) {
		const parts: { entry: string; platform: string; stats: ParseStats }[] = [];
		let counter = createStatsCounter();
		let sha256 = '';
		try {
			await eachPart(
				file,
				{},
				{
					part: () => (counter = createStatsCounter()),
					records: (_p, msgs) => counter.add(msgs),
					restart: () => (counter = createStatsCounter()),
					close: ({ entry }, f) => {
						counter.file(f);
						parts.push({ entry, platform: f.platform, stats: counter.stats() });
					},
					done: (source) => (sha256 = source.sha256)
				}
			);
		} catch (err) {
			cannotRead(file, err);
			unreadable++;
			continue;
		}
		if (parts.length === 0) rows.push({ file, sha256, platform: null, ...emptyStats() });
		for (const { entry, platform, stats } of parts) rows.push({ file, ...(entry ? { entry } : {}), sha256, platform, ...stats });
	}
	process.stdout.write(args.json ? JSON.stringify(rows, null, 2) + '\n' : formatTable(rows));
	return unreadable > 0 ? 1 : 0;
}

function emptyStats(): ParseStats {
	return { conversations: 0, participants: 0, records: 0, system: 0, media: 0, deleted: 0, unparsed: 0, first_ts: null, last_ts: null };
}

const COLUMNS: (keyof FileStats)[] = ['platform', 'records', 'participants', 'system', 'media', 'deleted', 'unparsed', 'first_ts', 'last_ts'];

function formatTable(rows: FileStats[]): string {
	return (
		rows
			.map((r) =>
				[r.entry ? `${r.file} → ${r.entry}` : r.file, ...COLUMNS.map((c) => `  ${c.padEnd(13)} ${r[c] ?? '—'}`), `  ${'sha256'.padEnd(13)} ${r.sha256}`].join(
					'\n'
				)
			)
			.join('\n\n') + '\n'
	);
}
