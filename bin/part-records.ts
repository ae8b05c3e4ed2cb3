import type { ParseOptions } from '../src/lib/ingest/parse-source.ts';
import type { ParsedFile, ParsedMessage, SourceFile } from '../src/lib/model/types.ts';
import type { RecordEvent } from '../src/lib/pipeline/records.ts';
import { readInputRecords } from './read-inputs.ts';

/** The part (one export of an input) whose records are arriving, as the commands' record functions want it. */
export interface OpenPart {
	/** The member path inside a zip or folder; '' for a plain file. */
	entry: string;
	source: SourceFile;
	/** Its platform and its conversations as known so far (messages are not kept). */
	parsed: ParsedFile;
}

export interface PartHandlers {
	part?(part: OpenPart): void;
	records(part: OpenPart, messages: readonly ParsedMessage[]): void;
	/** What the part handed on so far is to be forgotten: it is read again. */
	restart(part: OpenPart): void;
	close?(part: OpenPart, file: ParsedFile): void;
	done?(source: SourceFile): void;
}

/** Reads one input's records batch by batch (bounded memory where the format streams); throws when it cannot be read. */
/** `report`: its problems go to stderr (once per input: not on a first reading). */
export async function eachPart(file: string, opts: ParseOptions, on: PartHandlers, report = true): Promise<void> {
	let part: OpenPart | null = null;
	let conversations: () => ParsedFile['conversations'] = () => [];
	await readInputRecords(
		file,
		opts,
		(sha256) => (e: RecordEvent) => {
			switch (e.type) {
				case 'part':
					conversations = e.conversations;
					part = {
						entry: e.entry,
						source: { name: e.name, bytes: 0, sha256: e.sha256 ?? sha256 },
						parsed: { platform: e.platform, format: e.format, conversations: e.conversations(), messages: [], unparsed: [], notes: [] }
					};
					on.part?.(part);
					return;
				case 'records':
					if (!part) return;
					part.parsed.conversations = conversations();
					on.records(part, e.messages);
					return;
				case 'columns':
					// A WhatsApp .txt read in pieces hands its records on as columns; the commands read objects.
					if (!part) return;
					part.parsed.conversations = conversations();
					on.records(part, e.columns.messages());
					return;
				case 'restart':
					if (part) on.restart(part);
					return;
				case 'close':
					if (!part) return;
					part.source = e.source;
					part.parsed = { ...e.file, messages: [] };
					on.close?.(part, e.file);
					part = null;
					return;
				case 'done':
					on.done?.(e.source);
			}
		},
		report
	);
}

/**
 * The names of each part of an input, in the order `nameValuesOf` gives them (authors and author ids as they
 * appear, then conversation titles): a first reading, so that redaction masks are numbered as if each part were
 * read whole before its records are printed.
 */
export async function namesByPart(file: string, opts: ParseOptions): Promise<string[][]> {
	const parts: string[][] = [];
	let names = new Set<string>();
	await eachPart(
		file,
		opts,
		{
			part: () => (names = new Set()),
			records: (_p, msgs) => {
				for (const m of msgs) {
					if (m.author) names.add(m.author);
					if (m.authorId) names.add(m.authorId);
				}
			},
			restart: () => (names = new Set()),
			close: (_p, f) => {
				for (const c of f.conversations) names.add(c.title);
				parts.push([...names]);
			}
		},
		false
	);
	return parts;
}
