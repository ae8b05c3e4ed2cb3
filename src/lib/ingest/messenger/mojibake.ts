const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Meta's exports write each UTF-8 byte as its own `\u00XX` escape, so `é` arrives as `Ã©` and an emoji as four
 * Latin-1 characters. Reads the code units back as bytes and decodes them as UTF-8 — only when every unit fits in
 * a byte and the bytes are valid UTF-8; any other string (already clean text, CJK, a lone `é`) is returned as is.
 */
export function repairMojibake(s: string): string {
	let high = false;
	for (let i = 0; i < s.length; i++) {
		const c = s.charCodeAt(i);
		if (c > 0xff) return s;
		if (c >= 0x80) high = true;
	}
	if (!high) return s;
	const bytes = new Uint8Array(s.length);
	for (let i = 0; i < s.length; i++) bytes[i] = s.charCodeAt(i);
	try {
		return decoder.decode(bytes);
	} catch {
		return s;
	}
}
