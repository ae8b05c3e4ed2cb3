import { describe, expect, it } from 'vitest';
import { BUILTIN_POLICIES, compilePolicy, POLICY_CATEGORIES } from '../../../../src/lib/risk/policy/index';
import type { RiskCategory } from '../../../../src/lib/risk/types';

const RULES = BUILTIN_POLICIES.map(compilePolicy);

function fires(category: RiskCategory, text: string): boolean {
	return RULES.filter((r) => r.category === category).some((r) => r.scan(text).length > 0);
}

type Table = Record<string, { fire: string[]; quiet: string[] }>;

/** Per policy and language: messages that must fire, and harmless look-alikes that must not. */
const TABLES: Record<string, Table> = {
	'policy.off_channel': {
		en: {
			fire: [
				'text me on my cell',
				"Let's switch to Signal for this one",
				'move the convo to WhatsApp please',
				'Take this offline, call my personal phone',
				'I’m on Telegram, same handle',
				'Email me at my personal gmail instead'
			],
			quiet: [
				'signal strength is weak',
				'can you text me when you land',
				'The sell signal fired at the open',
				'Is WhatsApp down for anyone else?',
				'move the meeting to Thursday'
			]
		},
		zh: {
			fire: ['加我微信', '这个我们私聊', '用私人手机打给我', '别在群里说，打我电话', '回头Telegram上联系'],
			quiet: ['这边信号不好', '到了给我发消息', '用微信支付付款', '增加微信支付渠道']
		},
		de: {
			fire: ['Schreib mir auf WhatsApp', 'Ruf mich privat auf dem Handy an, Privatnummer hast du', 'Lass uns auf Signal wechseln'],
			quiet: ['Das Signal ist schwach', 'Schreib mir, wenn du da bist', 'WhatsApp ist gerade langsam']
		},
		es: {
			fire: ['Escríbeme al WhatsApp', 'Mándame el detalle a mi correo personal', 'Hablamos por privado'],
			quiet: ['No hay señal aquí', 'Escríbeme cuando llegues', '¿WhatsApp funciona para ti?']
		}
	},
	'policy.record_deletion': {
		en: {
			fire: [
				'delete this chat',
				'Please delete these messages now',
				'turn on disappearing messages',
				'wipe the thread before Friday',
				'Burn after reading, then delete it once you read it',
				'make sure there is no paper trail'
			],
			quiet: [
				'delete the typo',
				'delete the duplicate file',
				'Do not delete anything in this channel, we are on legal hold',
				'This message was deleted',
				'I cleared my calendar for Tuesday'
			]
		},
		zh: {
			fire: ['删除聊天记录', '快撤回', '开个阅后即焚', '把这些消息都删掉'],
			quiet: ['发错了，撤回，打错字了', '删除重复的文件', '聊天记录我整理好了']
		},
		de: {
			fire: ['Lösch den Chat', 'Bitte die Nachrichten löschen', 'Schalte selbstlöschende Nachrichten ein'],
			quiet: ['Lösch den Tippfehler', 'Ich habe das Duplikat gelöscht', 'Der Chat ist sehr aktiv']
		},
		es: {
			fire: ['Borra los mensajes', 'Elimina la conversación', 'activa los mensajes temporales'],
			quiet: ['Borra el archivo duplicado', 'Los mensajes llegaron bien', 'borra la pizarra']
		}
	},
	'policy.guarantee': {
		en: {
			fire: [
				'guaranteed returns of 10%',
				"you can't lose with this stock",
				'risk-free investment, 20% profit',
				'I promise you a 12% return',
				'This bond pays a guaranteed yield'
			],
			quiet: [
				'I guarantee the pizza will be here by 8',
				'We cannot guarantee returns',
				'Returns are not guaranteed',
				'the risk-free rate is 4%',
				'I promise to return the book'
			]
		},
		zh: {
			fire: ['保本', '稳赚', '保证收益', '保证年化收益10%', '这个基金零风险，收益很高'],
			quiet: ['我保证准时到', '不能保证收益', '无风险利率是2%', '保证金不足']
		},
		de: {
			fire: ['garantierte Rendite', 'Ich garantiere dir 10 Prozent Gewinn', 'risikolose Anlage mit 8 Prozent Zinsen'],
			quiet: ['Ich garantiere, dass ich pünktlich bin', 'Die Rendite ist nicht garantiert', 'der risikofreie Zins ist niedrig']
		},
		es: {
			fire: ['rentabilidad garantizada', 'Te garantizo ganancias del 15%', 'no puedes perder con esta inversión'],
			quiet: ['Te garantizo que llego a tiempo', 'No garantizamos rentabilidad', 'la tasa libre de riesgo subió']
		}
	},
	'policy.mnpi': {
		en: {
			fire: [
				'I have inside information on the merger',
				'buy before the announcement',
				'the earnings leaked, stock will tank',
				"don't tell anyone about the deal",
				'This is not public yet: the acquisition closes Monday'
			],
			quiet: ['the announcement is on the website', "don't tell anyone about the party", 'inside the office it is cold', 'earnings were published today']
		},
		zh: {
			fire: ['内幕消息', '还没公告，先买', '别告诉别人，要收购了', '公告前赶紧建仓'],
			quiet: ['公告已经发了', '别告诉别人我生日', '内部会议改到三点']
		},
		de: {
			fire: ['Das ist eine Insiderinformation', 'Kauf vor der Bekanntgabe', 'Unter uns, die Übernahme kommt'],
			quiet: ['Die Bekanntgabe war gestern', 'Unter uns, der Kaffee ist schlecht', 'Die Zahlen sind öffentlich']
		},
		es: {
			fire: ['Tengo información privilegiada', 'Compra antes del anuncio', 'No se lo digas a nadie: la fusión va'],
			quiet: ['El anuncio fue ayer', 'No se lo digas a nadie, es sorpresa', 'Los resultados son públicos']
		}
	},
	'policy.gifts': {
		en: {
			fire: [
				'courtside tickets for the client',
				'a gift for the doctor who prescribes most',
				'the kickback goes through the consultancy',
				'hongbao for the client at New Year',
				"we'll pay for dinner and drinks for the client's team"
			],
			quiet: ['Secret Santa gifts for the office party', 'gift wrap is at the front desk', 'client meeting at 10', 'my son loved the tickets']
		},
		zh: {
			fire: ['给客户发红包', '给主任送礼', '回扣照旧', '给客户送购物卡'],
			quiet: ['群里发红包', '年会礼品到了', '给我妈的礼物']
		},
		de: {
			fire: ['Ein Geschenk für den Kunden', 'Karten für den Einkäufer besorgen', 'Schmiergeld'],
			quiet: ['Wichteln: Geschenke bis 10 Euro', 'Danke für das Geschenk', 'Der Kunde ruft an']
		},
		es: {
			fire: ['un regalo para el cliente', 'entradas para el médico', 'la mordida del funcionario'],
			quiet: ['amigo invisible: regalos baratos', 'gracias por el regalo', 'el cliente llamó']
		}
	},
	'policy.complaint': {
		en: {
			fire: [
				'I want to complain',
				'there is an unauthorized trade in my account',
				'I would like to lodge a complaint',
				'I never authorized this transfer',
				'I will report you to FINRA'
			],
			quiet: ['stop complaining about the weather', 'complaints handling training is on Friday', 'authorized signatories only', 'great service, thanks']
		},
		zh: {
			fire: ['我要投诉', '未经授权的交易', '我没授权你们操作', '我要去监管举报'],
			quiet: ['他抱怨天气', '授权书已签', '客户很满意']
		},
		de: {
			fire: ['Ich habe eine Beschwerde über meinen Berater', 'Die Buchung war nicht autorisiert', 'ohne meine Zustimmung verkauft'],
			quiet: ['Die Vollmacht ist da', 'Der Service war super', 'Autorisierung erfolgreich']
		},
		es: {
			fire: ['Quiero poner una queja', 'Quiero presentar una reclamación por la comisión', 'una operación no autorizada', 'sin mi consentimiento'],
			quiet: ['mi vecino se queja del ruido', 'la reclamación del seguro del coche', 'autorización lista']
		}
	}
};

