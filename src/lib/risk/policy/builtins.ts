/**
 * The built-in policy library: one policy per policy.* category, in English and Chinese, with German and Spanish
 * lexicons. Each query is assembled from named clauses so a reviewer can read why a message fired; the joined
 * query is what the editor shows and what a pack exports.
 */
import type { PolicyDefinition } from './definition';
import { MAX_QUERY_LENGTH } from './parse';
import {
	COMPLAINT_CAUSES,
	GIFTS_NOT_GIVEN,
	COMPLAINT_FIRM_REPLY,
	GUARANTEE_CAUSES,
	GUARANTEE_NOT_A_PROMISE,
	MNPI_RESTRICTED,
	KITCHEN,
	OFF_CHANNEL_CAUSES,
	OFF_CHANNEL_REFUSED,
	RECORD_DELETION_CAUSES,
	RECORD_DELETION_HOUSEKEEPING
} from './builtins-causes';
import { COMPLAINT_NEGATED, GIFTS_DECLARED, GUARANTEE_NEGATED, OFF_CHANNEL_FORBIDDEN, RECORD_DELETION_BENIGN, STRUCTURE_QUERIES } from './builtins-structure';
import {
	BREACH_TALK,
	COMPLAINT_MORE,
	DELETE_NEGATION,
	MNPI_ALREADY_PUBLIC,
	COMPLAINT_PROCESS,
	GIFTS_MORE,
	GUARANTEE_MORE,
	GUARANTEE_REPORTED,
	META_TALK,
	MNPI_MORE,
	OFF_CHANNEL_MORE,
	OFF_CHANNEL_SOCIAL,
	RECORD_DELETION_MORE,
	RECORD_DELETION_ROUTINE
} from './builtins-depth';
import {
	COMPLAINT_FAMILIES,
	GIFTS_FAMILIES,
	GUARANTEE_FAMILIES,
	GUARANTEE_MENTIONED,
	MNPI_FAMILIES,
	MNPI_INTERNAL,
	MNPI_PAST,
	OFF_CHANNEL_FAMILIES,
	OFF_CHANNEL_STAYS,
	RECORD_DELETION_FAMILIES,
	RECORD_DELETION_NOT_RECORDS
} from './builtins-families';
import {
	COMPLAINT_FORMS,
	GIFTS_FORMS,
	GUARANTEE_FORMS,
	MNPI_FORMS,
	MNPI_OUT_ALREADY,
	OFF_CHANNEL_ARCHIVED,
	OFF_CHANNEL_FORMS,
	RECORD_DELETION_FORMS
} from './builtins-forms';

const any = (...alternatives: string[]): string => `(${alternatives.join(' OR ')})`;

