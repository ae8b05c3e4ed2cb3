/**
 * The RFC 5322 / MIME wrapper of an RSMF file: headers (RFC 2047 encoded words for anything outside printable
 * ASCII, folded to 78 characters), a plain-text part, and the one base64 attachment `rsmf.zip` (RFC 2045, 76-character
 * lines). The boundary contains `_`, which base64 never produces, so no part can contain it.
 */

export const BOUNDARY = '=_parley_rsmf_boundary';
const CRLF = '\r\n';
const encoder = new TextEncoder();

export function base64(bytes: Uint8Array): string {
	let binary = '';
	for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
	return btoa(binary);
}

/** Base64 in lines of 76 characters, CRLF-terminated. */
export function base64Lines(bytes: Uint8Array): string {
	const b = base64(bytes);
	let out = '';
	for (let i = 0; i < b.length; i += 76) out += b.slice(i, i + 76) + CRLF;
	return out;
}

/** UTF-8 chunks of at most `max` bytes that never split a character. */
function utf8Chunks(text: string, max: number): Uint8Array[] {
	const chunks: Uint8Array[] = [];
	let current: number[] = [];
	for (const ch of text) {
		const bytes = encoder.encode(ch);
		if (current.length + bytes.length > max) {
			chunks.push(Uint8Array.from(current));
			current = [];
		}
		current.push(...bytes);
	}
	if (current.length > 0) chunks.push(Uint8Array.from(current));
	return chunks;
}

/** One header line, folded; a value with line breaks has them turned into spaces (a header cannot carry them). */
export function header(name: string, value: string): string {
	const flat = value.replace(/[\r\n]+/g, ' ');
	if (/^[\x20-\x7e]*$/.test(flat)) {
		const words = flat.split(' ');
		let line = `${name}:`;
		let out = '';
		for (const w of words) {
			if (line.length + 1 + w.length > 78 && line.length > name.length + 1) {
				out += line + CRLF;
				line = ` ${w}`;
			} else line += ` ${w}`;
		}
		return out + line + CRLF;
	}
	// Encoded words of 45 bytes (60 base64 characters) stay under RFC 2047's 75.
	const words = utf8Chunks(flat, 45).map((c) => `=?UTF-8?B?${base64(c)}?=`);
	return `${name}: ${words.join(`${CRLF} `)}${CRLF}`;
}

/** RFC 5322 date-time in UTC: `Mon, 08 Jan 2024 08:15:00 +0000`. */
export function rfc5322Date(date: Date): string {
	return date.toUTCString().replace(/GMT$/, '+0000');
}

export interface MimeInput {
	headers: [string, string][];
	text: string;
	zip: Uint8Array;
}

export function rsmfMime({ headers, text, zip }: MimeInput): Uint8Array {
	let out = '';
	for (const [name, value] of headers) out += header(name, value);
	out += header('MIME-Version', '1.0');
	out += `Content-Type: multipart/mixed; boundary="${BOUNDARY}"${CRLF}${CRLF}`;
	out += `This is a multi-part message in MIME format.${CRLF}`;
	out += `--${BOUNDARY}${CRLF}Content-Type: text/plain; charset="utf-8"${CRLF}Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
	out += base64Lines(encoder.encode(text));
	out += `--${BOUNDARY}${CRLF}Content-Type: application/zip; name="rsmf.zip"${CRLF}Content-Disposition: attachment; filename="rsmf.zip"${CRLF}`;
	out += `Content-Transfer-Encoding: base64${CRLF}${CRLF}`;
	out += base64Lines(zip);
	out += `--${BOUNDARY}--${CRLF}`;
	return encoder.encode(out);
}
