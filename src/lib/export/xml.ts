/**
 * Text for XML 1.0 documents that stay well-formed whatever a name holds: markup characters are escaped, characters
 * XML 1.0 cannot carry at all (C0 controls other than tab, LF and CR; U+FFFE, U+FFFF; a surrogate without its
 * pair) become U+FFFD, and `]]>` can never appear because `>` is always escaped.
 */

const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** Replaces what XML 1.0 cannot carry with U+FFFD. */
export function xmlChars(s: string): string {
	return s.replace(FORBIDDEN, '\ufffd');
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTRIBUTE_ESCAPES: Record<string, string> = { ...TEXT_ESCAPES, '"': '&quot;', "'": '&apos;', '\t': '&#9;', '\n': '&#10;' };

/** Character data of an element (a CR is kept as a reference: parsers turn a raw one into LF). */
export function xmlText(s: string): string {
	return xmlChars(s).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c]);
}

/** An attribute value; tab and line breaks are references so the parser's attribute normalisation keeps them. */
export function xmlAttribute(s: string): string {
	return xmlChars(s).replace(/[&<>"'\t\n\r]/g, (c) => ATTRIBUTE_ESCAPES[c]);
}
