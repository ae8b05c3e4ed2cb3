import { describe, expect, it } from 'vitest';
import { decodeText, firstInvalidUtf8Offset } from '../../../src/lib/ingest/decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeText', () => {
	it.each([
		['plain UTF-8', utf8('héllo 你好'), 'héllo 你好', 'utf-8'],
		['UTF-8 with BOM', bytes(0xef, 0xbb, 0xbf, 0x68, 0x69), 'hi', 'utf-8'],
		['UTF-16LE with BOM', bytes(0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00), 'hé', 'utf-16le'],
		['UTF-16BE with BOM', bytes(0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9), 'hé', 'utf-16be'],
		['Latin-1 bytes', bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72), 'Müller', 'windows-1252'],
		['empty file', bytes(), '', 'utf-8']
	])('%s', (_name, input, text, encoding) => {
		const decoded = decodeText(input);
		expect(decoded.text).toBe(text);
		expect(decoded.encoding).toBe(encoding);
	});

	it('says where UTF-8 broke when it falls back', () => {
		expect(decodeText(bytes(0x61, 0x62, 0xfc, 0x63)).warning).toMatch(/offset 2/);
	});
});

describe('firstInvalidUtf8Offset', () => {
	it.each([
		['valid ASCII', utf8('abc'), -1],
		['valid 4-byte emoji', utf8('a👍'), -1],
		['lone continuation byte', bytes(0x61, 0x80), 1],
		['truncated 3-byte sequence at the end', bytes(0x61, 0xe4, 0xbd), 1],
		['overlong lead byte', bytes(0xc0, 0x80), 0]
	])('%s', (_name, input, offset) => {
		expect(firstInvalidUtf8Offset(input)).toBe(offset);
	});
});

describe('decodeText without a byte-order mark', () => {
	const le = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]));
	const be = (s: string) => new Uint8Array([...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]));
	it.each([
		['UTF-16LE', le('16.01.21, 23:09 - Max: hallo'), 'utf-16le'],
		['UTF-16BE', be('16.01.21, 23:09 - Max: hallo'), 'utf-16be']
	])('reads %s by its zero bytes and says so', (_n, input, encoding) => {
		const decoded = decodeText(input);
		expect(decoded.encoding).toBe(encoding);
		expect(decoded.text).toBe('16.01.21, 23:09 - Max: hallo');
		expect(decoded.warning).toMatch(/no byte-order mark/);
	});
});
