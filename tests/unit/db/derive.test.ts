import { describe, expect, it } from 'vitest';
import { mediaTypeOf, phoneFromHandle } from '$lib/db/derive';

describe('phoneFromHandle', () => {
	it.each([
		['+49 170 1234567', '+491701234567'],
		['\u202a+1 (555) 123-4567\u202c', '+15551234567'],
		['+86\u00a0138\u00a00013\u00a08000', '+8613800138000'],
		['0170 1234567', '01701234567'],
		['+44 20 7946 0958', '+442079460958'],
		['Alice', null],
		['Bob 2', null],
		['12345', null],
		['+1234567890123456', null],
		['', null]
	])('%j → %j', (handle, phone) => {
		expect(phoneFromHandle(handle)).toBe(phone);
	});
});

describe('mediaTypeOf', () => {
	it.each([
		['IMG-20240101-WA0001.jpg', 'image'],
		['00000012-PHOTO-2024-03-31-02-30-00.JPEG', 'image'],
		['VID-20240101-WA0002.mp4', 'video'],
		['PTT-20240101-WA0003.opus', 'audio'],
		['STK-20240101-WA0004.webp', 'sticker'],
		['photo.webp', 'image'],
		['Contract final.pdf', 'document'],
		['Alice.vcf', 'document'],
		['no extension', 'other'],
		['archive.7z', 'other']
	])('%j → %s', (name, type) => {
		expect(mediaTypeOf(name)).toBe(type);
	});
});
