import { describe, expect, it } from 'vitest';
import { buildIndex, hitIds, phrase, term } from './fixture';

describe('Chinese', () => {
	const index = buildIndex([
		{ id: 1, text: '身份认证失败，请重试' },
		{ id: 2, text: '我们用微信聊吧' },
		{ id: 3, text: '认识你很高兴' },
		{ id: 4, text: '证书已过期' },
		{ id: 5, text: '信用卡' }
	]);
	it.each([
		['认证 finds 身份认证失败', '认证', [1]],
		['微信 finds 用微信聊', '微信', [2]],
		['a 3-character query is its bigrams, checked as a substring', '认证失', [1]],
		['a 3-character query whose bigrams occur apart is rejected', '认证书', []],
		['one character matches bigrams starting with it', '认', [1, 3]],
		['one character matches bigrams ending with it', '证', [1, 4]],
		['one character in a 1-character-long context', '信', [2, 5]]
	])('%s', (_name, q, ids) => {
		expect(hitIds(index, term(q))).toEqual(ids);
	});
	it('a phrase in Chinese', () => {
		expect(hitIds(index, phrase('身份认证'))).toEqual([1]);
	});
});

describe('Japanese', () => {
	const index = buildIndex([
		{ id: 1, text: '明日東京タワーに行きます' },
		{ id: 2, text: '京都は雨です' },
		{ id: 3, text: 'タワーマンション' }
	]);
	it.each([
		['東京', [1]],
		['タワー', [1, 3]],
		['東京タワー', [1]],
		['京', [1, 2]]
	])('%s', (q, ids) => {
		expect(hitIds(index, term(q as string))).toEqual(ids);
	});
});

describe('German: case, ß and umlauts', () => {
	const index = buildIndex([
		{ id: 1, text: 'Herr Müller kommt' },
		{ id: 2, text: 'Frau Mueller kommt' },
		{ id: 3, text: 'Herr Muller kommt' },
		{ id: 4, text: 'Die Straße ist GESPERRT' },
		{ id: 5, text: 'Strasse' }
	]);
	it.each([
		['Müller finds all three spellings', 'Müller', [1, 2, 3]],
		['MÜLLER in capitals too', 'MÜLLER', [1, 2, 3]],
		['Mueller finds Mueller and Müller', 'Mueller', [1, 2]],
		['Muller finds Muller and Müller', 'Muller', [1, 3]],
		['Straße finds ß and ss', 'Straße', [4, 5]],
		['strasse finds ß and ss', 'strasse', [4, 5]],
		['case folds', 'gesperrt', [4]]
	])('%s', (_name, q, ids) => {
		expect(hitIds(index, term(q))).toEqual(ids);
	});
	it('a phrase with an umlaut spelled with ue matches the umlaut text', () => {
		expect(hitIds(index, phrase('Herr Mueller'))).toEqual([1]);
		expect(hitIds(index, phrase('Herr Müller kommt'))).toEqual([1, 3]);
	});
});

describe('Spanish accents', () => {
	const index = buildIndex([
		{ id: 1, text: 'Una canción para el niño' },
		{ id: 2, text: 'cancion sin acento' },
		{ id: 3, text: 'Nos vemos MAÑANA' }
	]);
	it.each([
		['canción', [1, 2]],
		['cancion', [1, 2]],
		['NIÑO', [1]],
		['manana', [3]],
		['mañana', [3]]
	])('%s', (q, ids) => {
		expect(hitIds(index, term(q as string))).toEqual(ids);
	});
});
