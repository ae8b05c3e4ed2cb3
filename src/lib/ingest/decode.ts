/** Bytes → text, with the encoding named so the import summary can say what was assumed. */
export interface DecodedText {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
	/** Set when the bytes were not valid in the declared/assumed encoding. */
	warning: string | null;
}

export function decodeText(bytes: Uint8Array): DecodedText {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeWith(bytes.subarray(2), 'utf-16le');
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeWith(bytes.subarray(2), 'utf-16be');
	const utf16 = sniffUtf16(bytes);
	if (utf16) return { ...decodeWith(bytes, utf16), warning: `no byte-order mark; read as ${utf16.toUpperCase()} (every other byte is 0)` };
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', warning: null };
	} catch {
		const at = firstInvalidUtf8Offset(body);
		// Valid multi-byte sequences mean UTF-8 text with some damage (binary garbage, a cut): keep the text UTF-8.
		if (hasUtf8Sequence(body)) {
			return {
				text: new TextDecoder('utf-8').decode(body),
				encoding: 'utf-8',
				warning: `not valid UTF-8 throughout (first invalid byte at offset ${at}); invalid bytes read as U+FFFD, the rest as UTF-8`
			};
		}
		return {
			text: new TextDecoder('windows-1252').decode(body),
			encoding: 'windows-1252',
			warning: `not valid UTF-8 (first invalid byte at offset ${at}); read as Windows-1252/Latin-1`
		};
	}
}

const UTF16_SAMPLE = 4096;

/** UTF-16 without a byte-order mark: text of mostly Latin characters has a 0 in every other byte. */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, UTF16_SAMPLE) & ~1;
	if (n < 8) return null;
	let evenZero = 0;
	let oddZero = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenZero++;
		if (bytes[i + 1] === 0) oddZero++;
	}
	const pairs = n / 2;
	if (oddZero > pairs * 0.4 && evenZero < pairs * 0.05) return 'utf-16le';
	if (evenZero > pairs * 0.4 && oddZero < pairs * 0.05) return 'utf-16be';
	return null;
}

const SEQUENCE_SCAN = 1 << 20;

/** True when the bytes hold at least one well-formed multi-byte UTF-8 sequence (a Latin-1 file practically never does). */
export function hasUtf8Sequence(bytes: Uint8Array): boolean {
	const end = Math.min(bytes.length, SEQUENCE_SCAN);
	for (let i = 0; i < end; i++) {
		const b = bytes[i];
		if (b < 0xc2 || b > 0xf4) continue;
		const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
		let ok = i + need < bytes.length;
		for (let k = 1; ok && k <= need; k++) ok = (bytes[i + k] & 0xc0) === 0x80;
		if (ok) return true;
	}
	return false;
}

function decodeWith(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedText {
	return { text: new TextDecoder(encoding).decode(bytes), encoding, warning: null };
}

/** Offset of the first byte that breaks UTF-8 (TextDecoder does not say where it failed). */
export function firstInvalidUtf8Offset(bytes: Uint8Array): number {
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
		if (need < 0) return i;
		for (let k = 1; k <= need; k++) {
			if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i;
		}
		i += need + 1;
	}
	return -1;
}
