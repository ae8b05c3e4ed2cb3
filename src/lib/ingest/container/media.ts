/** What a zip member is by its name: text to parse, or a media file to attach. */

const TEXT_EXTENSIONS = new Set(['txt', 'json', 'jsonl', 'ndjson', 'csv', 'tsv', 'html', 'htm', 'xml', 'md', 'js']);

const MIME: Record<string, string> = {
	jpg: 'image/jpeg',
	jpeg: 'image/jpeg',
	png: 'image/png',
	gif: 'image/gif',
	webp: 'image/webp',
	heic: 'image/heic',
	bmp: 'image/bmp',
	svg: 'image/svg+xml',
	mp4: 'video/mp4',
	mov: 'video/quicktime',
	'3gp': 'video/3gpp',
	webm: 'video/webm',
	opus: 'audio/ogg',
	ogg: 'audio/ogg',
	m4a: 'audio/mp4',
	mp3: 'audio/mpeg',
	aac: 'audio/aac',
	wav: 'audio/wav',
	pdf: 'application/pdf',
	vcf: 'text/vcard',
	vcard: 'text/vcard',
	doc: 'application/msword',
	docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
	xls: 'application/vnd.ms-excel',
	xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
	pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
	zip: 'application/zip'
};

export function extensionOf(path: string): string {
	const base = baseName(path);
	const dot = base.lastIndexOf('.');
	return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

export function baseName(path: string): string {
	const slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
	return slash >= 0 ? path.slice(slash + 1) : path;
}

export function mimeOf(path: string): string {
	return MIME[extensionOf(path)] ?? 'application/octet-stream';
}

/** Text by extension; an unknown extension is text when its first bytes hold no NUL (binary files almost always do). */
export function isTextMember(path: string, bytes: Uint8Array): boolean {
	const ext = extensionOf(path);
	if (TEXT_EXTENSIONS.has(ext)) return true;
	if (ext in MIME) return false;
	return !looksBinary(bytes);
}

/** A NUL byte early on, without a UTF-16 byte order mark: no text export looks like that. */
export function looksBinary(bytes: Uint8Array): boolean {
	if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return false;
	const n = Math.min(bytes.length, 8192);
	for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
	return false;
}
