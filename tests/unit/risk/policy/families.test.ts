import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy } from '../../../../src/lib/risk/policy/index';
import { tokenize } from '../../../../src/lib/risk/policy/tokenize';
import type { RiskCategory } from '../../../../src/lib/risk/types';

const RULES = BUILTIN_POLICIES.map(compilePolicy);

function hits(category: RiskCategory, text: string) {
	return RULES.filter((r) => r.category === category).flatMap((r) => r.scan(text));
}

/**
 * One row per cause class the blind batches showed (a grammar form, a word family, a context that lowers a
 * finding), with sentences written for the class: none is a corpus line. `fire` must raise the category,
 * `quiet` (the look-alike that must not) must not.
 */
const CLASSES: { cause: string; category: RiskCategory; fire: string[]; quiet: string[] }[] = [
	{
		cause: 'German verb-final clause: the deleting verb stands far after its object',
		category: 'policy.record_deletion',
		fire: [
			'Die Nachrichten von gestern mit dem Kunden aus Hamburg habe ich schon alle gelöscht',
			'Den ganzen Chatverlauf zu dem Thema mit der Bank löschen wir bitte heute noch'
		],
		quiet: ['Die Nachrichten von gestern mit dem Kunden habe ich schon alle beantwortet']
	},
	{
		cause: 'German separable verb split across the clause (schmeißen … weg, werfen … weg)',
		category: 'policy.record_deletion',
		fire: ['Die Belege von dem Deal werfen wir einfach weg', 'Die Kopien vom Vertrag schmeiß ich nachher weg'],
		quiet: ['Die Belege von dem Deal legen wir in den Ordner']
	},
	{
		cause: 'physical destruction of documents (shred, burn, triturar, 销毁) with a document noun, every language',
		category: 'policy.record_deletion',
		fire: [
			'burn the handwritten notes from the call',
			'tritura las copias del contrato antes del lunes',
			'把那份合同原件销毁掉',
			'Die Ausdrucke bitte vernichten'
		],
		quiet: ['the shredding truck comes on Friday for the recycling bins', 'I keep copies of every contract in the archive']
	},
	{
		cause: 'read then delete: a message meant to leave no copy',
		category: 'policy.record_deletion',
		fire: ['我发你的文件看完就删了吧', 'léelo y bórralo enseguida', 'del after reading pls, delete it once read'],
		quiet: ['看完告诉我你的意见', 'léelo y dime qué opinas']
	},
	{
		cause: 'Traditional Chinese characters read as Simplified',
		category: 'policy.record_deletion',
		fire: ['把這些聊天記錄刪掉', '那幾條訊息記得刪除'],
		quiet: ['這些聊天記錄要保留好']
	},
	{
		cause: 'a device or a feature talked about, not records destroyed (jammed, annoying, photos)',
		category: 'policy.record_deletion',
		fire: [],
		quiet: ['the shredder by the lift is broken again', 'disappearing messages in my family group are so annoying, lost the holiday photos']
	},
	{
		cause: 'personal e-mail providers (gmx, gmail, hotmail, qq邮箱) as the destination',
		category: 'policy.off_channel',
		fire: [
			'Leite mir die Präsentation an meine gmx Adresse weiter',
			'forward the client list to my hotmail tonight',
			'mándame el excel a mi gmail',
			'把客户名单发到我的qq邮箱'
		],
		quiet: ['gmail is down for everyone this morning']
	},
	{
		cause: 'a second account or number in Chinese ("换了个号", "小号")',
		category: 'policy.off_channel',
		fire: ['我换了个号，项目的事以后用新号找我', '这单的事加我小号聊'],
		quiet: ['我换了个新手机，号码没变']
	},
	{
		cause: 'the firm channel named as where the talk stays, and a refused move',
		category: 'policy.off_channel',
		fire: [],
		quiet: [
			'客户要加我私人微信，我婉拒了，请他用企业微信联系',
			'he asked to move to WhatsApp, I refused and we stayed on Teams',
			'el cliente pidió pasar a WhatsApp y le dije q no'
		]
	},
	{
		cause: 'a question about whether the rule allows it',
		category: 'policy.off_channel',
		fire: [],
		quiet: ['is it ok to call a client from my personal phone if the desk line is down?']
	},
	{
		cause: 'an announcement still to come, said outright, code-switched as well ("还没 announce")',
		category: 'policy.mnpi',
		fire: [
			'这个收购还没 announce，先买一点',
			'the takeover is not yet announced but load up on shares',
			'Die Übernahme ist noch nicht veröffentlicht, kauf jetzt'
		],
		quiet: ['Die Übernahme wurde heute früh veröffentlicht, steht in der Zeitung']
	},
	{
		cause: 'a release told as a date with a separable verb or a verb of coming out',
		category: 'policy.mnpi',
		fire: [
			'Die Zahlen von Kessler kommen erst Freitag raus und sind schlecht, verkauf lieber vorher',
			'la fusión sale el jueves a 15 euros la acción, compra ya'
		],
		quiet: ['the quarterly numbers come out Thursday as scheduled']
	},
	{
		cause: 'the source of the tip: a relative or friend who works at the company',
		category: 'policy.mnpi',
		fire: [
			'my cousin works at Helix, they are losing the big contract, dump the stock',
			'mein Schwager arbeitet bei Nordbank, die Zahlen sind mies, verkauf',
			'mi prima trabaja en Solaria y dice que les van a comprar, compra acciones'
		],
		quiet: ['my cousin works at a bakery and sells great bread']
	},
	{
		cause: 'holding the figures before they are out',
		category: 'policy.mnpi',
		fire: ["I've got the Q2 numbers for Vexa before they're out"],
		quiet: ['we will get the Q2 numbers when they are out']
	},
	{
		cause: 'internal office news is not news of a listed company',
		category: 'policy.mnpi',
		fire: [],
		quiet: ["the office move to the new floor isn't announced yet, dont tell anyone"]
	},
	{
		cause: 'quid pro quo: a gift tied to a decision (if he signs, que así firma, 才肯)',
		category: 'policy.gifts',
		fire: [
			'get her two tickets for the final if she renews the mandate',
			'regálale unas entradas para el concierto y así firma el contrato',
			'送他一箱茅台，他才肯签合同',
			'Schenk ihm ein Wochenende im Spa, damit er den Vertrag unterschreibt'
		],
		quiet: ['tickets for the final are sold out', 'if she renews the mandate we should celebrate']
	},
	{
		cause: 'code-switching: the gift in one language, the decision in another',
		category: 'policy.gifts',
		fire: ['el director quiere un 红包 para firmar la renovación', 'der Kunde will 购物卡 bevor er unterschreibt, damit er unterschreibt'],
		quiet: ['el 红包 de año nuevo para mi sobrino']
	},
	{
		cause: 'a gift booked as something else (expense it as training, als Schulung abrechnen)',
		category: 'policy.gifts',
		fire: [
			'book the clients ski weekend as training so finance does not ask',
			'die Reise für den Einkäufer rechnen wir als Fortbildung ab, damit er unterschreibt'
		],
		quiet: ['compliance training on gifts is on Monday']
	},
	{
		cause: 'German separable verb of inviting (laden … ein) with an official and a dinner',
		category: 'policy.gifts',
		fire: ['Wir laden den Prüfer nächste Woche zum Abendessen ins Sternelokal ein'],
		quiet: ['Wir laden die Dokumente heute Abend ein zweites Mal hoch']
	},
	{
		cause: 'a lawyer or a court brought in, German separable verbs included (schalte … ein)',
		category: 'policy.complaint',
		fire: [
			'Ich schalte jetzt die Verbraucherzentrale ein, das war Falschberatung',
			'if my refund is not here by Friday I am calling my lawyer',
			'voy a contratar un abogado por las comisiones que me cobraron'
		],
		quiet: ['our lawyer reviewed the contract and it looks fine']
	},
	{
		cause: 'German adjective endings and a complaint filed (offizielle Beschwerde, reiche … ein)',
		category: 'policy.complaint',
		fire: ['Ich reiche eine schriftliche Beschwerde gegen Ihren Berater ein'],
		quiet: ['Die Beschwerdestatistik des Quartals liegt im Anhang']
	},
	{
		cause: 'a loss blamed on the firm, and a demand that it pays',
		category: 'policy.complaint',
		fire: ['your platform crashed during the sell-off and I lost 12k', '系统卡死卖不出去，亏了两万，你们得赔'],
		quiet: ['the market crashed and the fund lost 3% this week']
	},
	{
		cause: 'a customer naming a breach is complaining (违规 is not rule talk here)',
		category: 'policy.complaint',
		fire: ['没经过我同意就帮我卖了股票，这是违规操作'],
		quiet: ['客户想加我私人微信，我没同意']
	},
	{
		cause: 'a multiplier told as a certainty ("will 10x", "wird sich x5")',
		category: 'policy.guarantee',
		fire: ['this token will 20x before summer, go all in', 'der Fonds wird 5x machen, garantiert'],
		quiet: ['the stock went up 2x last year']
	},
	{
		cause: 'a doubling in the present tense with a time, about a holding',
		category: 'policy.guarantee',
		fire: ['Das Zertifikat verdoppelt sich in zwei Jahren', 'este fondo se duplica en tres años'],
		quiet: ['el archivo se duplica en la carpeta de salida']
	},
	{
		cause: 'German inversion: the negation after "verlieren"',
		category: 'policy.guarantee',
		fire: ['Verlieren kann man mit dieser Anleihe nicht'],
		quiet: ['Verlieren wir den Kunden nicht aus den Augen']
	},
	{
		cause: 'a guarantee word quoted or forbidden, not promised',
		category: 'policy.guarantee',
		fire: [],
		quiet: ['跟客户沟通时不能说“保本”这种话', 'never say words like guaranteed returns to a client']
	}
];

