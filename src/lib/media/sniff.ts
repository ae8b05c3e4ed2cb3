/**
 * What a media file is, from its first bytes only — never from its name, extension or a declared type.
 *
 * `type` is the only MIME type Parley ever gives a blob of an attachment: a raster image, audio or video type when the
 * bytes are one (a browser shows such a blob as a picture or a player, never as a document that runs script), and
 * `application/octet-stream` for everything else, which a browser downloads rather than renders. SVG, HTML, XML and
 * PDF are "everything else": they are documents that can carry script.
 */

export type MediaKind = 'image' | 'audio' | 'video' | 'text' | 'file';

export interface SniffedMedia {
	/** image, audio and video are shown inline; text can be shown escaped; file is only offered as a download. */
	kind: MediaKind;
	/** The MIME type for a blob of these bytes: a raster, audio or video type, else application/octet-stream. */
	type: string;
	/** What the bytes are, for people: "PNG image", "SVG, HTML or XML markup", "PDF document", "empty file". */
	label: string;
}

export const DOWNLOAD_TYPE = 'application/octet-stream';

/** Enough of the head of a file for every rule below (ISO media brand lists, Matroska doc types, UTF-8 checks). */
export const SNIFF_BYTES = 4096;

const file = (label: string): SniffedMedia => ({ kind: 'file', type: DOWNLOAD_TYPE, label });
const text = (label: string): SniffedMedia => ({ kind: 'text', type: DOWNLOAD_TYPE, label });
const shown = (kind: 'image' | 'audio' | 'video', type: string, label: string): SniffedMedia => ({ kind, type, label });

