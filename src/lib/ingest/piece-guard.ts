import type { ConversationInfo, ParsedFile, Platform } from '../model/types';
import type { ParsedMessage } from '../model/types';
import type { PieceParser } from './piece-parser';

/**
 * A piece parser whose unexpected exception becomes a problem of its input, as `guarded` does for a whole-text
 * parse: records handed on before the fault stay, the rest of the text is not read, and end() says where it
 * stopped and why, under the input's path. An exception of `emit` (the receiving side) is not the parser's and
 * goes on to the caller.
 */
export function guardedPieces(
	platform: Platform,
	format: string,
	path: string,
	emit: (msgs: ParsedMessage[]) => void,
	create: (emit: (msgs: ParsedMessage[]) => void) => PieceParser
): PieceParser {
	let inner: PieceParser | null = null;
	let fault: unknown = null;
	let read = 0;
	let known: ConversationInfo[] = [];
	const receiving = { failed: false, error: null as unknown };
	const handOn = (msgs: ParsedMessage[]) => {
		try {
			emit(msgs);
		} catch (e) {
			receiving.failed = true;
			receiving.error = e;
			throw e;
		}
	};
	const rethrowReceiving = () => {
		if (receiving.failed) throw receiving.error;
	};
	try {
		inner = create(handOn);
	} catch (e) {
		fault = e;
	}
	// Asked of the parser only when its caller asks (a parser may settle state when asked), or once it has failed.
	const lastKnown = () => {
		try {
			if (inner) known = inner.conversations();
		} catch {
			// The conversations known before stand.
		}
	};
	const conversations = (): ConversationInfo[] => {
		if (inner && fault === null) {
			try {
				known = inner.conversations();
			} catch (e) {
				fault = e;
			}
		}
		return known;
	};
	return {
		push(text) {
			if (!inner || fault !== null) return;
			try {
				inner.push(text);
				read += text.length;
			} catch (e) {
				rethrowReceiving();
				fault = e;
				lastKnown();
			}
		},
		get messages() {
			try {
				return inner?.messages ?? 0;
			} catch {
				return 0;
			}
		},
		conversations,
		end(): ParsedFile {
			if (inner && fault === null) {
				try {
					return inner.end();
				} catch (e) {
					rethrowReceiving();
					fault = e;
					lastKnown();
				}
			}
			const message = fault instanceof Error ? fault.message : String(fault);
			const title = path.split(/[\\/]/).pop() || path;
			return {
				platform,
				format,
				conversations: known.length > 0 ? known : [{ title, kind: 'direct' }],
				messages: [],
				unparsed: [{ line: 0, path, text: '', reason: `parser error: ${message}; the text after character ${read} was not read` }],
				notes: []
			};
		}
	};
}
