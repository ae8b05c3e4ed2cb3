// Health information the first lexicon missed: condition families (neurological, cardiac, psychiatric stays,
// disability, chronic-condition drugs), people named by title or role in de/es/zh (Herr, asegurado, 投保人, 某),
// the Spanish "le" marking a person, clinical verbs in every form (diagnosticaron, tomó, liegt, 住院了, hx), and
// figures of speech that are nobody's health.
import { describe, expect, it } from 'vitest';
import { phiConditionRule } from '../../../src/lib/risk/rules/phi';
import { reported } from './helpers';

describe('phi.condition: families, people and verb forms in four languages', () => {
	it.each([
		['German: title and diagnosis noun', 'bei Frau Krüger wurde Morbus Parkinson festgestellt, Diagnose vom Neurologen', ['Morbus Parkinson']],
		['German: a psychiatric stay with liegt', 'der Versicherte liegt seit Wochen in der Psychiatrie', ['Psychiatrie']],
		['German: disability and wheelchair', 'Antragsteller schwerbehindert, sitzt im Rollstuhl', ['schwerbehindert', 'Rollstuhl']],
		['Spanish: le plus a third-person preterite', 'a la señora Ortega le detectaron epilepsia el año pasado', ['epilepsia']],
		['Spanish: a role and a drug', 'la solicitante tomaba sertraline desde 2021', ['sertraline']],
		['Chinese: a title, a cardiac event and a hospital stay', '李女士去年脑梗住院了', ['脑梗', '住院']],
		['Chinese: 某 names a person, 阳性 is clinical', '被保险人张某癫痫复发', ['癫痫']],
		['English: chart shorthand hx', 'claimant: hx of epilepsy, on keppra', ['epilepsy', 'keppra']],
		['English: a stent with clinical wording', 'his cardiologist put in two stents after the heart attack', ['stents', 'heart attack']]
	])('%s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));

	it.each([
		['a figure of speech in English', 'the margin call nearly gave me a heart attack', []],
		['a figure of speech in Spanish', 'el cliente casi me da un infarto con ese pedido', []],
		['a stent as a product on order', 'the client wants 200 stents on the next shipment', []],
		['支架 as a bracket', '客户要的显示器支架到货了', []],
		['a drug name about a company', 'the client company launched its own ozempic competitor', []]
	])('hard negative: %s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));
});