export function sniffMedia(head: Uint8Array): SniffedMedia {
	const b = head;
	if (b.length === 0) return file('empty file');
	if (starts(b, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return shown('image', 'image/png', 'PNG image');
	if (starts(b, [0xff, 0xd8, 0xff])) return shown('image', 'image/jpeg', 'JPEG image');
	if (ascii(b, 0, 'GIF87a') || ascii(b, 0, 'GIF89a')) return shown('image', 'image/gif', 'GIF image');
	if (ascii(b, 0, 'RIFF') && b.length >= 16) {
		if (ascii(b, 8, 'WEBP') && (ascii(b, 12, 'VP8 ') || ascii(b, 12, 'VP8L') || ascii(b, 12, 'VP8X'))) return shown('image', 'image/webp', 'WebP image');
		if (ascii(b, 8, 'WAVE')) return shown('audio', 'audio/wav', 'WAV audio');
		if (ascii(b, 8, 'AVI ')) return file('AVI video');
	}
	if (isBmp(b)) return shown('image', 'image/bmp', 'BMP image');
	const iso = isoMedia(b);
	if (iso) return iso;
	if (starts(b, [0x1a, 0x45, 0xdf, 0xa3])) return matroska(b);
	if (ascii(b, 0, 'OggS')) return shown('audio', 'audio/ogg', 'Ogg audio');
	if (ascii(b, 0, 'fLaC')) return shown('audio', 'audio/flac', 'FLAC audio');
	if (ascii(b, 0, 'ID3') && b.length >= 10) return shown('audio', 'audio/mpeg', 'MP3 audio');
	if (isAdts(b)) return shown('audio', 'audio/aac', 'AAC audio');
	if (isMpegAudio(b)) return shown('audio', 'audio/mpeg', 'MP3 audio');
	if (ascii(b, 0, '#!AMR')) return file('AMR audio');
	if (ascii(b, 0, '%PDF-')) return file('PDF document');
	if (starts(b, [0x50, 0x4b, 0x03, 0x04]) || starts(b, [0x50, 0x4b, 0x05, 0x06])) return file('zip container (also Office documents)');
	if (starts(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return file('legacy Office document');
	if (ascii(b, 0, 'II*\u0000') || ascii(b, 0, 'MM\u0000*')) return file('TIFF image');
	if (isText(b)) return looksLikeMarkup(b) ? text('SVG, HTML or XML markup') : text('text');
	return file('binary file');
}

function starts(b: Uint8Array, sig: readonly number[], at = 0): boolean {
	if (b.length < at + sig.length) return false;
	for (let i = 0; i < sig.length; i++) if (b[at + i] !== sig[i]) return false;
	return true;
}

function ascii(b: Uint8Array, at: number, s: string): boolean {
	if (b.length < at + s.length) return false;
	for (let i = 0; i < s.length; i++) if (b[at + i] !== s.charCodeAt(i)) return false;
	return true;
}

function u32le(b: Uint8Array, at: number): number {
	return (b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24)) >>> 0;
}

function u32be(b: Uint8Array, at: number): number {
	return ((b[at] << 24) | (b[at + 1] << 16) | (b[at + 2] << 8) | b[at + 3]) >>> 0;
}

/** "BM", then a DIB header of one of the sizes Windows and OS/2 define, and planes = 1. */
function isBmp(b: Uint8Array): boolean {
	if (!ascii(b, 0, 'BM') || b.length < 28) return false;
	const dib = u32le(b, 14);
	if (![12, 40, 52, 56, 64, 108, 124].includes(dib)) return false;
	const planes = dib === 12 ? b[22] | (b[23] << 8) : b[26] | (b[27] << 8);
	return planes === 1;
}

const AVIF_BRANDS = new Set(['avif', 'avis']);
const HEIF_BRANDS = new Set(['heic', 'heix', 'heim', 'heis', 'hevc', 'hevx', 'mif1', 'msf1']);
const MP4_BRANDS = new Set(['isom', 'iso2', 'iso3', 'iso4', 'iso5', 'iso6', 'mp41', 'mp42', 'avc1', 'dash', 'M4V ', 'M4VP', 'f4v ', 'mmp4', 'MSNV', 'NDAS']);
const AUDIO_MP4_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ']);
const GPP_BRANDS = /^3g[2p]/;

/** ISO base media (MP4, MOV, 3GP, AVIF, HEIC): a leading `ftyp` box, told apart by its major and compatible brands. */
function isoMedia(b: Uint8Array): SniffedMedia | null {
	if (b.length < 16 || !ascii(b, 4, 'ftyp')) return null;
	const size = u32be(b, 0);
	if (size < 16 || size % 4 !== 0) return null;
	const brands: string[] = [brandAt(b, 8)];
	for (let at = 16; at + 4 <= Math.min(size, b.length); at += 4) brands.push(brandAt(b, at));
	const major = brands[0];
	const has = (set: Set<string>) => brands.some((x) => set.has(x));
	if (AVIF_BRANDS.has(major) || (!HEIF_BRANDS.has(major) && has(AVIF_BRANDS))) return shown('image', 'image/avif', 'AVIF image');
	if (HEIF_BRANDS.has(major)) return file('HEIC/HEIF image');
	if (AUDIO_MP4_BRANDS.has(major)) return shown('audio', 'audio/mp4', 'MPEG-4 audio');
	if (major === 'qt  ') return shown('video', 'video/quicktime', 'QuickTime video');
	if (GPP_BRANDS.test(major)) return shown('video', 'video/3gpp', '3GP video');
	if (MP4_BRANDS.has(major) || has(MP4_BRANDS)) return shown('video', 'video/mp4', 'MPEG-4 video');
	if (has(HEIF_BRANDS)) return file('HEIC/HEIF image');
	return file(`ISO media (${major.trim() || 'unknown brand'})`);
}

function brandAt(b: Uint8Array, at: number): string {
	return String.fromCharCode(b[at], b[at + 1], b[at + 2], b[at + 3]);
}

/** EBML: WebM when its DocType says so; other Matroska files are offered as downloads (browsers play few of them). */
function matroska(b: Uint8Array): SniffedMedia {
	const head = String.fromCharCode(...b.subarray(0, Math.min(b.length, 64)));
	const at = head.indexOf('\u0042\u0082');
	const docType = at >= 0 ? head.slice(at + 3, at + 3 + (b[at + 2] & 0x7f)) : '';
	return docType === 'webm' ? shown('video', 'video/webm', 'WebM video') : file('Matroska video');
}

/** ADTS AAC: twelve sync bits, MPEG-4 or -2, layer 00. */
function isAdts(b: Uint8Array): boolean {
	return b.length >= 7 && b[0] === 0xff && (b[1] & 0xf6) === 0xf0;
}

/** An MPEG audio frame header: sync, a version other than reserved, layer III, a valid bitrate and sample rate. */
function isMpegAudio(b: Uint8Array): boolean {
	if (b.length < 4 || b[0] !== 0xff || (b[1] & 0xe0) !== 0xe0) return false;
	const version = (b[1] >> 3) & 3;
	const layer = (b[1] >> 1) & 3;
	const bitrate = b[2] >> 4;
	const rate = (b[2] >> 2) & 3;
	return version !== 1 && layer === 1 && bitrate !== 0 && bitrate !== 15 && rate !== 3;
}

/** Text when the head has no NUL and decodes as UTF-8 (a character cut at the end of the head is allowed) or UTF-16 with a BOM. */
function isText(b: Uint8Array): boolean {
	if ((b[0] === 0xff && b[1] === 0xfe) || (b[0] === 0xfe && b[1] === 0xff)) return true;
	if (b.includes(0)) return false;
	let end = b.length;
	// Step back over a multi-byte sequence the head may have cut.
	for (let i = 1; i <= 3 && end - i >= 0; i++) {
		const c = b[end - i];
		if ((c & 0xc0) === 0xc0) {
			end -= i;
			break;
		}
		if ((c & 0x80) === 0) break;
	}
	try {
		new TextDecoder('utf-8', { fatal: true }).decode(b.subarray(0, end));
		return true;
	} catch {
		return false;
	}
}

/** Markup after an optional BOM and whitespace: `<?xml`, `<svg`, `<!DOCTYPE`, `<html`, any tag. */
function looksLikeMarkup(b: Uint8Array): boolean {
	const s = new TextDecoder('utf-8')
		.decode(b.subarray(0, 512))
		.replace(/^\uFEFF/, '')
		.trimStart();
	return /^<[!?a-zA-Z]/.test(s);
}