describe('built-in policies', () => {
	it('cover every policy category, in English, Chinese, German and Spanish', () => {
		const lexicons = BUILTIN_POLICIES.filter((p) => !p.id.endsWith('.structure'));
		expect(lexicons.map((p) => p.category).sort()).toEqual([...POLICY_CATEGORIES].sort());
		expect(lexicons.map((p) => p.id)).toEqual(lexicons.map((p) => p.category));
		// the structure layer: at most one more policy per category, named after it, with its category's exceptions
		for (const p of BUILTIN_POLICIES.filter((q) => q.id.endsWith('.structure'))) {
			expect(p.id).toBe(`${p.category}.structure`);
			expect(p.exceptions).toContain(lexicons.find((l) => l.category === p.category)?.exceptions);
		}
		for (const p of BUILTIN_POLICIES) expect(p.languages).toEqual(['en', 'zh', 'de', 'es']);
		expect(Object.keys(TABLES).sort()).toEqual([...POLICY_CATEGORIES].sort());
	});

	for (const [category, table] of Object.entries(TABLES)) {
		describe(category, () => {
			for (const [lang, { fire, quiet }] of Object.entries(table)) {
				it.each(fire)(`${lang}: fires on %j`, (text) => {
					expect(fires(category as RiskCategory, text)).toBe(true);
				});
				it.each(quiet)(`${lang}: stays quiet on %j`, (text) => {
					expect(fires(category as RiskCategory, text)).toBe(false);
				});
			}
		});
	}

	it('do not fire on words inside a disclaimer', () => {
		const footer =
			'This message is confidential and intended solely for the addressee. If you received it in error, please notify the sender and delete it. This is not an offer or solicitation. Past performance is no guarantee of future returns.';
		expect(RULES.flatMap((r) => r.scan(footer))).toEqual([]);
		expect(RULES.flatMap((r) => r.scan('本邮件及其附件含有保密信息。如果您错收了本邮件，请删除本邮件并通知发件人。'))).toEqual([]);
	});
});