describe('policy word families and grammar, one row per cause class', () => {
	for (const c of CLASSES) {
		describe(`${c.category}: ${c.cause}`, () => {
			for (const text of c.fire) it(`fires: ${text}`, () => expect(hits(c.category, text).length).toBeGreaterThan(0));
			for (const text of c.quiet) it(`stays quiet: ${text}`, () => expect(hits(c.category, text)).toEqual([]));
		});
	}
});

describe('every hit of a family names its words', () => {
	it('a split German separable verb is quoted with its object', () => {
		const [hit] = hits('policy.record_deletion', 'Die Kopien vom Vertrag schmeiß ich nachher weg');
		expect(hit.explanation).toMatch(/schmeiß.*weg|Kopien/);
	});
});

describe('folding', () => {
	it.each([
		['這些對話記得刪除', '这些对话记得删除'],
		['發給我', '发给我']
	])('Traditional %s reads as Simplified %s', (traditional, simplified) => {
		expect(tokenize(traditional).map((t) => t.norm)).toEqual(tokenize(simplified).map((t) => t.norm));
	});
	it.each([
		['le dije q no', 'le dije que no'],
		['text u b4 lunch', 'text you before lunch'],
		['send it to my wa', 'send it to my whatsapp']
	])('chat spelling %s reads as %s', (chat, spelled) => {
		expect(tokenize(chat).map((t) => t.norm)).toEqual(tokenize(spelled).map((t) => t.norm));
	});
	it('offsets stay those of the text as written', () => {
		const [q] = tokenize('dije q no').filter((t) => t.norm === 'que');
		expect([q.start, q.end]).toEqual([5, 6]);
	});
});
