import { describe, expect, it } from 'vitest';
import { phiConditionRule } from '../../../src/lib/risk/rules/phi';
import { findConditionFamilies } from '../../../src/lib/risk/rules/phi-families';
import { reported } from './helpers';

// Conditions no term list names, found by their stems and suffixes, and hospital stays as events; each still needs a
// person or clinical wording to be reported.
describe('phi.condition: condition families by stem and suffix, hospital stays', () => {
	it.each([
		['an -itis about a person', 'my brother has ulcerative colitis, he is off all week', ['colitis']],
		['a carcinoma with a diagnosis', 'her dad was diagnosed with hepatocellular carcinoma', ['carcinoma']],
		['a German -ämie', 'Seine Frau hat eine schwere Anämie', ['Anämie']],
		['a Spanish -patía', 'mi madre tiene una miocardiopatía', ['miocardiopatía']],
		['an -ectomy', 'she had a mastectomy in March', ['mastectomy']],
		['a German -erkrankung', 'Ihr Mann hat eine Nierenerkrankung', ['Nierenerkrankung']],
		['a German -störung', 'Er hat eine Essstörung, sagt seine Schwester', ['Essstörung']],
		['any Chinese X癌', '他爸爸是胰腺癌晚期', ['胰腺癌']],
		['a Chinese X炎 about a relation', '我妈的关节炎又犯了', ['关节炎']],
		['a hospital stay', 'my father was hospitalised on Sunday', ['hospitalised']],
		['intensive care', 'his wife is in intensive care since Friday', ['intensive care']],
		['a Spanish stay', 'mi hermano está ingresado desde ayer', ['ingresado']],
		['a Chinese stay', '王先生昨天住院了', ['住院']],
		// negatives: a condition-shaped word that is not one, weather, a company, no person
		['empathy is not a condition', 'she shows real empathy with clients', []],
		['hot weather is not an inflammation', '他说今天炎热，不去了', []],
		['symptoms of a market', '市场的症状很明显', []],
		['a condition with no person', 'arthritis drugs are a crowded market', []],
		['a hospital as a place of work', 'the hospital group reports on Friday', []]
	])('%s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));

	it('finds whole words only', () => {
		expect(findConditionFamilies('the colitisx code').map((m) => m.text)).toEqual([]);
		expect(findConditionFamilies('Arthritis, Bronchitis').map((m) => m.text)).toEqual(['Arthritis', 'Bronchitis']);
	});
});
