import type { ParsedFile, UnparsedLine } from '../../model/types';
import type { SourceProblem } from './types';

const SHOWN_CHARS = 120;
const SHOWN_PLACES = 3;

/**
 * The unparsed lines of a parse as problems naming the input, the member (in a zip) and the line or JSON path.
 * Records of a JSON export that fail for the same reason are one problem with their count and the first few
 * places (a new record shape fails in every record alike); every one of them stays in `unparsed`.
 */
export function unparsedProblems(file: string, entry: string, parsed: ParsedFile): SourceProblem[] {
	const byReason = new Map<string, UnparsedLine[]>();
	for (const u of parsed.unparsed) {
		if (!u.path || u.path === entry) continue;
		const same = byReason.get(u.reason);
		if (same) same.push(u);
		else byReason.set(u.reason, [u]);
	}
	const problems: SourceProblem[] = [];
	for (const u of parsed.unparsed) {
		const same = u.path && u.path !== entry ? byReason.get(u.reason) : undefined;
		if (same && same.length > 1) {
			if (same[0] === u) problems.push(grouped(file, entry, same));
			continue;
		}
		const where = u.path && u.path !== entry ? `at ${u.path}: ` : '';
		problems.push(problem(file, entry, u.line, `${where}${u.reason}: ${truncate(String(u.text ?? ''), SHOWN_CHARS)}`));
	}
	return problems;
}

function grouped(file: string, entry: string, same: UnparsedLine[]): SourceProblem {
	const first = same[0];
	const places = same.slice(0, SHOWN_PLACES).map((u) => (u.line > 0 ? `${u.path} (line ${u.line})` : u.path));
	const more = same.length > SHOWN_PLACES ? `, and ${same.length - SHOWN_PLACES} more` : '';
	const message = `${same.length} records not read: ${first.reason}, at ${places.join(', ')}${more}; each is kept in unparsed_lines. The first begins: ${truncate(String(first.text ?? ''), SHOWN_CHARS)}`;
	return problem(file, entry, first.line, message);
}

function problem(file: string, entry: string, line: number, message: string): SourceProblem {
	const p: SourceProblem = { file, line: line > 0 ? line : null, message };
	if (entry) p.path = entry;
	return p;
}

export function truncate(text: string, max: number): string {
	return text.length > max ? text.slice(0, max) + '…' : text;
}
