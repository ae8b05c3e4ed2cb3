import type { Platform } from '../model/types';
import { SNIFF_CHARS, type FormatParser } from './format';
import { FORMAT_PARSERS } from './registry';

export type Detection = { ok: true; platform: Platform } | { ok: false; message: string };
export type ParserDetection = { ok: true; parser: FormatParser } | { ok: false; message: string };

/** The first registered format whose sniff accepts the text (by content, never by file name alone). */
export function detectParser(text: string, path = '', parsers: readonly FormatParser[] = FORMAT_PARSERS): ParserDetection {
	const found = detectCandidates(text, path, parsers);
	return found.ok ? { ok: true, parser: found.parsers[0] } : found;
}

export type CandidateDetection = { ok: true; parsers: FormatParser[] } | { ok: false; message: string };

/**
 * Every registered format whose sniff accepts the text, in try order: when the first one's parser finds nothing
 * (a strict format that sniffed right but fails), the caller tries the next.
 */
export function detectCandidates(text: string, path = '', parsers: readonly FormatParser[] = FORMAT_PARSERS): CandidateDetection {
	const sample = text.length > SNIFF_CHARS ? text.slice(0, SNIFF_CHARS) : text;
	const accepted = parsers.filter((parser) => safeSniff(parser, sample, path));
	if (accepted.length > 0) return { ok: true, parsers: accepted };
	const tried = parsers.map((p) => p.label).join('; ');
	return { ok: false, message: `not a recognised chat export. Tried: ${tried}. The file begins: ${describeStart(sample)}` };
}

export function detectFormat(text: string, path = ''): Detection {
	const d = detectParser(text, path);
	return d.ok ? { ok: true, platform: d.parser.platform } : d;
}

function safeSniff(parser: FormatParser, sample: string, path: string): boolean {
	try {
		return parser.sniff(sample, path) === true;
	} catch {
		return false;
	}
}

export function describeStart(sample: string): string {
	if (sample.trim() === '') return '(empty file)';
	const lines = sample
		.split(/\r\n|\r|\n/, 20)
		.filter((l) => l.trim() !== '')
		.slice(0, 3)
		.map((l) => JSON.stringify(l.length > 80 ? l.slice(0, 80) + '…' : l));
	return lines.join(' / ');
}
