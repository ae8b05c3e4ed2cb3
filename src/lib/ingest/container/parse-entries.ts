import type { ParsedFile } from '../../model/types';
import { detectCandidates } from '../detect';
import { SNIFF_CHARS, type ContainerParser, type FormatParser, type ParseHints, type SourceEntry } from '../format';
import { CONTAINER_PARSERS, FORMAT_PARSERS } from '../registry';
import { unparsedProblems } from './problems';
import { throwIfAborted, type ParsedEntry, type SourceProblem } from './types';

export type EntryResult = Omit<ParsedEntry, 'source'>;

/** A decoded text member: `entry` is how it is reported ('' for a plain file), `path` what the parser is given. */
export interface TextEntry extends SourceEntry {
	entry: string;
}

export interface EntryParsers {
	formats?: readonly FormatParser[];
	containers?: readonly ContainerParser[];
	signal?: AbortSignal;
	hints?: ParseHints;
}

/**
 * Container parsers see the whole entry set first (one that accepts it takes every text entry);
 * otherwise each entry goes to the first format parser that accepts it, and one nothing accepts is a problem.
 */
export interface EntriesResult {
	parsed: EntryResult[];
	problems: SourceProblem[];
	/** Entries no parser accepted (each also has its problem): in a zip, such a member may be a file a message sent. */
	refused: string[];
	/** Entries a multi-file export took as its own (read as messages or not). */
	claimed: string[];
}

export function parseEntries(file: string, entries: readonly TextEntry[], opts: EntryParsers = {}): EntriesResult {
	const formats = opts.formats ?? FORMAT_PARSERS;
	const containers = opts.containers ?? CONTAINER_PARSERS;
	const parsed: EntryResult[] = [];
	const problems: SourceProblem[] = [];

	let rest = entries;
	const claimed: string[] = [];
	const isContainer = entries.length > 1 || (entries.length === 1 && entries[0].entry !== '');
	if (isContainer && containers.length > 0) {
		const samples = entries.map((e) => ({ path: e.entry, sample: e.text.slice(0, SNIFF_CHARS) }));
		const container = containers.find((c) => safely(() => c.sniff(samples) === true, false));
		if (container) {
			// A container that says which entries are its own leaves the others (another export zipped alongside) to the formats.
			const owned = container.claims ? safely(() => container.claims!(entries.map((e) => e.entry)), null) : null;
			const own = owned ? entries.filter((e) => owned.has(e.entry)) : entries;
			const entry = commonFolder(own.map((e) => e.entry));
			const result = safeParse(container.label, () =>
				container.parse(
					own.map((e) => ({ path: e.entry, text: e.text })),
					opts.hints
				)
			);
			accept(file, entry, result, parsed, problems);
			claimed.push(...own.map((e) => e.entry));
			rest = owned ? entries.filter((e) => !owned.has(e.entry)) : [];
		}
	}

	const refused: string[] = [];
	for (const e of rest) {
		throwIfAborted(opts.signal);
		const detection = detectCandidates(e.text, e.path, formats);
		if (!detection.ok) {
			const problem: SourceProblem = { file, line: null, message: refusal(e.text, detection.message) };
			if (e.entry) problem.path = e.entry;
			problems.push(problem);
			refused.push(e.entry);
			continue;
		}
		accept(file, e.entry, firstThatReads(detection.parsers, e, opts.hints), parsed, problems);
	}
	return { parsed, problems, refused, claimed };
}

/**
 * The first candidate whose parser reads at least one record; when none does, the first one's result (its problems
 * say why), so that one strict format failing never stops the others from being tried.
 */
function firstThatReads(candidates: readonly FormatParser[], e: TextEntry, hints: ParseHints | undefined): ParsedFile | string {
	let first: ParsedFile | string | null = null;
	for (const parser of candidates) {
		const result = safeParse(parser.label, () => parser.parse({ path: e.path, text: e.text }, hints));
		if (typeof result !== 'string' && result.messages.length > 0) {
			if (first !== null && parser !== candidates[0]) result.notes.push(`read as ${parser.label} after ${candidates[0].label} found no message in it`);
			return result;
		}
		first ??= result;
	}
	return first ?? 'no parser accepted the file';
}

function accept(file: string, entry: string, result: ParsedFile | string, parsed: EntryResult[], problems: SourceProblem[]) {
	if (typeof result === 'string') {
		problems.push(entry ? { file, path: entry, line: null, message: result } : { file, line: null, message: result });
	} else {
		parsed.push({ entry, file: result });
		problems.push(...unparsedProblems(file, entry, result));
	}
	return { parsed, problems };
}

// Parsers promise not to throw; one that does costs its entry, not the whole import.
function safeParse(label: string, run: () => ParsedFile): ParsedFile | string {
	try {
		return run();
	} catch (err) {
		return `the ${label} parser failed: ${err instanceof Error ? err.message : String(err)}`;
	}
}

function safely<T>(run: () => T, fallback: T): T {
	try {
		return run();
	} catch {
		return fallback;
	}
}

const NUL_SCAN = 8192;
const JSON_SHAPE_LIMIT = 16 << 20;

/** Sharper wording for the two refusals people meet most: binary files and JSON of another shape. */
function refusal(text: string, message: string): string {
	const nul = text.slice(0, NUL_SCAN).indexOf('\u0000');
	if (nul >= 0)
		return message.replace('not a recognised chat export.', `not a recognised chat export: binary data, not text (a NUL byte at character ${nul}).`);
	const first = text.trimStart()[0];
	if (first === '{' || first === '[')
		return message.replace('not a recognised chat export.', `not a recognised chat export: JSON, but ${jsonShape(text)}, which matches no known export.`);
	return message;
}

function jsonShape(text: string): string {
	if (text.length > JSON_SHAPE_LIMIT) return 'too large to describe';
	let value: unknown;
	try {
		value = JSON.parse(text);
	} catch (e) {
		return `not valid JSON (${(e as Error).message})`;
	}
	if (Array.isArray(value)) return `an array of ${value.length} item(s)`;
	if (value && typeof value === 'object') {
		const keys = Object.keys(value);
		const shown = keys
			.slice(0, 8)
			.map((k) => JSON.stringify(k))
			.join(', ');
		return keys.length === 0 ? 'an empty object' : `an object with keys ${shown}${keys.length > 8 ? ', …' : ''}`;
	}
	return `a bare ${typeof value}`;
}

function commonFolder(paths: string[]): string {
	const folders = paths.map((p) => (p.includes('/') ? p.slice(0, p.lastIndexOf('/')) : ''));
	let common = folders[0] ?? '';
	for (const f of folders) {
		while (common !== '' && f !== common && !f.startsWith(common + '/')) common = common.includes('/') ? common.slice(0, common.lastIndexOf('/')) : '';
	}
	return common === '' ? '.' : common + '/';
}
