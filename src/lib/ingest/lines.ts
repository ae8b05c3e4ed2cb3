/** Incremental line splitting for text that arrives in chunks (File streams, zip entries). */

export interface LineSplitter {
	/** Returns the lines completed by this chunk; a trailing partial line is held back. */
	push(chunk: string): string[];
	/** Returns the held-back partial line, if any. */
	end(): string[];
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
	// The previous chunk ended in CR: an LF at the start of this one belongs to that break.
	let skipLF = false;

	return {
		push(chunk: string): string[] {
			const out: string[] = [];
			if (typeof chunk !== 'string' || chunk.length === 0) return out;
			let pos = 0;
			if (skipLF && chunk.charCodeAt(0) === LF) pos = 1;
			skipLF = false;
			if (atStart && pos < chunk.length) {
				if (chunk.charCodeAt(pos) === BOM) pos++;
				atStart = false;
			}
			const len = chunk.length;
			let nextLF = chunk.indexOf('\n', pos);
			let nextCR = chunk.indexOf('\r', pos);
			while (nextLF !== -1 || nextCR !== -1) {
				const brk = nextCR === -1 || (nextLF !== -1 && nextLF < nextCR) ? nextLF : nextCR;
				const piece = chunk.slice(pos, brk);
				out.push(carry.length === 0 ? piece : carry + piece);
				carry = '';
				pos = brk + 1;
				if (brk === nextCR) {
					if (pos === len) {
						skipLF = true;
					} else if (chunk.charCodeAt(pos) === LF) {
						pos++;
					}
				}
				if (nextLF !== -1 && nextLF < pos) nextLF = chunk.indexOf('\n', pos);
				if (nextCR !== -1 && nextCR < pos) nextCR = chunk.indexOf('\r', pos);
			}
			if (pos < len) carry = carry.length === 0 ? chunk.slice(pos) : carry + chunk.slice(pos);
			return out;
		},
		end(): string[] {
			const out = carry.length > 0 ? [carry] : [];
			carry = '';
			return out;
		}
	};
}
