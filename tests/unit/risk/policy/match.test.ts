import { describe, expect, it } from 'vitest';
import { compilePolicy, type PolicyDefinition } from '../../../../src/lib/risk/policy/index';

function rule(query: string, extra: Partial<PolicyDefinition> = {}) {
	return compilePolicy({
		id: 'test.rule',
		name: 'test rule',
		category: 'policy.guarantee',
		severity: 'high',
		query,
		description: 'a rule under test',
		...extra
	});
}

/** The matched text of every hit, in order. */
function matches(query: string, text: string): string[] {
	return rule(query)
		.scan(text)
		.map((h) => text.slice(h.start, h.end));
}

describe('lexicon matching: what fires and which span it covers', () => {
	const cases: [string, string, string[]][] = [
		// terms: whole words, case- and accent-insensitive, ß = ss
		['guarantee', 'I GUARANTEE it', ['GUARANTEE']],
		['guarantee', 'guaranteed', []],
		['garantia', 'sin garantía', ['garantía']],
		['strasse', 'in der Straße', ['Straße']],
		['straße', 'Strasse 5', ['Strasse']],
		['cafe', 'CAFÉ au lait', ['CAFÉ']],
		['ｗｈａｔｓａｐｐ', 'my whatsapp', ['whatsapp']],
		// apostrophes: straight, curly and none are the same word
		["can't lose", 'you can’t lose', ['can’t lose']],
		["can't lose", 'you cant lose', ['cant lose']],
		// wildcards inside one word
		['guarant*', 'a guaranteed return', ['guaranteed']],
		['guarant*', 'guarant', ['guarant']],
		['unauthori?ed', 'unauthorised and unauthorized', ['unauthorised', 'unauthorized']],
		['unauthori?ed', 'unauthoried', []],
		['*mail', 'gmail or hotmail', ['gmail', 'hotmail']],
		['w*app', 'whatsapp', ['whatsapp']],
		// phrases: consecutive words, punctuation between them does not matter
		['"text me"', 'Text me later', ['Text me']],
		['"text me"', 'text, me', ['text, me']],
		['"text me"', 'text them', []],
		['risk-free', 'it is risk free', ['risk free']],
		['risk-free', 'a risk-free trade', ['risk-free']],
		// boolean operators
		['apple AND pear', 'pear then apple', ['pear then apple']],
		['apple AND pear', 'apple only', []],
		['apple OR pear', 'pear, apple', ['pear', 'apple']],
		['apple NOT pear', 'apple pie', ['apple']],
		['apple NOT pear', 'apple and pear', []],
		// proximity: within N words means at most N-1 words between
		['guarantee w/3 return', 'guarantee a good return', ['guarantee a good return']],
		['guarantee w/2 return', 'guarantee a good return', []],
		['guarantee w/4 return', 'return is what I guarantee', ['return is what I guarantee']],
		['guarantee w/3 return', 'return is what I guarantee', []],
		['guarantee pre/3 return', 'return is what I guarantee', []],
		['guarantee pre/3 return', 'guarantee the return', ['guarantee the return']],
		['guarantee post/3 return', 'return, I guarantee', ['return, I guarantee']],
		['guarantee post/3 return', 'guarantee the return', []],
		['guarantee NOT w/2 not', 'I guarantee it', ['guarantee']],
		['guarantee NOT w/2 not', 'not guarantee', []],
		['guarantee NOT post/2 not', 'guarantee it will not fall', ['guarantee']],
		['guarantee NOT pre/2 pizza', 'guarantee the pizza', []],
		['(text OR call) w/2 me', 'call or text me', ['text me']],
		['"personal phone" w/3 call', 'call my personal phone', ['call my personal phone']],
		// a term never pairs with itself
		['return w/3 return', 'one return only', []],
		['return w/3 return', 'return, return', ['return, return']],
		// nested proximity: the inner match may contain the outer term
		['(pay w/4 dinner) w/8 client', 'pay for the client dinner', ['pay for the client dinner']],
		// Chinese: a term is a substring of the running text
		['微信', '加我微信聊', ['微信']],
		['加我微信', '你加我微信吧', ['加我微信']],
		['加我微信', '加我的微信', []],
		['保?收益', '保底收益', ['保底收益']],
		// Chinese proximity counts characters
		['保证 w/3 收益', '保证年化收益', ['保证年化收益']],
		['保证 w/2 收益', '保证年化收益', []],
		// scripts side by side without spaces
		['加我 w/1 whatsapp', '加我WhatsApp', ['加我WhatsApp']],
		['whatsapp', '用WhatsApp聊', ['WhatsApp']]
	];
	it.each(cases)('%s in %j', (query, text, expected) => {
		expect(matches(query, text)).toEqual(expected);
	});
});

