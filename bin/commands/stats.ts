import type { ParsedArgs } from '../args.ts';
import { readInputs } from '../read-inputs.ts';
import { computeStats } from '../../src/lib/ingest/stats.ts';
import type { ParseStats } from '../../src/lib/model/types.ts';

export interface FileStats extends ParseStats {
	file: string;
	/** Member of a zip the figures are for; absent for a plain file. */
	entry?: string;
	sha256: string;
	platform: string | null;
}

export async function runStats(args: ParsedArgs): Promise<number> {
	const rows: FileStats[] = [];
	let unreadable = 0;
	for await (const input of readInputs(args.files)) {
		if (!input.ok) {
			unreadable++;
			continue;
		}
		const { source, parsed } = input.result;
		if (parsed.length === 0) rows.push({ file: input.file, sha256: source.sha256, platform: null, ...emptyStats() });
		for (const { entry, file } of parsed) {
			rows.push({ file: input.file, ...(entry ? { entry } : {}), sha256: source.sha256, platform: file.platform, ...computeStats(file) });
		}
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