// ---------------------------------------------------------------------------------------------- off-channel
const MESSAGING_APPS = any(
	'whatsapp',
	'whats app',
	'whatsapps',
	'telegram',
	'wechat',
	'weixin',
	'imessage',
	'imsg',
	'threema',
	'wickr',
	'viber',
	'"signal app"',
	'((on OR via OR over OR to OR auf OR uber OR por OR en) pre/1 signal)',
	'snapchat',
	'insta',
	'instagram'
);
const MOVE_VERBS = any(
	'move',
	'moving',
	'switch*',
	'continue',
	'"take this"',
	'"take it"',
	'text',
	'txt',
	'ping',
	'message',
	'msg',
	'dm',
	'call',
	'reach',
	'contact',
	'add',
	'send',
	'discuss',
	'hit',
	'"hop on"',
	'"jump on"',
	'go',
	'reply',
	'write',
	'details',
	'rest'
);
const PERSONAL_DEVICE = any(
	'"personal phone"',
	'"personal cell"',
	'"personal mobile"',
	'"personal number"',
	'"personal line"',
	'"private phone"',
	'"private number"',
	'"private cell"',
	'"my cell"',
	'"my mobile"',
	'"my own phone"',
	'"other phone"',
	'"second phone"',
	`(burner NOT w/6 ${KITCHEN})`,
	'"personal email"',
	'"private email"',
	'"personal e-mail"',
	'"personal gmail"',
	'"my gmail"',
	'"my hotmail"'
);
const CONTACT_VERBS = any(
	'text',
	'txt',
	'texting',
	'call',
	'ring',
	'reach',
	'contact',
	'email',
	'e-mail',
	'send',
	'use',
	'message',
	'ping',
	'"take this"',
	'switch',
	'move',
	'on',
	'to',
	'from',
	'at',
	'via'
);
const OFF_CHANNEL_EN = any(
	`${MESSAGING_APPS} w/6 ${MOVE_VERBS}`,
	// "chat" and "talk" only as verbs before the app ("a WhatsApp chat" is a noun)
	`(${any('chat', 'talk', 'speak', '"catch up"', 'chatting', 'talking')} pre/1 ${any('on', 'over', 'via', 'in')}) pre/1 ${MESSAGING_APPS}`,
	`${any('whatsapp', 'telegram', 'wechat', 'imessage', 'dm')} pre/1 ${any('me', 'us', 'him', 'her', 'them')}`,
	`${any('"im on"', '"i am on"', '"were on"', '"find me on"', '"reach me on"', '"get me on"')} pre/1 ${any('whatsapp', 'signal', 'telegram', 'wechat', 'threema', 'wickr')}`,
	`${PERSONAL_DEVICE} w/6 ${CONTACT_VERBS}`,
	`("take this offline" NOT w/10 ${any('meeting', 'room', 'standup', 'huddle', 'sync', 'agenda')})`,
	'"take it offline"',
	'"taking this offline"',
	'"take this conversation offline"',
	'"not on email"',
	'"not over email"',
	'"not on this chat"',
	'"not on this channel"',
	'"not in this chat"',
	'"not on here"',
	'"not over here"',
	`${any('"not comfortable"', '"rather not"', '"cant"', '"can\'t"')} w/6 ${any('"on here"', '"in here"', '"on this chat"', '"over chat"', '"in writing"')}`,
	'"off the record"',
	'"off channel"',
	'"off-channel"',
	`${any('"don\'t put"', '"do not put"', '"never put"', '"rather not put"', '"not put"')} pre/5 ${any('writing', 'email', 'chat', 'text', 'here')}`,
	`${any('call', 'ring', 'phone')} w/4 ${any('instead', '"rather not type"', '"not in writing"')}`
);
const OFF_CHANNEL_ZH = any(
	`${any('加我', '加个', '加一下', '加你', '加下', '添加')} w/2 ${any('微信', '私人微信', '个人微信', 'whatsapp', 'telegram', 'signal', '电报', 'line', '小号')}`,
	`${any('私人微信', '个人微信', '私人手机', '个人手机', '私人号', '私人电话', '私人邮箱', '小号', '电报', 'whatsapp', 'signal', 'telegram')} w/6 ${any('聊', '说', '谈', '联系', '发', '打', '转', '找')}`,
	'打我手机',
	'打我私人',
	'打我个人',
	`${any('别', '不要', '不方便')} w/6 ${any('群里发', '群里说', '群里讲', '群里聊', '这里发', '这里说', '工作群')}`,
	'私聊',
	'私下聊',
	'私下说',
	'私下谈',
	'线下聊',
	'线下说',
	'电话里说',
	'电话聊',
	'电话里聊',
	'当面说',
	'当面聊',
	`${any('别', '不要', '不方便', '不能')} w/4 ${any('群里说', '这里说', '在这说', '在这里说', '在群里', '在这里讲', '微信上说', '文字')}`,
	'用私人手机'
);
const OFF_CHANNEL_DE = any(
	`${MESSAGING_APPS} w/5 ${any('schreib*', 'schick*', 'meld*', 'ruf*', 'wechseln', 'wechsel', '"lass uns"', 'besprechen', 'kontaktier*', 'weiter', 'reden')}`,
	`${any('privathandy', 'privatnummer', 'privattelefon', '(privat* pre/1 (handy OR nummer OR telefon OR mail OR e-mail OR email OR handynummer OR mailadresse OR adresse OR emailadresse OR whatsapp))')} w/6 ${any('schreib*', 'schick*', 'meld*', 'ruf*', 'an', 'erreich*', 'kontaktier*', 'auf')}`,
	'"nicht per mail"',
	'"nicht hier im chat"',
	'"nicht uber diesen kanal"',
	'"nicht schriftlich"'
);
const OFF_CHANNEL_ES = any(
	`${MESSAGING_APPS} w/5 ${any('escrib*', 'mand*', 'envi*', 'habl*', 'llam*', 'pas*', 'segu*', 'sigamos', 'cambi*', 'contact*', 'movamos', 'hablamos')}`,
	`${any('"celular personal"', '"movil personal"', '"numero personal"', '"telefono personal"', '"correo personal"', '"mi celular"', '"mi movil"', '"numero privado"')} w/6 ${any('escrib*', 'mand*', 'envi*', 'habl*', 'llam*', 'contact*', 'al', 'a')}`,
	'"por privado"',
	'"al privado"',
	'"por fuera"',
	'"fuera del chat"',
	'"no por aqui"',
	'"no por este chat"',
	'"no por escrito"'
);

