import type { ParsedFile } from '../../model/types';
import type { SourceProblem } from './types';

const SHOWN_CHARS = 120;

/** Every unparsed line of a parse as a problem naming the input, the member (in a zip) and the line or JSON path. */
export function unparsedProblems(file: string, entry: string, parsed: ParsedFile): SourceProblem[] {
	return parsed.unparsed.map((u) => {
		const where = u.path && u.path !== entry ? `at ${u.path}: ` : '';
		const problem: SourceProblem = { file, line: u.line > 0 ? u.line : null, message: `${where}${u.reason}: ${truncate(String(u.text ?? ''), SHOWN_CHARS)}` };
		if (entry) problem.path = entry;
		return problem;
	});
}

export function truncate(text: string, max: number): string {
	return text.length > max ? text.slice(0, max) + '…' : text;
}
