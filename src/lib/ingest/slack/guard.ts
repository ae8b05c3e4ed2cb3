import type { ParsedFile, Platform } from '../../model/types';

/**
 * Runs a parser and turns an unexpected exception into an unparsed entry, so a bug met on some odd input costs
 * that input, never the whole import.
 */
export function guarded<A>(platform: Platform, format: string, where: (arg: A) => string, parse: (arg: A) => ParsedFile): (arg: A) => ParsedFile {
	return (arg: A) => {
		try {
			return parse(arg);
		} catch (e) {
			let path = '';
			try {
				path = where(arg);
			} catch {
				path = '';
			}
			return {
				platform,
				format,
				conversations: [],
				messages: [],
				unparsed: [{ line: 0, path, text: '', reason: `parser error: ${e instanceof Error ? e.message : String(e)}` }],
				notes: []
			};
		}
	};
}
