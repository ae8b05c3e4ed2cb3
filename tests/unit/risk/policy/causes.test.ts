import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy } from '../../../../src/lib/risk/policy/index';
import type { RiskCategory } from '../../../../src/lib/risk/types';

const RULES = BUILTIN_POLICIES.map(compilePolicy);

function hits(category: RiskCategory, text: string) {
	return RULES.filter((r) => r.category === category).flatMap((r) => r.scan(text));
}

/**
 * The fifth layer (builtins-causes.ts), one row per cause, sentences written for the cause (none is a corpus line):
 * `fire` must raise the category, `quiet` (the look-alike, the negation, the rule talk) must not.
 */
const CAUSES: { cause: string; category: RiskCategory; fire: string[]; quiet: string[] }[] = [
	{
		cause: 'an app named the better place, or fetched for this conversation',
		category: 'policy.off_channel',
		fire: ['Threema is safer for the pricing talk, add me there', 'install Wickr and ping me, we sort the fees there', 'Signal ist einfacher für sowas'],
		quiet: ['Signal is better than SMS for family chats, says the article I read']
	},
	{
		cause: 'German separable and verb-final moves (auf Signal umsteigen, über Threema weitermachen)',
		category: 'policy.off_channel',
		fire: ['lass uns auf Telegram umsteigen, da redet es sich freier', 'können wir das über Wickr besprechen?'],
		quiet: ['wir sollten auf keinen Fall auf Telegram umsteigen, das ist verboten']
	},
	{
		cause: 'a private device reached through any verb, and the firm system named as the one to avoid',
		category: 'policy.off_channel',
		fire: [
			'ich schick dir die Stückzahlen aufs private Handy',
			'te mando los precios al correo particular esta noche',
			'buzz me on my personal later, you have it',
			'rather discuss the split outside Bloomberg'
		],
		quiet: ['my personal trainer texts me every morning']
	},
	{
		cause: 'out of the archive, not written down, a prepaid phone',
		category: 'policy.off_channel',
		fire: ['call me, then it is not archived', 'ruf mich an, das schreiben wir nicht auf', 'picked up a prepaid for the Porto deal, use that number only'],
		quiet: []
	},
	{
		cause: 'another line of one’s own, an app from now on, in person because not here, 换个地方聊',
		category: 'policy.off_channel',
		fire: [
			'ring me on the landline at home this evening',
			'escríbeme al número de siempre',
			'ab sofort bitte alles über Threema',
			'nos vemos en persona, por aquí no',
			'见面聊吧，群里不方便',
			'我们换个地方说'
		],
		quiet: ['the landline in the office is broken again', 'ruf mich auf der Festnetznummer im Büro an, die Leitung wird aufgezeichnet']
	},
	{
		cause: 'a first-person refusal, news of enforcement, a kitchen burner, disappearing ink, a mailbox set to expire',
		category: 'policy.off_channel',
		fire: [],
		quiet: [
			'I would never ask a client to text my personal cell',
			'Nunca le pediría a un cliente que me escriba por WhatsApp',
			'我绝对不会让客户加我私人微信',
			'News: regulator fines two brokers over WhatsApp texting',
			'left the burner on the stove again, smell of gas everywhere',
			'the kids love the disappearing ink pens from the fair',
			'IT set the shared mailbox to auto-delete after 90 days'
		]
	},
	{
		cause: 'a promise to cover a loss, a loss ruled out, a rise as the only way',
		category: 'policy.guarantee',
		fire: [
			"if the fund drops I'll cover the loss myself, promise",
			'Sollte der Kurs fallen, gleiche ich die Differenz aus, versprochen',
			'si baja, te cubro la pérdida yo, prometido',
			'万一跌了亏了我来补',
			'mit der Anleihe machen Sie auf keinen Fall Verluste',
			'this stock can only go up, buy more',
			'这只基金我打包票'
		],
		quiet: ['my bench press can only go up from here', 'I will cover the difference on the dinner bill, no worries']
	},
	{
		cause: 'an assurance of the money back or a sure win (zugesichert, ganas seguro, 保你翻倍)',
		category: 'policy.guarantee',
		fire: ['ich habe ihr zugesichert, dass sie ihr Kapital komplett zurückbekommt', 'con esta cartera ganas seguro, ya verás', '保你明年收益翻倍'],
		quiet: ['my team is guaranteed to win the pub quiz, it is not', 'the bank assured us the branch stays open']
	},
	{
		cause: 'a certainty about a non-financial thing, a cost that doubles, an assent, a stated risk',
		category: 'policy.guarantee',
		fire: [],
		quiet: [
			'the laptops come with a guaranteed 2 year warranty',
			'our seats on the 7am flight are guaranteed',
			'rent will double next year in that building',
			'sure thing, I will send the form after lunch',
			'nothing in this note is guaranteed, the fund may lose value',
			'没有任何理财产品能保证收益',
			'客户问会不会亏本，我说可能会'
		]
	},
	{
		cause: 'an angry customer, misled or mis-sold, charged twice, chasing, a formal complaint, money demanded back',
		category: 'policy.complaint',
		fire: [
			'the client is livid about the fee on his pension',
			'Die Kundin ist stinksauer wegen der Depotgebühr',
			'I was mis-sold this bond and I want answers',
			'they debited the custody fee twice this month',
			'on hold for 50 minutes again with your support line',
			'I would like to formally complain about my adviser',
			'wenn das so bleibt, beschwere ich mich bei der BaFin',
			'la clienta quiere su dinero de vuelta ya',
			'客户要求退还两年的管理费'
		],
		quiet: ['die Kaffeemaschine ist kaputt, ich beschwer mich beim Hausmeister', 'sorry for the inconvenience, the refund of the fee has been processed']
	},
	{
		cause: 'paid trips, thanks for the business, a stake in return, gatekeepers and slang, tuition, under the table',
		category: 'policy.gifts',
		fire: [
			'the fund admin is flying us to Ibiza, all expenses paid',
			'a thank-you for the mandate renewal: two nights at the spa on them',
			'he offered his chalet for a week if I can get him into the allocation',
			'ein Kuvert für die Sachbearbeiterin, dann geht die Genehmigung schneller',
			'hay que pasarle una lana al inspector para la licencia',
			'给审批的李处长包个红包',
			'the supplier is paying the school fees for my son this year',
			'they offer 2 percent under the table on every trade we route'
		],
		quiet: [
			'what is the gift limit for client presents this year?',
			'reps may not give dinners to doctors under the new code',
			'deal closed, drinks on me tonight team',
			'we pitch our cash management product to the clinic tomorrow',
			'Präsentation für die Ärzte-Kunden anbei'
		]
	},
	{
		cause: 'not yet public or an insider, with a trade or a tip; a restriction is no tip',
		category: 'policy.mnpi',
		fire: [
			'the buyout is not public yet, nobody outside knows, load up',
			'my cousin on the board says the FDA news lands next week, buy calls',
			'die Gewinnwarnung ist noch nicht raus, steig aus',
			'todavía es secreto lo de la OPA, mete algo hoy'
		],
		quiet: ['I am on the insider list so I cannot trade this stock before the results', 'the merger was announced yesterday, shares up 8%']
	},
	{
		cause: 'getting rid of records as people say it, deleting so nobody finds it, doing the same on your side',
		category: 'policy.record_deletion',
		fire: [
			"I'll nuke the thread once we agree",
			'get rid of the voicemail from the trader',
			'mach die Protokolle weg, soll keiner sehen',
			'把那份聊天记录处理掉',
			'shred the notes before discovery starts',
			'message deleted, do the same on your side'
		],
		quiet: ['we will not get rid of any notes, legal hold applies', 'please do not delete anything, the audit needs every record']
	},
	{
		cause: 'housekeeping: retention schedules, spreadsheet rows, test data, migrated devices, phishing, retyping',
		category: 'policy.record_deletion',
		fire: [],
		quiet: [
			'files past the retention period were destroyed per the schedule',
			'delete the empty rows in the Excel please',
			'borra la fila duplicada del informe',
			'测试环境的数据可以删了',
			'IT will wipe the old phones after the migration',
			'delete that phishing email, do not open it',
			'she keeps deleting and retyping the message',
			'compliance asked us to turn off disappearing messages'
		]
	}
];

describe('fifth-layer policy causes', () => {
	for (const c of CAUSES) {
		describe(`${c.category}: ${c.cause}`, () => {
			for (const text of c.fire) it(`fires: ${text}`, () => expect(hits(c.category, text).length).toBeGreaterThan(0));
			for (const text of c.quiet) it(`stays quiet: ${text}`, () => expect(hits(c.category, text)).toEqual([]));
		});
	}
});
