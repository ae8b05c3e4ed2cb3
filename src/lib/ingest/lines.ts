/** Incremental line splitting for text that arrives in chunks (File streams, zip entries). */

export interface LineSplitter {
	/**
	 * Returns the lines completed by this chunk; a trailing partial line is held back.
	 * With `starts`, appends each returned line's offset in the whole stream (all chunks so far, BOM included).
	 */
	push(chunk: string, starts?: number[]): string[];
	/** Returns the held-back partial line, if any. */
	end(starts?: number[]): string[];
}

const LF = 10;
const CR = 13;
const BOM = 0xfeff;

/**
 * Splits on CRLF, CR or LF. A CR ending one chunk and an LF starting the next count as one break,
 * and a BOM on the very first line is dropped.
 */
export function createLineSplitter(): LineSplitter {
	let carry = '';
	let atStart = true;
	// Stream offset of the first character of this chunk, and of the line being assembled.
	let offset = 0;
	let lineStart = 0;
	// The previous chunk ended in CR: an LF at the start of this one belongs to that break.
	let skipLF = false;

	return {
		push(chunk: string, starts?: number[]): string[] {
			const out: string[] = [];
			if (typeof chunk !== 'string' || chunk.length === 0) return out;
			let pos = 0;
			if (skipLF && chunk.charCodeAt(0) === LF) pos = 1;
			skipLF = false;
			if (atStart && pos < chunk.length) {
				if (chunk.charCodeAt(pos) === BOM) pos++;
				atStart = false;
			}
			if (carry.length === 0) lineStart = offset + pos;
			const len = chunk.length;
			let nextLF = chunk.indexOf('\n', pos);
			let nextCR = chunk.indexOf('\r', pos);
			while (nextLF !== -1 || nextCR !== -1) {
				const brk = nextCR === -1 || (nextLF !== -1 && nextLF < nextCR) ? nextLF : nextCR;
				const piece = chunk.slice(pos, brk);
				out.push(carry.length === 0 ? piece : carry + piece);
				starts?.push(lineStart);
				carry = '';
				pos = brk + 1;
				if (brk === nextCR) {
					if (pos === len) {
						skipLF = true;
					} else if (chunk.charCodeAt(pos) === LF) {
						pos++;
					}
				}
				lineStart = offset + pos;
				if (nextLF !== -1 && nextLF < pos) nextLF = chunk.indexOf('\n', pos);
				if (nextCR !== -1 && nextCR < pos) nextCR = chunk.indexOf('\r', pos);
			}
			if (pos < len) carry = carry.length === 0 ? chunk.slice(pos) : carry + chunk.slice(pos);
			offset += len;
			return out;
		},
		end(starts?: number[]): string[] {
			const out = carry.length > 0 ? [carry] : [];
			if (carry.length > 0) starts?.push(lineStart);
			carry = '';
			return out;
		}
	};
}
