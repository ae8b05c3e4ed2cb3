import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy } from '../../../../src/lib/risk/policy/index';
import { scanText } from '../../../../src/lib/risk/scan';
import { STRUCTURE_QUERIES } from '../../../../src/lib/risk/policy/builtins-structure';

// The structure layer alone (builtins-structure.ts): each category's parts in wording none of the lexicons lists.
// Sentences written for this test; "fire" must be reported by the category's .structure policy, "quiet" by none of
// the category's policies.
const rule = (category: string) => {
	const lexicon = BUILTIN_POLICIES.find((p) => p.id === category)!;
	const structure = STRUCTURE_QUERIES.find((s) => s.category === category)!;
	return compilePolicy({ ...lexicon, id: `${category}.structure`, name: structure.name, query: structure.query });
};
const category = (c: string) => BUILTIN_POLICIES.filter((p) => p.category === c).map(compilePolicy);

const TABLE: Record<string, { fire: [string, string][]; quiet: [string, string][] }> = {
	'policy.gifts': {
		fire: [
			['a value, a supplier by role, paying', 'we pay for the supplier rep’s spa weekend, keeps the pricing soft'],
			['the counterpart asking for it', 'the regulator’s guy expects a bottle of whisky when he visits'],
			['Spanish, giving to a purchaser', 'al comprador de Grupo Sur le mandamos un reloj por Navidad'],
			['German, receiving from a client', 'der Kunde hat mir Tickets fürs Pokalfinale geschenkt, behalte ich'],
			['Chinese, cards to an official', '给海关的王科长送两张购物卡'],
			['wine before a renewal', 'the distributor’s MD loves wine, a case of Bordeaux before the renewal wouldn’t hurt'],
			['a job for the buyer’s family', 'the buyer’s daughter needs an internship, let’s find her something'],
			['Spanish, a hunt paid by us', 'El director de la mutua vendrá a la cacería pagada por nosotros'],
			['Chinese, jewellery taken from a client', '客户经理收了客户一个金手镯']
		],
		quiet: [
			['a personal gift, no business party', 'bought my sister a watch for her birthday'],
			['a gift declared and logged', 'client sent a hamper, logged in the gift register as usual'],
			['a gift declined', 'the vendor offered us tickets, I declined'],
			['a family gift', 'my aunt gave me a watch for graduation'],
			['a sponsorship', 'we sponsor the marathon every year, logo on the shirts']
		]
	},
	'policy.complaint': {
		fire: [
			['own money + harm', 'my pension transfer is six weeks late and nobody calls back'],
			['harm + formal demand', 'the exit charge was never explained, I want a refund'],
			['consent denied', 'nobody approved that switch, I never agreed to it'],
			['German, own adviser + demand', 'mein Berater hat mir das aufgeschwatzt, ich schalte meinen Anwalt ein'],
			['Chinese, consent denied', '没有我授权你们就卖了'],
			['own transfer missing', 'three calls, three different answers, and my transfer is still missing'],
			['German, money gone, nobody responsible', 'das Geld ist seit zwei Wochen weg und keiner bei Ihnen fühlt sich zuständig'],
			['Spanish, charged, never explained', 'me habéis cobrado una comisión de mantenimiento que nadie me explicó'],
			['Chinese, own transfer not arrived', '我的转账三天了还没到账，打客服也没人接']
		],
		quiet: [
			['a complaint word negated', 'no complaints at all, the switch went smoothly'],
			['staff speaking of the process', 'how long do we have to answer a complaint under the rules?'],
			['a reply template', 'can you draft a reply template for fee complaints?'],
			['a complaint about the weather', 'I complained about the weather all day lol']
		]
	},
	'policy.mnpi': {
		fire: [
			['a trade timed before an announcement', 'the buyback gets announced Thursday, buy before then'],
			['a source with a trade', 'my buddy at the target told me, load up now'],
			['Spanish, an announcement still to come', 'la OPA se anuncia el martes, compra hoy'],
			['inside the deal, still ahead', 'our team is advising on the Halden deal, it signs Friday'],
			['seen early, against consensus', 'the Q2 numbers I saw this morning are way above consensus'],
			['not from me', 'you didn’t hear it from me but the takeover is real'],
			['German, advising, not yet known', 'wir sind bei der Übernahme von Kessler beratend tätig, das wird erst nächste Woche bekannt'],
			['Chinese, seen early', '他们业绩我提前拿到了，比预期好很多']
		],
		quiet: [
			['an announcement already out', 'the buyback was announced this morning, shares up 4%'],
			['a guess', 'I think Apple will beat earnings, just my guess'],
			['results out', 'earnings are out, beat by 10%, nice']
		]
	},
	'policy.record_deletion': {
		fire: [
			['an action on a record', 'scrub the voicemails from the Hartley call'],
			['a record not kept', 'don’t archive the notes from today'],
			['German verb-final with a record', 'die Sprachnachrichten hab ich alle entfernt'],
			['a record made to be gone', 'make sure the screenshots are gone by Monday']
		],
		quiet: [
			['the deletion negated, German verb-final', 'keine Sorge, ich werde keine Nachrichten entfernen'],
			['by accident', 'I accidentally deleted the thread, can IT recover it?'],
			['housekeeping', 'IT says clear the temp files, the disk space is full']
		]
	},
	'policy.guarantee': {
		fire: [
			['a gain stated as certain', 'trust me, this stock is going to double by Christmas'],
			['no way to lose on an investment', 'there’s zero chance this loses money'],
			['a promise of a gain, German', 'das verdoppelt sich bis Jahresende, versprochen'],
			['Chinese, a promise to break even', '保证你三个月回本']
		],
		quiet: [
			['a promise about a charger', 'I promise I’ll return your charger tomorrow'],
			['a target, not guaranteed', 'target return 7%, not guaranteed'],
			['nobody can guarantee', 'nobody can guarantee returns, markets go up and down'],
			['a deposit protected by law', 'the fixed deposit pays 3% guaranteed by the bank, FDIC insured']
		]
	},
	'policy.off_channel': {
		fire: [
			['a move to an own device', 'switch to my cell for the pricing'],
			['away from here', 'phone me later, not in writing please'],
			['continue on another number', 'let’s continue this on my other number, the one ending 42'],
			['a call without recording', 'let’s jump on a quick zoom without recording'],
			['a meeting instead of here', 'can we do this over a coffee instead of on here']
		],
		quiet: [
			['a rule, negated move', 'reminder: never move client chats to WhatsApp'],
			['an approved channel', 'please keep all client messages on approved channels']
		]
	}
};

describe('structure policies', () => {
	for (const [cat, { fire, quiet }] of Object.entries(TABLE)) {
		describe(cat, () => {
			it.each(fire)('fires on its own: %s', (_name, text) => expect(scanText(text, 'text', [rule(cat)]).length).toBeGreaterThan(0));
			it.each(quiet)('stays quiet: %s', (_name, text) => expect(scanText(text, 'text', category(cat))).toEqual([]));
		});
	}

	it('explains a hit by the parts that matched', () => {
		const [hit] = scanText('we pay for the supplier rep’s spa weekend', 'text', [rule('policy.gifts')]);
		expect(hit.explanation).toMatch(/'(?:spa|weekend)' within 10 words of 'supplier' within 12 words of 'pay'/);
		expect(hit.explanation).toMatch(/gifts by structure/);
	});
});
