import type { UnparsedLine } from '../../model/types';
import { scanArray, type ScannedItem } from '../json/records';
import { LineCounter, skipWs } from '../json/scan';

export interface DayScan {
	items: ScannedItem[];
	unparsed: UnparsedLine[];
}

/** What a JSON text holds, for a message saying it is not the expected shape. */
export function describeShape(text: string): string {
	const i = skipWs(text, 0);
	if (i >= text.length) return 'an empty file';
	const c = text[i];
	if (c === '{') {
		const keys = [...text.slice(i, i + 2000).matchAll(/"([^"\\]{1,40})"\s*:/g)].slice(0, 5).map((m) => m[1]);
		return `an object (keys ${keys.join(', ') || 'unknown'})`;
	}
	if (c === '[') return 'an array';
	if (c === '"' || c === '-' || (c >= '0' && c <= '9') || text.startsWith('true', i) || text.startsWith('false', i) || text.startsWith('null', i))
		return 'a single JSON value';
	return `text that is not JSON, beginning ${JSON.stringify(text.slice(i, i + 40))}`;
}

/** Scans a JSON array file record by record; what is broken goes to `unparsed` under `path[i]`. */
export function scanJsonArrayFile(text: string, path: string, what = 'Slack messages'): DayScan {
	const src = typeof text === 'string' ? text : '';
	const start = skipWs(src, 0);
	if (src.charCodeAt(start) !== 91) {
		return { items: [], unparsed: [{ line: 1, path, text: src.slice(0, 200), reason: `expected a JSON array of ${what}, found ${describeShape(src)}` }] };
	}
	const lines = new LineCounter(src);
	const scan = scanArray(src, start, lines);
	const unparsed = scan.problems.map((p) => ({
		line: p.line,
		path: p.index >= 0 ? `${path}[${p.index}]` : path,
		text: p.text,
		reason: p.message
	}));
	if (scan.end >= 0) {
		const rest = skipWs(src, scan.end);
		if (rest < src.length) unparsed.push({ line: lines.at(rest), path, text: src.slice(rest, rest + 200), reason: 'text after the end of the array' });
	}
	return { items: scan.items, unparsed };
}
