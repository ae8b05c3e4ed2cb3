import type { ConversationInfo, ParsedFile, ParsedMessage } from '../model/types';

/**
 * A format's parser over text given in pieces (a file of any size is never one string): records go to `emit` as
 * they complete, and end() gives the file without them. Without `emit` it keeps them, and the whole text given in
 * one piece is the format's ordinary parse.
 */
export interface PieceParser {
	push(text: string): void;
	end(): ParsedFile;
	/** The conversations as known so far (final at end()). */
	conversations(): ConversationInfo[];
	readonly messages: number;
}

export type PieceParserFactory = (path: string, emit?: (msgs: ParsedMessage[]) => void) => PieceParser;

/** Where a piece parser's records go: kept, or handed on after each piece. */
export class RecordOutlet {
	readonly kept: ParsedMessage[] = [];
	private pending: ParsedMessage[] = [];
	count = 0;

	constructor(private readonly emit?: (msgs: ParsedMessage[]) => void) {}

	add(m: ParsedMessage): void {
		this.count++;
		(this.emit ? this.pending : this.kept).push(m);
	}

	flush(): void {
		if (!this.emit || this.pending.length === 0) return;
		const out = this.pending;
		this.pending = [];
		this.emit(out);
	}
}