// ------------------------------------------------------------------------------------------ record deletion
const DELETE_VERBS_EN = any(
	'delete*',
	'erase*',
	'wipe*',
	'shred*',
	'purge*',
	'destroy*',
	'"get rid of"',
	'trash',
	'clear',
	'remove',
	'unsend',
	'scrub*',
	'burn'
);
const RECORDS_EN = any(
	'chat',
	'chats',
	'thread',
	'threads',
	'message',
	'messages',
	'msgs',
	'msg',
	'texts',
	'text',
	'conversation*',
	'convo',
	'history',
	'evidence',
	'records',
	'emails',
	'logs',
	'whatsapps',
	'dms',
	'"this group"',
	'"the group"',
	'"these"',
	'screenshot*'
);
const NEGATION_BEFORE_DELETE = any('not', 'dont', 'never', 'nobody', '"no one"', 'cant', 'cannot', 'mustnt', 'shouldnt', 'wont');
const RECORD_DELETION_EN = any(
	// "Do not delete anything" (a legal hold) is the opposite of the risk
	`(${DELETE_VERBS_EN} NOT post/2 ${NEGATION_BEFORE_DELETE}) w/5 ${RECORDS_EN}`,
	`${any('delete*', 'erase', 'burn', 'destroy')} w/4 ${any('"after reading"', '"after you read"', '"once you read"', '"when you read"', '"once read"', '"after you\'ve read"', '"once you\'ve read"', '"when you\'re done"')}`,
	`${any('disappearing', 'vanish', 'self-destruct*', '"auto delete"', '"auto-delete"', 'autodelete', 'ephemeral', 'self-destructing')} w/4 ${any('message*', 'mode', 'chat*', 'on', 'timer')}`,
	`${any('wipe*', '"factory reset"', 'reset', 'erase')} w/3 ${any('phone', 'phones', 'device', 'devices', 'laptop', 'mobile', 'cell')}`,
	'"no paper trail"',
	'"leave no trace"',
	'"no record of this"',
	'"don\'t keep a record"',
	'"don\'t keep any record"',
	'"no written record"'
);
const RECORD_DELETION_ZH = any(
	`(${any('删除', '删掉', '删了', '清空', '清除', '销毁', '清理', '清一清', '清掉', '清了', '刪除', '刪掉', '删')} NOT post/3 ${DELETE_NEGATION}) w/6 ${any('聊天记录', '记录', '消息', '信息', '对话', '这条', '这几条', '那几条', '这些', '截图', '邮件', '聊天', '紀錄', '記錄')}`,
	'撤回',
	'阅后即焚',
	'閱後即焚',
	'不留痕迹',
	'别留记录',
	'不要留记录',
	'别留证据'
);
const RECORD_DELETION_DE = any(
	// German puts the negation before the object: "ich werde nichts aus dem Chatverlauf löschen"
	`(${any('losch*', 'entfern*', 'vernicht*', 'schredder*', 'leer*')} NOT post/5 ${DELETE_NEGATION}) w/5 ${any('chat', 'chats', 'nachricht*', 'verlauf', 'chatverlauf', 'unterhaltung', 'gesprach', 'sms', 'mails', 'e-mails', 'beweise', 'whatsapps', 'alles')}`,
	`chatverlauf* w/4 (losch* NOT post/5 ${DELETE_NEGATION})`,
	'selbstloschend*',
	'"verschwindende nachrichten"',
	'"keine spuren"'
);
const RECORD_DELETION_ES = any(
	`(${any('borr*', 'elimin*', 'destru*', 'vaci*')} NOT post/3 ${DELETE_NEGATION}) w/5 ${any('mensaje*', 'chat', 'chats', 'conversacion*', 'historial', 'whatsapps', 'correos', 'esto', 'todo')}`,
	'"mensajes temporales"',
	'"no dejes rastro"',
	'"sin dejar rastro"'
);

// ------------------------------------------------------------------------------------------------ guarantee
const RETURNS_EN = any(
	// "return your charger", "return the favour": return as a verb with an object is not a return on money
	'(return NOT pre/1 (your OR my OR it OR them OR this OR that OR his OR her OR home OR the OR to))',
	'returns',
	'returning',
	'profit*',
	'gain*',
	'yield*',
	'principal',
	'income',
	'upside',
	'payout*',
	'performance',
	'interest',
	'"make money"',
	'"double your"',
	'percent',
	'"per year"',
	'"a year"',
	'"per annum"',
	'annually',
	'"a month"',
	'monthly',
	'roi',
	'"every year"',
	'"each year"',
	'"every month"',
	'"per month"'
);
const INVESTING_EN = any(
	'money',
	'stock',
	'stocks',
	'trade',
	'invest*',
	'position',
	'shares',
	'fund',
	'bet',
	'buy',
	'product',
	'portfolio',
	'deal',
	'opportunity',
	'returns',
	'crypto',
	'coin',
	'token',
	'bond',
	'note',
	'principal',
	'upside',
	'capital',
	'yield',
	'profit*'
);
const NEGATION_EN = any('cant', 'cannot', '"can not"', 'not', 'no', 'never', 'nothing', '"no one"', 'nobody', 'dont', 'doesnt', 'wont', 'nor', 'impossible');
const GUARANTEE_EN = any(
	`${any('(guarantee* NOT post/3 ' + NEGATION_EN + ')', 'guaranty', '(promise* NOT post/3 ' + NEGATION_EN + ')', '"assured"', '"locked in"', '"lock in"')} w/5 ${RETURNS_EN}`,
	`${any('"cant lose"', '"cannot lose"', '"can not lose"', '"no way to lose"', '"wont lose"', '"never lose"', '"sure thing"', '"sure bet"', '"safe bet"', '"free money"', '"no downside"', '"zero downside"')} w/8 ${INVESTING_EN}`,
	`${any('((risk-free OR riskless) NOT pre/1 (rate OR rates OR asset OR assets OR curve))', '"no risk"', '"zero risk"', '"without risk"', '"without any risk"')} w/8 ${INVESTING_EN}`,
	'"double your money"',
	'"guaranteed to go up"',
	'"guaranteed winner"',
	`${any('"not lose"', '"wont lose"', '"never lose"', '"cant lose"')} w/3 ${any('cent', 'penny', 'dime', 'dollar', 'money', 'pound', 'euro')}`
);
const GUARANTEE_ZH = any(
	`${any('保证', '肯定', '绝对', '保證')} w/3 ${any('不亏', '不赔', '不会亏', '亏不了', '不虧')}`,
	'保本',
	'稳赚',
	'稳赚不赔',
	'包赚',
	'只赚不赔',
	'稳赔不了',
	'保底收益',
	'保收益',
	'保证赚钱',
	'肯定赚',
	'一定赚',
	'(保证收益 NOT post/2 (不 OR 不能 OR 无法 OR 没法 OR 不敢))',
	`(${any('保证', '保證', '承诺', '确保', '担保')} NOT post/2 ${any('不', '不能', '无法', '没法', '不敢', '没人', '不可能', '無法')}) w/4 ${any('收益', '回报', '赚', '盈利', '利润', '本金', '翻倍', '年化', '回報')}`,
	`${any('零风险', '(无风险 NOT pre/1 (利率 OR 资产 OR 收益率))', '没有风险', '没风险', '零風險')} w/8 ${any('收益', '投资', '理财', '赚', '产品', '回报', '买')}`
);
const NEGATION_DE = any('nicht', 'kein', 'keine', 'keinerlei', 'niemand', 'nie', 'niemals');
const GUARANTEE_DE = any(
	`${any('(garantier* NOT post/3 ' + NEGATION_DE + ')', '(garantie NOT post/3 ' + NEGATION_DE + ')', '(versprech* NOT post/3 ' + NEGATION_DE + ')', '((risikolos* OR risikofrei*) NOT pre/1 (zins OR zinssatz OR zinsen OR rate OR rendite))', '"ohne risiko"', '"kein risiko"', '"null risiko"')} w/4 ${any('rendite*', 'gewinn*', 'ertrag*', 'ertrage', 'verzinsung', 'zins*', 'auszahlung*', 'prozent', '"im jahr"', '"pro jahr"')}`,
	'"sichere rendite"',
	'"sicherer gewinn"',
	'"sichere gewinne"',
	'"kann nicht verlieren"',
	'"konnen nicht verlieren"',
	'"geld verdoppeln"',
	'(kann* w/3 "nicht verlieren")',
	`${any('"ohne risiko"', '"kein risiko"', '"null risiko"', '(risikolos* NOT pre/1 (zins OR zinssatz OR zinsen OR rate OR rendite))')} w/8 ${any('anlage', 'investment', 'investier*', 'aktie*', 'fonds', 'produkt', 'geld', 'verlieren', 'kauf*')}`
);
const NEGATION_ES = any('no', 'nadie', 'nunca', 'ni', 'imposible', 'ningun', 'ninguna');
const GUARANTEE_ES = any(
	`${any('(garantiz* NOT post/3 ' + NEGATION_ES + ')', '(garantia NOT post/3 ' + NEGATION_ES + ')', 'prometo', 'aseguro', '"sin riesgo"', '"cero riesgo"', '"ningun riesgo"', '"libre de riesgo"')} w/4 ${any('rentabilidad*', 'ganancia*', 'rendimiento*', 'retorno*', 'beneficio*', 'interes*', 'dinero', 'capital', '"al ano"', '"al mes"', 'anual', 'mensual', 'por ciento')}`,
	'"no puedes perder"',
	'"no se puede perder"',
	'"no hay forma de perder"',
	'"dinero seguro"',
	'"ganancia segura"',
	'"duplicar tu dinero"'
);

