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
	const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', warning: null };
	} catch {
		const at = firstInvalidUtf8Offset(body);
		return {
			text: new TextDecoder('windows-1252').decode(body),
			encoding: 'windows-1252',
			warning: `not valid UTF-8 (first invalid byte at offset ${at}); read as Windows-1252/Latin-1`
		};
	}
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
