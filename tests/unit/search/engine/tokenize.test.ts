import { describe, expect, it } from 'vitest';
import { foldText, runs, tokenize } from '../../../../src/lib/search/engine/tokenize';

describe('tokenize: index terms with their source ranges', () => {
	const cases: { text: string; terms: [string, number, number][] }[] = [
		{
			text: 'Hello World',
			terms: [
				['hello', 0, 5],
				['world', 6, 11]
			]
		},
		{
			text: 'canción NIÑO',
			terms: [
				['cancion', 0, 7],
				['nino', 8, 12]
			]
		},
		{ text: 'Straße', terms: [['strasse', 0, 6]] },
		{
			text: 'Müller',
			terms: [
				['muller', 0, 6],
				['mueller', 0, 6]
			]
		},
		{
			text: 'ÄRGER',
			terms: [
				['arger', 0, 5],
				['aerger', 0, 5]
			]
		},
		// u + combining diaeresis (decomposed ü) is an umlaut too
		{
			text: 'Mu\u0308ller',
			terms: [
				['muller', 0, 7],
				['mueller', 0, 7]
			]
		},
		{
			text: 'bob@example.com',
			terms: [
				['bob', 0, 3],
				['example', 4, 11],
				['com', 12, 15]
			]
		},
		{
			text: 'e-mail 2024-03-14',
			terms: [
				['e', 0, 1],
				['mail', 2, 6],
				['2024', 7, 11],
				['03', 12, 14],
				['14', 15, 17]
			]
		},
		{
			text: 'Привет, мир',
			terms: [
				['привет', 0, 6],
				['мир', 8, 11]
			]
		},
		{
			text: '身份认证',
			terms: [
				['身份', 0, 2],
				['份认', 1, 3],
				['认证', 2, 4]
			]
		},
		{
			text: '用微信聊',
			terms: [
				['用微', 0, 2],
				['微信', 1, 3],
				['信聊', 2, 4]
			]
		},
		{ text: '猫', terms: [['猫', 0, 1]] },
		{
			text: '用WeChat聊',
			terms: [
				['用', 0, 1],
				['wechat', 1, 7],
				['聊', 7, 8]
			]
		},
		{
			text: 'カタカナ',
			terms: [
				['カタ', 0, 2],
				['タカ', 1, 3],
				['カナ', 2, 4]
			]
		},
		{
			text: '안녕하세요',
			terms: [
				['안녕', 0, 2],
				['녕하', 1, 3],
				['하세', 2, 4],
				['세요', 3, 5]
			]
		},
		{ text: '  ...!? ', terms: [] },
		{ text: '', terms: [] }
	];
	it.each(cases)('$text', ({ text, terms }) => {
		expect(tokenize(text).map((t) => [t.term, t.start, t.end])).toEqual(terms);
	});
});

describe('foldText: the folded runs joined by one space', () => {
	it.each([
		['Grüße, Müller!', 'grusse muller'],
		['用WeChat聊', '用 wechat 聊'],
		['  Déjà   vu ', 'deja vu'],
		['身份认证失败', '身份认证失败'],
		['ＦＵＬＬwidth', 'fullwidth']
	])('%s → %s', (text, folded) => {
		expect(foldText(text)).toBe(folded);
	});
});

describe('runs', () => {
	it('marks CJK runs and umlaut alternatives', () => {
		expect(runs('Öl 東京')).toEqual([
			{ text: 'ol', alt: 'oel', cjk: false, start: 0, end: 2 },
			{ text: '東京', alt: null, cjk: true, start: 3, end: 5 }
		]);
	});
});
