import { describe, expect, it } from 'vitest';
import { compilePolicy } from '../../../../src/lib/risk/policy/index';

/** The matched text of every hit, in order. */
function matches(query: string, text: string): string[] {
	return compilePolicy({ id: 'or.test', name: 'or test', category: 'policy.gifts', severity: 'medium', query, description: 'a long OR' })
		.scan(text)
		.map((h) => text.slice(h.start, h.end));
}

/** ORs long enough to be evaluated through their key index, with every kind of alternative. */
const LONG_OR = 'gift OR "concert tickets" OR voucher* OR ab* OR x*z OR (dinner w/3 free) OR (memo NOT lunch) OR 红包 OR (spa OR massage OR golf OR yacht)';

describe('a long OR finds the alternatives a message holds, whatever their kind', () => {
	const cases: [string, string, string[]][] = [
		['none of them', 'see you at the meeting', []],
		['an exact word', 'a small gift for you', ['gift']],
		['a phrase', 'two concert tickets', ['concert tickets']],
		['a prefix', 'VOUCHERS attached', ['VOUCHERS']],
		['a two-letter prefix', 'see the abacus', ['abacus']],
		['a one-letter pattern', 'the xyz plan and xz', ['xyz', 'xz']],
		['a proximity', 'dinner for free tonight', ['dinner for free']],
		['a word with NOT of another', 'see the memo', ['memo']],
		['a word and its NOT', 'memo for lunch', []],
		['Chinese', '给你发个红包', ['红包']],
		['a nested OR', 'golf then a yacht', ['golf', 'yacht']],
		['several in text order', 'yacht, gift and 2 concert tickets', ['yacht', 'gift', 'concert tickets']],
		['an alternative only as part of a longer word', 'gifted giftware', []]
	];
	it.each(cases)('%s', (_name, text, expected) => {
		expect(matches(LONG_OR, text)).toEqual(expected);
	});

	it('the first alternative that matches gives the description', () => {
		const rule = compilePolicy({ id: 'or.test', name: 'or test', category: 'policy.gifts', severity: 'medium', query: LONG_OR, description: '' });
		expect(rule.scan('golf and a gift').map((h) => h.explanation)).toEqual(["'golf' (or.test: or test)", "'gift' (or.test: or test)"]);
	});
});
