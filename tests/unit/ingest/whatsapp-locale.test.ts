// One case per entry of the localized string table: each entry, put in the line shape it occurs in, is recognised.
import { describe, expect, it } from 'vitest';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';
import { LOCALE_STRINGS, type LocaleKey } from '../../../src/lib/ingest/whatsapp/locale-strings';
import type { ParsedMessage } from '../../../src/lib/model/types';

const LRM = '\u200e';
const ANDROID = '13/01/2024, 09:00 - ';
const IOS = '[13/01/2024, 09:00:00] ';

function entries(key: LocaleKey): [string, string][] {
	return Object.entries(LOCALE_STRINGS[key]).flatMap(([lang, list]) => (list ?? []).map((s): [string, string] => [lang, s]));
}

function only(text: string): ParsedMessage {
	const file = parseWhatsAppText(text, 'chat.txt');
	expect(file.messages).toHaveLength(1);
	return file.messages[0];
}

describe('locale strings', () => {
	it('covers the required languages for the required keys', () => {
		const required: LocaleKey[] = ['mediaOmitted', 'attachedTag', 'fileAttached', 'deleted', 'edited', 'encryption'];
		for (const key of required) expect(Object.keys(LOCALE_STRINGS[key])).toEqual(expect.arrayContaining(['de', 'en', 'es', 'fr', 'it', 'pt', 'ru', 'zh']));
	});

	it.each(entries('mediaOmitted'))('mediaOmitted %s %s (any case)', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`)).toMatchObject({ kind: 'media', text: s, attachments: [] });
		expect(only(`${ANDROID}Ana: ${s.toLowerCase()}`).kind).toBe('media');
	});

	it.each(entries('typeOmitted'))('typeOmitted %s %s', (_lang, s) => {
		expect(only(`${IOS}Ana: ${LRM}${s}`)).toMatchObject({ kind: 'media', text: s, attachments: [] });
		expect(only(`${IOS}Ana: Report • 2 pages ${LRM}${s}`).kind).toBe('media');
	});

	it.each(entries('attachedTag'))('attachedTag %s %s', (_lang, s) => {
		expect(only(`${IOS}Ana: ${LRM}<${s}: 00000001-PHOTO-2024-01-13-09-00-00.jpg>`)).toMatchObject({
			kind: 'media',
			attachments: ['00000001-PHOTO-2024-01-13-09-00-00.jpg']
		});
	});

	it.each(entries('fileAttached'))('fileAttached %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: IMG-20240113-WA0001.jpg ${s}\ncaption`)).toMatchObject({
			kind: 'media',
			text: `IMG-20240113-WA0001.jpg ${s}\ncaption`,
			attachments: ['IMG-20240113-WA0001.jpg']
		});
	});

	it.each(entries('deleted'))('deleted %s %s (with or without full stop, with LRM)', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`).kind).toBe('deleted');
		expect(only(`${ANDROID}Ana: ${s}.`).kind).toBe('deleted');
		expect(only(`${IOS}Ana: ${LRM}${s}.`)).toMatchObject({ kind: 'deleted', text: `${s}.` });
	});

	it.each(entries('deletedPrefix'))('deletedPrefix %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s} Bo`).kind).toBe('deleted');
	});

	it.each(entries('edited'))('edited %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: see you at 5 ${s}`)).toMatchObject({ kind: 'text', text: 'see you at 5', edited: true });
		expect(only(`${IOS}Ana: line one\nline two ${LRM}${s}`)).toMatchObject({ text: 'line one\nline two', edited: true });
	});

	it.each(entries('encryption'))('encryption %s %s', (_lang, s) => {
		expect(only(`${ANDROID}${s}. Tap to learn more.`)).toMatchObject({ kind: 'system', author: '' });
		expect(only(`${IOS}Ops Team: ${LRM}${s}.`)).toMatchObject({ kind: 'system', author: '', authorRaw: 'Ops Team' });
		expect(only(`${IOS}Ana: ${s}.`)).toMatchObject({ kind: 'system', author: '' });
	});

	it.each(entries('call'))('call %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`)).toMatchObject({ kind: 'call', author: 'Ana' });
		expect(only(`${ANDROID}${s}`)).toMatchObject({ kind: 'call', author: '' });
		expect(only(`${IOS}Ana: ${LRM}${s}, ${LRM}Tap to call back`).kind).toBe('call');
	});

	it.each(entries('locationPrefix'))('locationPrefix %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}https://maps.google.com/?q=60.1678504,24.9529647`).kind).toBe('location');
		expect(only(`${ANDROID}Ana: Kiasma\n${s}https://maps.google.com/?q=60.1,24.9`).kind).toBe('location');
	});

	it.each(entries('liveLocation'))('liveLocation %s %s', (_lang, s) => {
		expect(only(`${ANDROID}Ana: ${s}`).kind).toBe('location');
	});

	it.each(entries('systemPhrase'))('systemPhrase %s "%s" in an LRM-marked iOS body', (_lang, s) => {
		expect(only(`${IOS}Ana Silva: ${LRM}Ana Silva${s} Bo Li`)).toMatchObject({ kind: 'system', author: '' });
	});

	it.each(entries('groupEvent'))('groupEvent %s "%s" makes the chat a group', (_lang, s) => {
		const text = [`${ANDROID}Ana: hi`, `${ANDROID}Bo: hey`, `${ANDROID}Ana${s}Cy`].join('\n');
		expect(parseWhatsAppText(text, 'chat.txt').conversations[0].kind).toBe('group');
	});

	it('a phrase without the LRM mark stays a user message', () => {
		expect(only(`${IOS}Ana: I left the keys at the dock`).kind).toBe('text');
		expect(only(`${ANDROID}Ana: the bookings were removed from the list`).kind).toBe('text');
	});

	it('the iOS location with a place name and address', () => {
		expect(only(`${IOS}Ana: ${LRM}Helsinki (Helsinki): https://maps.google.com/?q=60.167850,24.952965`).kind).toBe('location');
	});
});
