import { describe, expect, it } from 'vitest';
import { and, buildIndex, not, or, phrase, term } from './fixture';
import type { QueryNode } from '../../../../src/lib/search/types';

describe('highlightRanges', () => {
	const index = buildIndex([]);
	const cases: [string, string, QueryNode | null, [number, number][]][] = [
		[
			'a word, case-insensitive',
			'Hello hello HELLO',
			term('hello'),
			[
				[0, 5],
				[6, 11],
				[12, 17]
			]
		],
		['an umlaut word found by its ue spelling', 'Herr Müller kommt', term('mueller'), [[5, 11]]],
		['an accented word', 'Una canción', term('cancion'), [[4, 11]]],
		['ß folded to ss', 'Die Straße', term('strasse'), [[4, 10]]],
		['a Chinese bigram', '身份认证失败', term('认证'), [[2, 4]]],
		['three Chinese characters', '身份认证失败', term('认证失'), [[2, 5]]],
		['one Chinese character', '我们用微信聊吧', term('微'), [[3, 4]]],
		['a phrase across punctuation', 'The container, left!', phrase('container left'), [[4, 19]]],
		['a phrase only where the words are adjacent', 'left container left', phrase('container left'), [[5, 19]]],
		[
			'prefix',
			'shipment and ship',
			term('ship', 'prefix'),
			[
				[0, 8],
				[13, 17]
			]
		],
		['fuzzy', 'the container', term('contianer', 'fuzzy'), [[4, 13]]],
		['negated words are not marked', 'a b', and(term('a'), not(term('b'))), [[0, 1]]],
		[
			'OR marks both',
			'cats and dogs',
			or(term('dogs'), term('cats')),
			[
				[0, 4],
				[9, 13]
			]
		],
		['overlapping matches merge', 'container', or(term('container'), term('cont', 'prefix')), [[0, 9]]],
		['UTF-16 offsets after an emoji', '🎉 party', term('party'), [[3, 8]]],
		['no query', 'anything', null, []]
	];
	it.each(cases)('%s', (_name, text, ast, ranges) => {
		expect(index.highlightRanges(text, ast)).toEqual(ranges);
	});
});
