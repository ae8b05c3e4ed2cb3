const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/** A display name without bidi control marks and surrounding blanks (ZWJ and variation selectors stay). */
export function cleanName(name: string): string {
	return name.replace(BIDI, '').trim();
}

/** Strips a leading BOM. */
export function stripBom(text: string): string {
	return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
