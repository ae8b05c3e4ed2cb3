import { describe, expect, it } from 'vitest';
import { phiConditionRule, phiDeaRule, phiMrnRule, phiNhsRule, phiNpiRule } from '../../../src/lib/risk/rules/phi';
import { reported } from './helpers';

describe('phi.condition', () => {
	it.each([
		['diagnosis about a relative', 'My mother was diagnosed with breast cancer last week', ['breast cancer']],
		['medication with a dose', 'he is on 20mg sertraline since March', ['sertraline']],
		['person only', 'my husband has epilepsy, so no night shifts for him', ['epilepsy']],
		['Chinese', '我妈确诊了糖尿病，这周要住院', ['糖尿病', '住院']],
		['German', 'Meine Frau hat Brustkrebs, ich bin diese Woche im Krankenhaus', ['Brustkrebs', 'im Krankenhaus']],
		['Spanish', 'a mi padre le diagnosticaron leucemia', ['leucemia']],
		['Alzheimer without the possessive', 'A mi madre le han diagnosticado Alzheimer', ['Alzheimer']],
		['heart bypass in Chinese', '我老公做了心脏搭桥，医生说要休养三个月', ['心脏搭桥']],
		['ambiguous term with clinical wording', 'her psychiatrist says the depression is getting better with medication', ['depression']],
		['cancer research news', 'cancer research fund raised 2M this round', []],
		['a drug launch', 'the insulin pricing story is all over Bloomberg', []],
		['market depression with a pronoun', 'he thinks we are heading into a depression', []],
		['Krebs without clinical wording', 'wir essen heute Krebs beim Italiener', []],
		['a pharma ticker', 'Ozempic sales beat estimates again', []]
	])('%s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));
});

describe('phi.mrn', () => {
	it.each([
		['MRN', 'patient MRN: 00482913, bed 4', ['00482913']],
		['medical record number with letters', 'medical record number HX-2231987', ['HX-2231987']],
		['病历号', '病历号：2023118842', ['2023118842']],
		['Patientennummer', 'Patientennummer 7781234', ['7781234']],
		['historia clínica', 'historia clínica 5512890', ['5512890']],
		['a bare number', 'room 4412890 is free', []],
		['MRN without a number', 'send me the MRN later', []]
	])('%s', (_name, text, expected) => expect(reported(phiMrnRule, text)).toEqual(expected));
});

describe('phi.npi, phi.dea, phi.nhs', () => {
	it.each([
		['NPI with context', 'prescriber NPI 1234567893', phiNpiRule, ['1234567893']],
		['NPI grouped', 'NPI: 1234-567-893', phiNpiRule, ['1234-567-893']],
		['NPI failing its check', 'NPI 1234567890', phiNpiRule, []],
		['NPI-valid digits without context', 'ref 1234567893', phiNpiRule, []],
		['DEA with context', 'DEA number AB1234563 on the script', phiDeaRule, ['AB1234563']],
		['DEA failing its checksum', 'DEA AB1234564', phiDeaRule, []],
		['DEA-valid code without context', 'SKU AB1234563', phiDeaRule, []],
		['NHS with context', 'NHS number 943 476 5919', phiNhsRule, ['943 476 5919']],
		['NHS compact', 'her NHS no is 9434765919', phiNhsRule, ['9434765919']],
		['NHS failing mod 11', 'NHS number 943 476 5918', phiNhsRule, []],
		['NHS-valid digits without context', 'call 943 476 5919', phiNhsRule, []]
	])('%s', (_name, text, rule, expected) => expect(reported(rule, text)).toEqual(expected));

	it('files every PHI rule under phi', () => {
		for (const rule of [phiConditionRule, phiMrnRule, phiNpiRule, phiDeaRule, phiNhsRule]) expect(rule.category).toBe('phi');
	});
});
