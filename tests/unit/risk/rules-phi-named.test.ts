// Health facts about a person named only by a given name (Maren ist, Tomás está, a Nuria la, von Petra Lang,
// Hugo's), a Chinese courtesy name (周阿姨, 李大爷), drugs named by their class stem (-dipine, -pril, -sartan, -olol,
// -statin, -prazole, thyroxine), limb loss and prostheses, lab and vital values — and the same words about a charity,
// a month or a market.
import { describe, expect, it } from 'vitest';
import { phiConditionRule } from '../../../src/lib/risk/rules/phi';
import { reported } from './helpers';

describe('phi.condition: a person named by a given name, and treatments by class', () => {
	it.each([
		['German: a given name and ist', 'Maren ist schwanger, sie sagt es im Januar', ['schwanger']],
		['Spanish: a given name and está', 'Nuria está embarazada, sale de cuentas en mayo', ['embarazada']],
		['English: a given name and uses', 'our intern Theo uses a wheelchair, book the step-free room', ['wheelchair']],
		['English: a possessive name and a vital value', "Hugo's blood pressure was 170 over 105 this morning", ['blood pressure']],
		['German: von + full name and a lab value', 'die Blutwerte von Petra Lang sind auffällig', ['Blutwerte']],
		['Spanish: de + full name and cholesterol', 'el colesterol de Ramón Gil sigue alto', ['colesterol']],
		['Spanish: personal a, clitic and a clinical verb', 'a Tomás lo internaron por ansiedad la semana pasada', ['ansiedad']],
		['Chinese: a courtesy name and a drug class', '周阿姨每天吃降糖药', ['降糖药']],
		['English: a class stem with a pronoun', 'he was switched from ramipril to losartan last week', ['ramipril', 'losartan']],
		['German: a class stem', 'sie nimmt seit Jahren Bisoprolol', ['Bisoprolol']],
		['English: limb loss', 'he lost a leg, the amputation was in May', ['amputation']]
	])('%s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));

	it.each([
		['a charity run for a cancer foundation', '小李下周参加癌症基金会的慈善跑', []],
		['a month that ends like a drug class', 'the review is in April, my team will send the deck', []],
		['a sentence-opening word is not a name', 'The market is in a deep depression this year', []],
		['a company launching a drug', 'Norvex is launching its own statin competitor next year', []]
	])('hard negative: %s', (_name, text, expected) => expect(reported(phiConditionRule, text)).toEqual(expected));
});
