const FULL_WIDTH_DIGIT = /[０-９]/g;

/**
 * Full-width digits (０-９, typed by Chinese and Japanese input methods) as ASCII digits. Each is one UTF-16 unit, so
 * offsets into the result are offsets into the text.
 */
export function asciiDigits(text: string): string {
	return text.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));
}

/** The text with full-width digits made ASCII when it holds any (most texts hold none and are returned as they are). */
export function withAsciiDigits(text: string): string {
	return /[０-９]/.test(text) ? asciiDigits(text) : text;
}