describe('compiled policy hits', () => {
	it('carry the rule, category, severity, span and an explanation naming the words and the rule', () => {
		const r = rule('(guarantee* OR promise*) w/5 return*', { name: 'promises of returns', id: 'policy.guarantee' });
		const text = 'We guarantee the best returns in town';
		expect(r.scan(text)).toEqual([
			{
				rule: 'policy.guarantee',
				category: 'policy.guarantee',
				severity: 'high',
				score: 0.85,
				start: 3,
				end: 29,
				explanation: "'guarantee' within 5 words of 'returns' (policy.guarantee: promises of returns)"
			}
		]);
	});

	it('score a single word lower than several words together', () => {
		expect(rule('kickback').scan('a kickback')[0].score).toBe(0.7);
		expect(rule('"kick back"').scan('a kick back')[0].score).toBe(0.85);
	});

	it('describe ordered and character proximity in words a reviewer reads', () => {
		expect(rule('call pre/2 me').scan('call me')[0].explanation).toBe("'call' followed within 2 words by 'me' (test.rule: test rule)");
		expect(rule('me post/1 call').scan('call me')[0].explanation).toBe("'me' preceded within 1 word by 'call' (test.rule: test rule)");
		expect(rule('加我 w/2 微信').scan('加我微信')[0].explanation).toBe("'加我' within 2 characters of '微信' (test.rule: test rule)");
		expect(rule('a AND b').scan('b a')[0].explanation).toBe("'a' and 'b' (test.rule: test rule)");
	});

	it('report each distinct match once, without overlapping hits', () => {
		const text = 'delete this chat. later: delete the messages';
		const hits = rule('delete w/3 (chat OR messages OR this)').scan(text);
		expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(['delete this chat', 'delete the messages']);
	});

	it('do not fire when the exceptions expression matches the message', () => {
		const r = rule('delete w/3 file*', { exceptions: 'duplicate*' });
		expect(r.scan('delete the file')).toHaveLength(1);
		expect(r.scan('delete the duplicate file')).toEqual([]);
	});

	it('ignore words inside a disclaimer, and keep offsets into the original text', () => {
		const r = rule('delete w/3 (it OR this)');
		const footer = 'This message is confidential and intended solely for the addressee. If you received it in error, please delete it.';
		expect(r.scan(footer)).toEqual([]);
		const text = `Please delete this now.\n${footer}`;
		const hits = r.scan(text);
		expect(hits.map((h) => [h.start, h.end, text.slice(h.start, h.end)])).toEqual([[7, 18, 'delete this']]);
	});

	it('return nothing for empty text or text without words', () => {
		expect(rule('a').scan('')).toEqual([]);
		expect(rule('a').scan('!!! ???')).toEqual([]);
	});

	it('give the same answer when scanned again and when another rule scanned the message in between', () => {
		const a = rule('apple');
		const b = rule('pear');
		expect(a.scan('apple pear')).toHaveLength(1);
		expect(b.scan('apple pear')).toHaveLength(1);
		expect(a.scan('apple pear')).toHaveLength(1);
		expect(a.scan('pear')).toEqual([]);
	});

	it('refuse an invalid query by throwing, naming the policy', () => {
		expect(() => rule('"open')).toThrow('policy test.rule: query: unclosed quote at 0');
		expect(() => rule('a', { exceptions: '(b' })).toThrow("policy test.rule: exceptions: unclosed '(' at 0");
	});
});

describe('lexicon matching on pathological text', () => {
	it('does not test patterns against very long words, and still finds ordinary ones', () => {
		const blob = 'a'.repeat(5000) + 'c';
		expect(matches('*a*a*b', `${blob} xaaab`)).toEqual(['xaaab']);
	});

	it('bounds the hits from a word repeated thousands of times', () => {
		const text = Array.from({ length: 5000 }, () => 'delete chat').join(' ');
		const hits = rule('delete w/2 chat').scan(text);
		expect(hits.length).toBeGreaterThan(0);
		expect(hits.length).toBeLessThanOrEqual(64);
	});
});
