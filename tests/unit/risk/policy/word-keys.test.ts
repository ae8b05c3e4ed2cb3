import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, parsePolicyQuery, stripDisclaimers } from '../../../../src/lib/risk/policy/index';
import { anchorKeyTest, anchorTest, MessageWords } from '../../../../src/lib/risk/policy/match';
import { normAt, tokenize, wordHash, wordKeys, wordKeysOf } from '../../../../src/lib/risk/policy/tokenize';
import { POLICY_CORPUS_LANGS, readPolicyCorpus } from './corpus';

const CORPUS = POLICY_CORPUS_LANGS.flatMap((l) => readPolicyCorpus(l).map((c) => c.text));

const ODD: [string, string][] = [
	['empty', ''],
	['chat spellings, upper and lower', 'U R late, pls call me b4 5 — Thx, WA or TG? XQ no'],
	['apostrophes', "can't CAN’T o'neil rock'n'roll 'quoted' end'"],
	['accents and ß', 'Straße GRÜSSE naïve Ñandú crème brûlée'],
	['full-width and compatibility forms', 'ＡＢＣ ｆｕｌｌ ﬁnance ①②'],
	['CJK, kana and traditional', '請刪除這個聊天記錄 カタカナ ひらがな 微信聊'],
	['astral characters', '𠀀𠀁 word 😀 next 𝐁𝐨𝐥𝐝'],
	['digits and mixed', 'abc123 A1 1a 2024-01-02 4929134578201136'],
	['one and two letters', 'a b I X ok OK Ok oK']
];

function actual(text: string) {
	const w = wordKeysOf(text);
	return { keys: w.keys, hashes: w.hashes, norms: w.keys.map((_, i) => normAt(w, i)) };
}

function expected(text: string) {
	const tokens = tokenize(text);
	return { keys: tokens.map((t) => wordKeys(t.norm)), hashes: tokens.map((t) => wordHash(t.norm)), norms: tokens.map((t) => t.norm) };
}

describe('wordKeysOf gives the keys of the words tokenize makes, without making them', () => {
	it.each(ODD)('%s', (_name, text) => {
		expect(actual(text)).toEqual(expected(text));
	});

	it('over the policy corpus, message by message', () => {
		expect(CORPUS.length).toBeGreaterThan(100);
		for (const text of CORPUS) expect(actual(text), text).toEqual(expected(text));
	});
});

describe('anchorKeyTest on the raw text rules out only messages anchorTest rules out', () => {
	for (const policy of BUILTIN_POLICIES) {
		it(policy.id, () => {
			const parsed = parsePolicyQuery(policy.query);
			if (!parsed.ok) throw new Error('built-in must parse');
			const full = anchorTest(parsed.ast);
			const quick = anchorKeyTest(parsed.ast);
			let ruledOut = 0;
			for (const text of CORPUS) {
				if (quick(wordKeysOf(text))) continue;
				ruledOut++;
				expect(full(new MessageWords(text, tokenize(stripDisclaimers(text)))), text).toBe(false);
			}
			// not vacuous: the corpus is written to hit the policies, yet half of it is ruled out by the keys alone
			expect(ruledOut).toBeGreaterThan(CORPUS.length / 2);
		});
	}

	it('a query whose anchor is a one-letter prefix (any word may start it) is never ruled out by keys', () => {
		const parsed = parsePolicyQuery('q*');
		if (!parsed.ok) throw new Error('must parse');
		expect(anchorKeyTest(parsed.ast)(wordKeysOf('nothing here'))).toBe(true);
		expect(anchorKeyTest(parsed.ast)(wordKeysOf(''))).toBe(true);
	});

	it('a message without an anchor word is ruled out; one with it is not', () => {
		const parsed = parsePolicyQuery('shred* w/3 (file OR files)');
		if (!parsed.ok) throw new Error('must parse');
		const quick = anchorKeyTest(parsed.ast);
		expect(quick(wordKeysOf('lunch at noon?'))).toBe(false);
		expect(quick(wordKeysOf('SHREDDING the files today'))).toBe(true);
	});
});
