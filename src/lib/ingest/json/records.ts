/** Records of a JSON export, found with the shared scanner and parsed one at a time. */
import { CUT, isStop, LineCounter, skipWs, stopAt, valueEnd, walkArray, walkObject, type Stop } from './scan';

export type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

/**
 * What JSON.parse said, without the copy of the input V8 puts in its message (a record would be dumped into every
 * report) and without positions, so that records failing the same way read the same.
 */
export function describeJsonError(e: unknown): string {
	const message = e instanceof Error ? e.message : String(e);
	return (
		message
			.replace(/, ".*" is not valid JSON$/s, '')
			.replace(/ in JSON at position \d+(?: \(line \d+ column \d+\))?/, '')
			.replace(/ at position \d+(?: \(line \d+ column \d+\))?/, '')
			.replace(/ at line \d+ column \d+ of the JSON data$/, '')
			.slice(0, 200) || 'not valid JSON'
	);
}

export function parseJson(slice: string): Parsed {
	try {
		return { ok: true, value: JSON.parse(slice) };
	} catch (e) {
		return { ok: false, error: describeJsonError(e) };
	}
}

/** The start of a faulty text, for a report (at most 200 characters). */
export function excerpt(text: string, from: number, max = 200): string {
	return text.slice(from, from + max);
}

export interface ScannedItem {
	value: unknown;
	/** Position in the array. */
	index: number;
	line: number;
	lineEnd: number;
}

export interface ScanProblem {
	/** Position in the array, or -1 when the problem is not one element. */
	index: number;
	line: number;
	message: string;
	/** The start of the faulty text (at most 200 characters). */
	text: string;
}

export interface ArrayScan {
	items: ScannedItem[];
	problems: ScanProblem[];
	/** Position after the closing `]`, or -1 when the array never closed. */
	end: number;
}

/** Scans the array whose `[` is at `pos`, parsing each element on its own. */
export function scanArray(text: string, pos: number, lines: LineCounter, label: (i: number) => string = (i) => `element ${i}`): ArrayScan {
	const out: ArrayScan = { items: [], problems: [], end: -1 };
	let inside = -1;
	const walked = walkArray(
		text,
		pos,
		(index, at) => {
			const end = valueEnd(text, at);
			if (end === CUT) {
				inside = index;
				return stopAt(at, `the file ends inside ${label(index)} (cut off?)`, true);
			}
			// Nothing between two commas is an element that is not valid JSON, not the end of the walk.
			const stop = end < 0 ? at : end;
			const line = lines.at(at);
			const slice = text.slice(at, stop);
			const parsed = parseJson(slice);
			if (parsed.ok) out.items.push({ value: parsed.value, index, line, lineEnd: lines.at(end - 1) });
			else out.problems.push({ index, line, message: `${label(index)} is not valid JSON: ${parsed.error}`, text: excerpt(slice, 0) });
			return stop;
		},
		label
	);
	if (isStop(walked)) out.problems.push({ index: inside, line: lines.at(walked.offset), message: walked.reason, text: excerpt(text, walked.offset) });
	else out.end = walked;
	return out;
}

/** Where a value lies: [start, end) and the 1-based line it starts on. */
export interface Span {
	start: number;
	end: number;
	line: number;
}

export interface RootScan {
	/** What the text opens with: a JSON object (the only shape walked), an array, nothing, or other text. */
	shape: 'object' | 'array' | 'empty' | 'other';
	/** Complete top-level values by key, except the records array. */
	fields: Map<string, Span>;
	/** Complete elements of the records array, in file order; null when there is no such array. */
	elements: Span[] | null;
	/** Where and why the scan stopped before the root object closed. */
	stop: (Stop & { line: number }) | null;
}

/**
 * The top level of a JSON object holding one array of records (`messages`): the other members' spans, and the
 * span of each element of the array, so each record can be parsed on its own and a cut-off file keeps every
 * complete one.
 */
export function scanRoot(text: string, arrayKey: string, lines: LineCounter = new LineCounter(text)): RootScan {
	const scan: RootScan = { shape: 'empty', fields: new Map(), elements: null, stop: null };
	const start = skipWs(text, 0);
	if (start >= text.length) return scan;
	const first = text.charCodeAt(start);
	scan.shape = first === 123 ? 'object' : first === 91 ? 'array' : 'other';
	if (scan.shape !== 'object') return scan;
	const walked = walkObject(text, start, (key, at) => {
		if (key === arrayKey && text.charCodeAt(at) === 91 && scan.elements === null) {
			const elements: Span[] = (scan.elements = []);
			return walkArray(
				text,
				at,
				(n, el) => {
					const end = valueEnd(text, el);
					if (end === CUT) return stopAt(el, `the file ends inside ${arrayKey}[${n}] (cut off?)`, true);
					// An empty element (`,,`) keeps its place, so the records after it keep their index.
					const stop = end < 0 ? el : end;
					elements.push({ start: el, end: stop, line: lines.at(el) });
					return stop;
				},
				(i) => `${arrayKey}[${i}]`
			);
		}
		const end = valueEnd(text, at);
		if (end < 0) return undefined;
		scan.fields.set(key, { start: at, end, line: lines.at(at) });
		return end;
	});
	if (isStop(walked)) scan.stop = { ...walked, line: lines.at(walked.offset) };
	return scan;
}
