import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy } from '../../../../src/lib/risk/policy/index';
import type { RiskCategory } from '../../../../src/lib/risk/types';

const RULES = BUILTIN_POLICIES.map(compilePolicy);

function hits(category: RiskCategory, text: string) {
	return RULES.filter((r) => r.category === category).flatMap((r) => r.scan(text));
}

/**
 * The fourth layer (builtins-forms.ts), one row per cause class, sentences written for the class (none is a corpus
 * line): `fire` must raise the category in each language given, `quiet` (the look-alike, the negation) must not.
 */
const CLASSES: { cause: string; category: RiskCategory; fire: string[]; quiet: string[] }[] = [
	{
		cause: 'negation before the deleting verb (won’t, nichts, ningún, 不会), code-switched too',
		category: 'policy.record_deletion',
		fire: ['lösch bitte alles aus dem Chatverlauf', 'delete the chat history with the broker'],
		quiet: [
			'keine Sorge, ich werde nichts aus dem Chatverlauf löschen',
			"we won't delete the chat history, legal needs it",
			'我不会删聊天记录的，合规要留档',
			'I cannot wipe the chat, it is under legal hold'
		]
	},
	{
		cause: 'records made to "be gone" before an audit or compliance review',
		category: 'policy.record_deletion',
		fire: [
			'those spreadsheets should be gone by the time the auditors arrive',
			'die Mails müssen verschwunden sein bevor die Prüfung anfängt',
			'que esos correos desaparezcan antes de la auditoría'
		],
		quiet: ['the bug should be gone after the patch, before the audit', 'the emails are not gone, the auditors can read them']
	},
	{
		cause: 'Spanish clitic imperative with "once read" (bórralo en cuanto…), and "no trace" in any language',
		category: 'policy.record_deletion',
		fire: ['elimínalos apenas los leas', 'wipe it all, leave no trace', '看完就删掉，不留痕迹'],
		quiet: ['no lo borres, léelo con calma']
	},
	{
		cause: 'a thing of value offered for business in return (quid pro quo), every language',
		category: 'policy.gifts',
		fire: [
			'we could pay for their head of trading’s trip to monaco if they send us the block orders',
			'wir schenken dem Einkäufer eine Rolex, wenn der Vertrag verlängert wird',
			'le pagamos el hotel en cancún si nos da el contrato',
			'只要他们下单，年底送他一块手表'
		],
		quiet: ['if we win the contract we should celebrate with a team dinner']
	},
	{
		cause: 'a gift hidden, or invited counterparts at events, or a gift received from a client',
		category: 'policy.gifts',
		fire: [
			'take the cash, nobody will know',
			'wir laden die Fondsmanagerin vom Pensionsfonds zum Konzert ein, Karten liegen bereit',
			'the broker sent me a cartier bracelet for the holidays'
		],
		quiet: ['invite the fund manager to the quarterly review call', 'thanks for the watch list, very helpful']
	},
	{
		cause: 'a loss blamed on the firm’s advice, a service insulted, an account closed in anger',
		category: 'policy.complaint',
		fire: [
			'your adviser talked me into that bond and I lost half my savings',
			'ihre Hotline ist eine Frechheit, ihr Service ist katastrophal',
			'es la tercera vez que falla la transferencia, voy a cerrar mi cuenta',
			'你们客服太差了'
		],
		quiet: ['I lost my keys on the way to the adviser’s office', 'me quejo del tráfico todos los días']
	},
	{
		cause: 'a threat to go to a regulator, a court or an ombudsman, every language',
		category: 'policy.complaint',
		fire: ['ich gehe damit zum Anwalt und zur Schlichtungsstelle', 'voy a ir al defensor del cliente', 'I am going to the regulator with this'],
		quiet: ['the regulator published its annual report today']
	},
	{
		cause: 'a corporate event, a trade and an inside source or "not public yet"',
		category: 'policy.mnpi',
		fire: [
			'mein Schwager im Vorstand hat mir gesteckt: Übernahme kommt, kauf morgen',
			'el resultado trimestral será malo, lo sé de dentro, vende antes',
			'the merger is not public yet but the premium will be huge'
		],
		quiet: ['the merger was announced last week, press release on the IR page', 'die Ad-hoc zur Übernahme ist seit gestern raus, steht auf der IR-Seite']
	},
	{
		cause: 'a certainty or promise of gain, "can’t go wrong", no-risk wording with a number',
		category: 'policy.guarantee',
		fire: [
			'damit machen Sie garantiert Gewinn',
			'te prometo ganancias este año',
			'risikolos 6 Prozent, da kann nichts passieren',
			'this fund cannot go wrong, returns are locked'
		],
		quiet: ['I promise I will return the book on monday', 'profits are not guaranteed', 'der risikolose Zins liegt bei 2 Prozent']
	},
	{
		cause: 'orders moved to a messaging app, a prepaid or second phone, privately on an app',
		category: 'policy.off_channel',
		fire: ['der Kunde schickt seine Aufträge künftig per WhatsApp', 'te escribo desde el móvil de prepago', '这事私下微信说'],
		quiet: ['la auditoría pidió el export de WhatsApp, ya está hecho', 'the prepaid card for the office coffee machine is empty']
	}
];

describe('fourth-layer policy classes', () => {
	for (const c of CLASSES) {
		describe(`${c.category}: ${c.cause}`, () => {
			for (const text of c.fire) it(`fires: ${text}`, () => expect(hits(c.category, text).length).toBeGreaterThan(0));
			for (const text of c.quiet) it(`stays quiet: ${text}`, () => expect(hits(c.category, text)).toEqual([]));
		});
	}
});

describe('a negated complaint of the weather, a report of a call', () => {
	it.each([
		['policy.off_channel', '客户打电话说合同寄到了'],
		['policy.complaint', 'der Bericht der Beschwerdestelle ist veröffentlicht']
	] as [RiskCategory, string][])('%s stays quiet on %s', (category, text) => expect(hits(category, text)).toEqual([]));
});

describe('the built-in queries stay under the parser limit', () => {
	it.each(BUILTIN_POLICIES.map((p) => [p.id, p.query.length] as const))('%s is %i characters', (_id, length) => expect(length).toBeLessThanOrEqual(20_000));
});
