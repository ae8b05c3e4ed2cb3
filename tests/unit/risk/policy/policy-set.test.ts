import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicies, compilePolicy, parsePolicyQuery, type PolicyDefinition } from '../../../../src/lib/risk/policy/index';
import { AnchorPass } from '../../../../src/lib/risk/policy/anchor-pass';
import { anchorKeyTest } from '../../../../src/lib/risk/policy/match';
import { wordKeysOf } from '../../../../src/lib/risk/policy/tokenize';
import { POLICY_CORPUS_LANGS, readPolicyCorpus } from './corpus';

const CORPUS = POLICY_CORPUS_LANGS.flatMap((l) => readPolicyCorpus(l).map((c) => c.text));

function policy(id: string, query: string, extra: Partial<PolicyDefinition> = {}): PolicyDefinition {
	return { id, name: id, category: 'policy.guarantee', severity: 'high', query, description: `policy ${id}`, ...extra };
}

/** Policies whose anchors share keys, words and prefixes, and ones with nothing to anchor on. */
const SET: PolicyDefinition[] = [
	policy('exact', 'guarantee w/5 returns'),
	policy('same-exact', 'guarantee OR promise'),
	policy('prefix', 'guarant* AND profit*'),
	policy('two-letter-prefix', 'ok* pre/2 deal'),
	policy('pattern', 'unauthori?ed'),
	policy('one-letter-prefix', 'q* w/2 quietly'),
	policy('not', 'memo NOT lunch OR "delete this chat"'),
	policy('cjk', '保证 w/3 收益'),
	policy('with-exceptions', 'shred*', { exceptions: 'paper OR recycling' })
];

const TEXTS: [string, string][] = [
	['no anchor of any policy', 'see you at noon'],
	['one exact word shared by two policies', 'I guarantee the returns'],
	['a prefix only', 'guaranteed profits for all'],
	['a two-letter prefix', 'okay deal then'],
	['a ? pattern', 'an UNAUTHORISED trade'],
	['a one-letter prefix', 'quite quietly'],
	['a phrase behind an OR with NOT', 'please delete this chat'],
	['a word with NOT of another', 'the memo is ready'],
	['a word and its NOT', 'the memo is about lunch'],
	['Chinese', '我保证年化收益'],
	['an exception', 'shred the paper for recycling'],
	['shred without exception', 'shred the files'],
	['empty', '']
];

function hitsOf(rule: { scan(text: string): unknown[] }, text: string): string {
	return JSON.stringify(rule.scan(text));
}

describe('compilePolicies: one anchor pass for a set of policies gives each policy its own hits', () => {
	const together = compilePolicies(SET);
	const alone = SET.map((def) => compilePolicy(def));

	it.each(TEXTS)('%s', (_name, text) => {
		for (let k = 0; k < SET.length; k++) expect(hitsOf(together[k], text), `${SET[k].id} on ${text}`).toBe(hitsOf(alone[k], text));
	});

	it('finds what each policy is written to find (not vacuous)', () => {
		const fired = (text: string) => together.filter((r) => r.scan(text).length > 0).map((r) => r.id);
		expect(fired('see you at noon')).toEqual([]);
		expect(fired('I guarantee the returns')).toEqual(['exact', 'same-exact']);
		expect(fired('guaranteed profits for all')).toEqual(['prefix']);
		expect(fired('okay deal then')).toEqual(['two-letter-prefix']);
		expect(fired('an UNAUTHORISED trade')).toEqual(['pattern']);
		expect(fired('quite quietly')).toEqual(['one-letter-prefix']);
		expect(fired('the memo is ready')).toEqual(['not']);
		expect(fired('the memo is about lunch')).toEqual([]);
		expect(fired('shred the paper for recycling')).toEqual([]);
		expect(fired('shred the files')).toEqual(['with-exceptions']);
		expect(fired('我保证年化收益')).toEqual(['cjk']);
	});

	it('the built-in library, over the policy corpus, scanned in any order of messages and rules', { timeout: 60_000 }, () => {
		const builtins = compilePolicies(BUILTIN_POLICIES);
		const single = BUILTIN_POLICIES.map((def) => compilePolicy(def));
		const got: string[] = [];
		const want: string[] = [];
		// rules one after another on each message, as the scan does
		for (const text of CORPUS) for (let k = 0; k < builtins.length; k++) got.push(hitsOf(builtins[k], text));
		for (let k = 0; k < single.length; k++) for (const text of CORPUS) want.push(hitsOf(single[k], text));
		// and each rule over every message in turn: the pass is redone whenever the text changes
		const byRule: string[] = [];
		for (let k = 0; k < builtins.length; k++) for (const text of CORPUS) byRule.push(hitsOf(builtins[k], text));
		expect(byRule).toEqual(want);
		const wantByMessage = CORPUS.flatMap((_, i) => single.map((_rule, k) => want[k * CORPUS.length + i]));
		expect(got).toEqual(wantByMessage);
		expect(got.filter((h) => h !== '[]').length).toBeGreaterThan(CORPUS.length / 4);
	});
});

describe('AnchorPass marks exactly the policies anchorKeyTest lets through', () => {
	const queries = BUILTIN_POLICIES.map((p) => {
		const parsed = parsePolicyQuery(p.query);
		if (!parsed.ok) throw new Error('built-in must parse');
		return parsed.ast;
	});
	const pass = new AnchorPass(queries);
	const each = queries.map((q) => anchorKeyTest(q));

	it('over the policy corpus', () => {
		let marked = 0;
		for (const text of CORPUS) {
			const words = wordKeysOf(text);
			pass.run(words);
			for (let k = 0; k < queries.length; k++) {
				expect(pass.marked(k), `${BUILTIN_POLICIES[k].id} on ${text}`).toBe(each[k](words));
				if (pass.marked(k)) marked++;
			}
		}
		expect(marked).toBeGreaterThan(0);
		expect(marked).toBeLessThan(CORPUS.length * queries.length);
	});
});

describe('compilePolicies with a policy that does not compile', () => {
	const defs = [policy('good', 'guarantee'), policy('bad', '"unclosed'), policy('also-good', 'promise')];

	it('throws without onError, naming the policy', () => {
		expect(() => compilePolicies(defs)).toThrow(/policy bad: query: /);
	});

	it('leaves it out and reports it to onError; the others still scan', () => {
		const failed: string[] = [];
		const rules = compilePolicies(defs, (def) => failed.push(def.id));
		expect(failed).toEqual(['bad']);
		expect(rules.map((r) => r.id)).toEqual(['good', 'also-good']);
		expect(rules.map((r) => r.scan('I promise, guarantee').length)).toEqual([1, 1]);
	});
});