// ----------------------------------------------------------------------------------------------------- MNPI
const CORPORATE_EVENTS_EN = any(
	'deal',
	'merger',
	'earnings',
	'announce*',
	'guidance',
	'acquisition',
	'acquire*',
	'takeover',
	'buyout',
	'results',
	'numbers',
	'ipo',
	'offering',
	'"tender offer"',
	'bid',
	'downgrade',
	'upgrade',
	'fda',
	'approval',
	'quarter',
	'dividend',
	'restructuring',
	'bankruptcy',
	'chapter',
	'layoffs',
	'contract',
	'stock',
	'shares',
	'buyback',
	'spinoff',
	'spin-off'
);
const TRADING_EN = any(
	'buy',
	'buying',
	'sell',
	'selling',
	'shares',
	'stock',
	'position',
	'load',
	'loading',
	'trade',
	'options',
	'calls',
	'puts',
	'short',
	'long',
	'get in',
	'jump in'
);
const PRICE_EVENTS_EN = any(
	'announce*',
	'earnings',
	'results',
	'numbers',
	'merger',
	'deal',
	'acquisition',
	'takeover',
	'buyout',
	'"press release"',
	'guidance',
	'approval',
	'fda',
	'buyback',
	'dividend'
);
const WHEN_EN = any('tomorrow', 'tonight', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', '"next week"', 'until', '"later today"', '"this afternoon"');
const TRADE_VERBS_EN = any(
	'"get in now"',
	'buy',
	'buying',
	'sell',
	'selling',
	'dump*',
	'load*',
	'"pick some up"',
	'"pick up"',
	'short',
	'calls',
	'puts',
	'"get in"',
	'"get out"',
	'"back up the truck"'
);
const MNPI_EN = any(
	// an announcement still to come, and a trade before it
	`(${any('announce*', '"press release"', '"goes public"', '"is public"', '"hits the wire"', '"comes out"', '"goes out"', '"gets announced"', 'earnings', 'results', 'offer', 'bid', 'takeover', 'merger', 'acquisition', 'deal')} w/6 ${WHEN_EN}) w/15 ${TRADE_VERBS_EN}`,
	`(${TRADE_VERBS_EN} w/4 ${any('"before then"', '"before that"', '"before it"', '"before the news"', '"before everyone"', '"before anyone"', '"before its out"', '"before it\'s out"')}) w/15 ${PRICE_EVENTS_EN}`,
	`${any('"inside information"', '"inside info"', '"insider information"', '"insider info"', '"inside scoop"', '"insider tip"', '"inside tip"', 'mnpi', '"material non-public"', '"material nonpublic"')}`,
	`${any('"not public"', '"not yet public"', '"non-public"', 'nonpublic', '"hasnt been announced"', '"not been announced"', '"not announced yet"', '"isnt public"', '"before it\'s announced"', '"before its announced"', '"before it goes public"', '"before the announcement"', '"ahead of the announcement"', '"before the press release"', '"before earnings"', '"ahead of earnings"', '"before the news"', '"before it hits"', 'leak*')} w/10 ${any(CORPORATE_EVENTS_EN.slice(1, -1), TRADING_EN.slice(1, -1))}`,
	`${any('"dont tell"', '"do not tell"', '"keep this between"', '"keep it between"', '"between you and me"', '"between us"', '"keep it quiet"', '"keep this quiet"', '"keep this to yourself"', '"keep it to yourself"', '"not a word"', '"hush hush"', '"off the record"')} w/10 ${CORPORATE_EVENTS_EN}`
);
const MNPI_ZH = any(
	'内幕',
	'內幕',
	'内部消息',
	'內部消息',
	'小道消息',
	'未公开信息',
	'未公開',
	`${any('还没公告', '还没公布', '还没披露', '未公告', '尚未公告', '尚未公布', '没公开', '还没公开', '公告前', '公布前', '发布前', '官宣前', '還沒公告', '还没出', '还没发', '没出来')} w/12 ${any('买', '卖', '股票', '仓', '建仓', '加仓', '布局', '埋伏', '抄底', '收购', '并购', '重组', '业绩', '财报', '股', '涨停')}`,
	`(${any('宣布', '公告', '公布', '官宣', '发布', '披露')} w/6 ${any('下周', '明天', '后天', '周一', '周二', '周三', '周四', '周五', '月底', '下个月', '马上', '要')}) w/15 ${any('买', '卖', '建仓', '加仓', '清仓', '抛', '进去')}`,
	`${any('别告诉', '不要告诉', '别外传', '不要外传', '别说出去', '保密')} w/12 ${any('收购', '并购', '重组', '业绩', '财报', '股票', '公告', '中标', '股')}`
);
const MNPI_DE = any(
	'insiderinfo*',
	'insiderwissen',
	'insidertipp*',
	'insiderhandel',
	`${any('"vor der bekanntgabe"', '"vor der ankundigung"', '"vor der veroffentlichung"', '"noch nicht offentlich"', '"nicht offentlich"', '"noch nicht bekannt"', '"vor den zahlen"')} w/10 ${any('kauf*', 'verkauf*', 'aktie*', 'ubernahme', 'fusion', 'zahlen', 'quartalszahlen', 'deal', 'position', 'einsteigen')}`,
	`(${any('ubernahme', 'fusion', 'zahlen', 'quartalszahlen', 'bekanntgabe', 'ankundigung', 'angebot', 'deal')} w/6 ${any('morgen', 'ubermorgen', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', '"nachste woche"', 'bald')}) w/15 ${any('kauf*', 'verkauf*', 'einsteigen', 'rein')}`,
	`${any('"behalt das fur dich"', '"sag niemandem"', '"unter uns"', '"kein wort"', '"weiss noch keiner"', '"weiss noch niemand"', '"weiss keiner"')} w/10 ${any('ubernahme', 'fusion', 'zahlen', 'quartalszahlen', 'deal', 'aktie*', 'kauf*')}`
);
const MNPI_ES = any(
	`(${any('anunci*', 'publica*', 'resultados', 'fusion', 'adquisicion', 'opa', 'oferta')} w/6 ${any('manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', '"la semana que viene"', '"proxima semana"')}) w/15 ${any('compr*', 'vend*', 'entra', 'entrar', 'antes')}`,
	'"informacion privilegiada"',
	'"info privilegiada"',
	'"informacion confidencial"',
	`${any('"antes del anuncio"', '"antes de que se anuncie"', '"antes de que salga"', '"antes de que se publique"', '"no es publico"', '"todavia no es publico"', '"aun no es publico"', '"antes de los resultados"')} w/10 ${any('compr*', 'vend*', 'acciones', 'fusion', 'adquisicion', 'resultados', 'oferta', 'posicion', 'entrar')}`,
	`${any('"no se lo digas a nadie"', '"no digas nada"', '"entre nosotros"', '"que no salga de aqui"')} w/10 ${any('fusion', 'adquisicion', 'resultados', 'oferta', 'acciones', 'compra', 'opa')}`
);

// ---------------------------------------------------------------------------------------------------- gifts
const RECIPIENTS_EN = any(
	'client*',
	'dr',
	'investor*',
	'treasurer*',
	'committee',
	'trustee*',
	'"pension fund*"',
	'customer*',
	'doctor*',
	'physician*',
	'prescriber*',
	'regulator*',
	'official*',
	'procurement',
	'buyer*',
	'"fund manager"',
	'"portfolio manager"',
	'cfo',
	'ceo',
	'trader*',
	'"the dr"',
	'nurses',
	'clinic',
	'hospital',
	'pharmacist*',
	'inspector*'
);
const GIFTS_EN = any(
	'kickback*',
	'"kick back"',
	'"kick-back"',
	'backhander*',
	'"under the table"',
	'"brown envelope"',
	'"finder\'s fee"',
	'bribe*',
	`${any('(gift* NOT pre/1 (aid OR shop OR shops OR wrap OR wrapping OR tax OR card))', '"gift card"', 'present', 'presents', 'tickets', 'courtside', '"box seats"', '"suite"', 'voucher*', 'hamper', 'rolex', 'watch', '"red envelope"', '"red packet"', 'hongbao', 'cash', 'trip', '"all expenses"', '"all-expenses"', 'spa', 'golf', 'wine', 'champagne', 'concert', 'junket')} w/6 ${RECIPIENTS_EN}`,
	// something of value near a decision the recipient is about to take
	`${any('(gift* NOT pre/1 (aid OR shop OR shops OR wrap OR wrapping OR tax OR card))', 'tickets', '"box seats"', 'courtside', 'hamper', 'trip', 'weekend', 'voucher*', 'rolex', 'watch', 'cash', 'envelope')} w/15 ${any('mandate', 'rfp', 'tender', 'deciding', '"the decision"', 'award*', '"sign off"', '"signs off"', '"signing off"', 'renewal', 'approv*')}`,
	// pharma: something of value tied to prescribing
	`${any('prescrib*', 'scripts', '"writes more"', '"write more"', '"switch his patients"', '"switch her patients"', 'formulary')} w/12 ${any('trip', 'tickets', 'dinner', 'gift*', 'hamper', '"speaker fee"', '"speaker fees"', 'honorarium', 'cash', 'vacation', 'holiday', 'cruise')}`,
	`(${any('pay', 'paying', 'cover', 'covering', 'treat', 'treating', 'expense', '"pick up"', '"on me"', '"on us"', '"on the firm"', 'comp', 'comped')} w/4 ${any('dinner', 'lunch', 'drinks', 'trip', 'flights', 'hotel', 'tickets', 'tab', 'bill', 'weekend')}) w/8 ${RECIPIENTS_EN}`
);
const RECIPIENTS_ZH = any(
	'客户',
	'客戶',
	'医生',
	'醫生',
	'领导',
	'采购',
	'经理',
	'主任',
	'院长',
	'官员',
	'评审',
	'处长',
	'局长',
	'审批',
	'科长',
	'老板',
	'药剂科',
	'专家'
);
const GIFTS_ZH = any(
	'回扣',
	'好处费',
	'好處費',
	'返点',
	`${any('礼', '烟酒', '香烟', '两条中华', '红包', '购物卡', '茅台', '好处')} w/20 ${any('招标', '开标', '评标', '中标', '审批', '验收')}`,
	`${any('多开', '开药', '处方', '用我们的药', '进药', '用量', '開藥', '處方')} w/20 ${any('旅游', '红包', '回扣', '返点', '购物卡', '安排', '礼', '好处', '提成')}`,
	'红包 w/15 ' + RECIPIENTS_ZH,
	'紅包 w/15 ' + RECIPIENTS_ZH,
	`${any('送礼', '送禮', '礼品', '禮品', '礼物', '禮物', '购物卡', '消费卡', '茅台', '烟酒', '旅游', '招待', '请吃饭', '请客', '演唱会门票', '门票', '礼金', '两条中华', '香烟', '高尔夫', '打球', 'ktv', '唱歌', '洗浴', '按摩', '机票', '酒店')} w/15 ${RECIPIENTS_ZH}`
);
const RECIPIENTS_DE = any('kunde*', 'kunden*', 'arzt', 'arzte*', 'einkaufer*', 'einkauf', 'beamte*', 'behorde*', 'prufer*');
const GIFTS_DE = any(
	'schmiergeld*',
	'bestechung*',
	'provisionszahlung*',
	`${any('verschreib*', 'verordn*')} w/10 ${any('reise', 'geschenk*', 'karten', 'essen', 'abendessen', 'urlaub', 'honorar', 'bargeld')}`,
	`${any('geschenk*', 'schenk*', 'spendier*', 'prasent', 'prasente', 'prasentkorb*', 'karten', 'tickets', 'einladung*', 'einlad*', 'gutschein*', 'uhr', 'reise', 'abendessen', 'wein')} w/6 ${RECIPIENTS_DE}`
);
const RECIPIENTS_ES = any('cliente*', 'medico*', 'doctor*', 'doctora*', 'comprador*', 'funcionario*', 'inspector*', 'compras');
const GIFTS_ES = any(
	'mordida',
	'soborno*',
	'coima*',
	'"comision por debajo"',
	`${any('recet*', 'prescrib*')} w/10 ${any('viaje', 'regalo*', 'cena', 'entradas', 'vacaciones', 'efectivo', 'honorario*')}`,
	`${any('regal*', 'obsequi*', 'invit*', '"todo pagado"', 'palco', 'entradas', 'boletos', 'cena', 'viaje', '"tarjeta regalo"', 'reloj', 'vino')} w/6 ${RECIPIENTS_ES}`
);

// ------------------------------------------------------------------------------------------------ complaint
const COMPLAINT_SUBJECTS_EN = any(
	'account',
	'trade',
	'trades',
	'order',
	'orders',
	'fee',
	'fees',
	'charge*',
	'advisor',
	'adviser',
	'broker',
	'service',
	'statement',
	'transfer',
	'loss',
	'losses',
	'portfolio',
	'firm',
	'bank',
	'manager',
	'rep',
	'representative',
	'you',
	'your',
	'investment*',
	'policy',
	'claim',
	'funds'
);
const COMPLAINT_EN = any(
	`${any('"want to complain"', '"like to complain"', '"wish to complain"', '"going to complain"', '"make a complaint"', '"lodge a complaint"', '"file a complaint"', '"filing a complaint"', '"formal complaint"', '"raise a complaint"', '"submit a complaint"', '"written complaint"', '"official complaint"', '"complaint against"')}`,
	// talk about the complaints process ("complaints handling training") is not a complaint
	`(complain* NOT pre/1 ${any('handling', 'procedure', 'procedures', 'process', 'policy', 'training', 'team', 'department', 'form', 'log', 'register', 'data')}) w/6 ${COMPLAINT_SUBJECTS_EN}`,
	`unauthori?ed w/4 ${any('trade*', 'transaction*', 'transfer*', 'purchase*', 'sale', 'sales', 'order*', 'withdrawal*', 'charge*', 'activity', 'debit*', 'payment*')}`,
	'"didn\'t authorize"',
	'"didn\'t authorise"',
	'"did not authorize"',
	'"did not authorise"',
	'"never authorized"',
	'"never authorised"',
	'"never approved"',
	'"without my permission"',
	'"without my consent"',
	'"without my authorization"',
	'"without asking"',
	'"without telling me"',
	`${any('report', 'reporting', 'escalate', 'escalating', 'contact', 'contacting')} w/4 ${any('finra', 'sec', 'regulator', 'ombudsman', 'fca', 'cfpb', '"attorney general"')}`,
	'ombudsman',
	`${any('going', 'go', 'write', 'writing')} pre/3 ${any('finra', 'regulator', 'fca', 'cfpb', 'lawyer', 'solicitor', 'attorney')}`,
	`${any('"money back"', 'refund', '"reimburse me"', 'compensation')} w/6 ${any('want*', 'demand*', 'expect*', '"give me"', 'insist*')}`
);
const COMPLAINT_ZH = any(
	'投诉',
	'投訴',
	'未经授权',
	'未經授權',
	'没有授权',
	'我没授权',
	'我没有授权',
	'没经过我同意',
	'没经我同意',
	'未经我同意',
	'擅自',
	'举报',
	'舉報',
	'12315',
	`${any('退钱', '赔偿', '賠償', '退款')} w/6 ${any('要求', '必须', '我要', '给我')}`,
	`${any('找', '向', '告到')} w/3 ${any('监管', '证监会', '银保监', '金融监管', '消协')}`
);
const COMPLAINT_DE = any(
	`${any('beschwerde*', 'beschwer*', 'reklamation')} w/8 ${any('berater*', 'konto', 'depot', 'gebuhr*', 'kosten', 'auftrag', 'transaktion*', 'bank', 'service', 'kundenservice', 'offiziell', 'formell*', 'schriftlich', 'ihre*', 'sie', 'euch', 'verkauf*', 'kauf*', 'fonds', 'verlust*', 'einlegen', 'mochte', 'will')}`,
	'beschwerdebrief',
	`beschwerdestelle w/5 ${any('wende', 'wenden', 'schreib*', 'meld*', 'geh*', 'einschalten', 'einreichen', 'an', 'bei')}`,
	'"nicht autorisiert"',
	'"nicht autorisierte"',
	'"ohne meine zustimmung"',
	'"ohne mein einverstandnis"',
	'"ohne meine erlaubnis"',
	'"nicht genehmigt"',
	'ombudsmann',
	'ombudsstelle',
	`${any('melden', 'wenden', 'einschalten')} w/4 bafin`
);
const COMPLAINT_ES = any(
	'quejarme',
	'"hoja de reclamaciones"',
	'"libro de reclamaciones"',
	`${any('queja', 'quejas', 'quejar', 'reclamacion', 'reclamaciones', 'reclamo')} w/6 ${any('poner', 'presentar', 'tengo', 'formal', 'quiero', 'cuenta', 'asesor*', 'banco', 'comision*', 'operacion*', 'cargo*', 'servicio', 'atencion', 'oficial', 'acciones', 'fondo*', 'inversion*', 'ustedes', 'su', 'sus')}`,
	'"no autorice"',
	'"no autorizada"',
	'"no autorizadas"',
	'"no autorizado"',
	'"sin mi autorizacion"',
	'"sin mi consentimiento"',
	'"sin mi permiso"',
	'"defensor del cliente"',
	'(autorice post/2 (no OR nunca OR jamas))',
	'(autorizo post/2 (no OR nunca OR jamas))',
	`${any('"de vuelta"', 'devuelvan', 'devolucion')} w/4 dinero`,
	`${any('devuelvan', 'devuelvanme', 'reembolso')} w/6 dinero`,
	`${any('denunciar', 'denuncia', 'acudir', 'reportar')} w/4 ${any('cnmv', 'regulador', 'profeco', 'condusef', '"banco de espana"')}`
);

const LEXICON_POLICIES: PolicyDefinition[] = [
	{
		id: 'policy.off_channel',
		name: 'moving business to unmonitored channels',
		category: 'policy.off_channel',
		severity: 'high',
		query: any(OFF_CHANNEL_EN, OFF_CHANNEL_ZH, OFF_CHANNEL_DE, OFF_CHANNEL_ES, OFF_CHANNEL_MORE, OFF_CHANNEL_FAMILIES, OFF_CHANNEL_FORMS, OFF_CHANNEL_CAUSES),
		exceptions: any(
			META_TALK,
			BREACH_TALK,
			OFF_CHANNEL_SOCIAL,
			OFF_CHANNEL_STAYS,
			OFF_CHANNEL_FORBIDDEN,
			OFF_CHANNEL_ARCHIVED,
			OFF_CHANNEL_REFUSED,
			'"signal strength"',
			'"no signal"',
			'"weak signal"',
			'"bad signal"',
			'"signal is"',
			'"trading signal"',
			'"buy signal"',
			'"sell signal"',
			'信号'
		),
		languages: ['en', 'zh', 'de', 'es'],
		description:
			'Asks to continue on WhatsApp, Signal, Telegram, WeChat, a personal phone or offline, where the firm cannot keep the record (SEC off-channel cases).'
	},
	{
		id: 'policy.record_deletion',
		name: 'deleting or hiding records',
		category: 'policy.record_deletion',
		severity: 'high',
		query: any(
			RECORD_DELETION_EN,
			RECORD_DELETION_ZH,
			RECORD_DELETION_DE,
			RECORD_DELETION_ES,
			RECORD_DELETION_MORE,
			RECORD_DELETION_FAMILIES,
			RECORD_DELETION_FORMS,
			RECORD_DELETION_CAUSES
		),
		exceptions: any(
			META_TALK,
			BREACH_TALK,
			RECORD_DELETION_ROUTINE,
			RECORD_DELETION_NOT_RECORDS,
			RECORD_DELETION_BENIGN,
			RECORD_DELETION_HOUSEKEEPING,
			'"this message was deleted"',
			'"you deleted this message"',
			`("message deleted" NOT w/8 ${any('"do the same"', '"same on your side"', '"du auch"', '"tu tambien"', '你也')})`,
			'"撤回了一条消息"',
			'"recalled a message"',
			'"diese nachricht wurde geloscht"',
			'"se elimino este mensaje"',
			'"eliminaste este mensaje"',
			'typo',
			'typos',
			'duplicate*',
			'"wrong chat"',
			'"wrong group"',
			'"wrong person"',
			'spam',
			'错别字',
			'发错',
			'打错',
			'tippfehler',
			'duplikat*',
			'error de dedo',
			'duplicado*'
		),
		languages: ['en', 'zh', 'de', 'es'],
		description: 'Asks to delete, wipe or auto-expire messages, or to leave no record (SEA 17a-4 recordkeeping).'
	},
	{
		id: 'policy.guarantee',
		name: 'promises of returns',
		category: 'policy.guarantee',
		severity: 'high',
		query: any(GUARANTEE_EN, GUARANTEE_ZH, GUARANTEE_DE, GUARANTEE_ES, GUARANTEE_MORE, GUARANTEE_FAMILIES, GUARANTEE_FORMS, GUARANTEE_CAUSES),
		exceptions: any(META_TALK, BREACH_TALK, GUARANTEE_REPORTED, GUARANTEE_MENTIONED, GUARANTEE_NEGATED, GUARANTEE_NOT_A_PROMISE),
		languages: ['en', 'zh', 'de', 'es'],
		description: 'Promises returns or that an investment cannot lose (FINRA 2150, 2210(d)(1)).'
	},
	{
		id: 'policy.mnpi',
		name: 'inside information',
		category: 'policy.mnpi',
		severity: 'critical',
		query: any(MNPI_EN, MNPI_ZH, MNPI_DE, MNPI_ES, MNPI_MORE, MNPI_FAMILIES, MNPI_FORMS),
		exceptions: any(META_TALK, BREACH_TALK, MNPI_ALREADY_PUBLIC, MNPI_PAST, MNPI_INTERNAL, MNPI_OUT_ALREADY, MNPI_RESTRICTED),
		languages: ['en', 'zh', 'de', 'es'],
		description: 'Shares or trades on material non-public information: deals, earnings or announcements before they are public.'
	},
	{
		id: 'policy.gifts',
		name: 'gifts and entertainment for clients',
		category: 'policy.gifts',
		severity: 'medium',
		query: any(GIFTS_EN, GIFTS_ZH, GIFTS_DE, GIFTS_ES, GIFTS_MORE, GIFTS_FAMILIES, GIFTS_FORMS),
		exceptions: any(
			META_TALK,
			BREACH_TALK,
			GIFTS_DECLARED,
			GIFTS_NOT_GIVEN,
			'"secret santa"',
			'"office party"',
			'"team gift"',
			'"gift exchange"',
			'"team dinner"',
			'"team lunch"',
			'"team event"',
			'teamessen',
			'"cena de equipo"',
			'"comida de equipo"',
			'团建',
			'"wichteln"',
			'"amigo invisible"',
			'"amigo secreto"',
			'年会'
		),
		languages: ['en', 'zh', 'de', 'es'],
		description: 'Gifts, entertainment, red envelopes or kickbacks for clients, doctors or officials (FINRA 3220, anti-bribery).'
	},
	{
		id: 'policy.complaint',
		name: 'customer complaints',
		category: 'policy.complaint',
		severity: 'medium',
		query: any(COMPLAINT_EN, COMPLAINT_ZH, COMPLAINT_DE, COMPLAINT_ES, COMPLAINT_MORE, COMPLAINT_FAMILIES, COMPLAINT_FORMS, COMPLAINT_CAUSES),
		exceptions: any(META_TALK, COMPLAINT_PROCESS, COMPLAINT_NEGATED, COMPLAINT_FIRM_REPLY),
		languages: ['en', 'zh', 'de', 'es'],
		description: 'A customer complains, disputes an unauthorized trade or threatens to go to a regulator (FINRA 3110(b)(4), 4530).'
	}
];

/**
 * The structure layer (builtins-structure.ts) with its category's exceptions, so a compliance reminder or meta talk
 * that silences the lexicon silences the structure too. Where the lexicon's query and the structure's fit in one
 * query (MAX_QUERY_LENGTH) they are one policy: every policy is one more pass over each message's words, so fewer
 * policies scan faster. The others become one more policy of the category, named `<category>.structure`.
 */
function withStructure(lexicon: PolicyDefinition): PolicyDefinition[] {
	const structure = STRUCTURE_QUERIES.find((s) => s.category === lexicon.category);
	if (!structure) return [lexicon];
	const merged = any(lexicon.query, structure.query);
	if (!structure.exceptions && merged.length <= MAX_QUERY_LENGTH) return [{ ...lexicon, query: merged }];
	const exceptions = [lexicon.exceptions, structure.exceptions].filter((e) => e).join(' OR ');
	return [
		lexicon,
		{ ...lexicon, id: `${lexicon.category}.structure`, name: structure.name, query: structure.query, exceptions, description: structure.description }
	];
}

export const BUILTIN_POLICIES: PolicyDefinition[] = LEXICON_POLICIES.flatMap(withStructure);
