import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, parsePolicyQuery, stripDisclaimers } from '../../../../src/lib/risk/policy/index';
import { anchorTest, evaluate, MessageWords } from '../../../../src/lib/risk/policy/match';
import { tokenize } from '../../../../src/lib/risk/policy/tokenize';
import { POLICY_CORPUS_LANGS, readPolicyCorpus } from './corpus';

const TEXTS = POLICY_CORPUS_LANGS.flatMap((l) => readPolicyCorpus(l).map((c) => c.text));

function words(text: string): MessageWords {
	return new MessageWords(text, tokenize(stripDisclaimers(text)));
}

describe('the word prefilter only skips messages that cannot match', () => {
	for (const policy of BUILTIN_POLICIES) {
		it(policy.id, () => {
			const parsed = parsePolicyQuery(policy.query);
			if (!parsed.ok) throw new Error('built-in must parse');
			const test = anchorTest(parsed.ast);
			let skipped = 0;
			let matched = 0;
			for (const text of TEXTS) {
				const hasMatch = evaluate(parsed.ast, words(text)).instances.length > 0;
				if (hasMatch) matched++;
				if (!test(words(text))) {
					skipped++;
					expect(hasMatch, text).toBe(false);
				}
			}
			// the test is not vacuous: the prefilter skips many messages and the policy matches some (a structure layer
			// matches fewer of the tuned messages: the lexicon of its category matches them first)
			expect(skipped).toBeGreaterThan(TEXTS.length / 2);
			expect(matched).toBeGreaterThan(policy.id.endsWith('.structure') ? 5 : 10);
		});
	}

	it('keeps queries whose every required word is common', () => {
		const parsed = parsePolicyQuery('"call me" w/3 tomorrow');
		if (!parsed.ok) throw new Error('must parse');
		const test = anchorTest(parsed.ast);
		expect(test(words('call me tomorrow'))).toBe(true);
		expect(evaluate(parsed.ast, words('call me tomorrow')).instances).toHaveLength(1);
		expect(test(words('see you soon'))).toBe(false);
	});
});
