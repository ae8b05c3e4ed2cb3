/**
 * The fourth layer of the built-in lexicons, written after blind batch b4 as classes, not lines: a favour asked in
 * return for a gift (quid pro quo in all four languages), a gift paid for or hidden, a gift received from a client;
 * a customer blaming the firm for a loss, insulting its service, threatening to leave or to go to a regulator; a
 * corporate event with a trade and an inside source or "not public yet"; a certainty or promise of gain and "can't
 * go wrong"; orders moved to a messaging app, prepaid or second phones; records made to "be gone" before an audit,
 * Spanish clitic imperatives (bórralo) with "once read", "no trace". Each constant is one more alternative of its
 * category's query, or one more exception.
 */
const any = (...alternatives: string[]): string => `(${alternatives.join(' OR ')})`;

const NUMBER = any('0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*');
/** A negation right before a verb or a certainty word: "won't", "nicht", "no es", "不会". */
const NEGATED = any(
	'not',
	'dont',
	'never',
	'wont',
	'cant',
	'cannot',
	'nicht',
	'nie',
	'kein',
	'keine',
	'no',
	'nunca',
	'jamas',
	'不',
	'没',
	'别',
	'不会',
	'未必'
);
const APPS = any('whatsapp', 'telegram', 'signal', 'wechat', 'weixin', '微信', 'threema', 'wickr', 'viber', 'imessage', 'insta', 'instagram');

// --------------------------------------------------------------------------------------------------- gifts
/** Things of value and hospitality, every language: luxury goods, trips, events, meals, cash and commissions. */
const VALUE_ITEMS = any(
	'rolex',
	'cartier',
	'omega',
	'gucci',
	'hermes',
	'chanel',
	'prada',
	'lv',
	'"louis vuitton"',
	'handbag',
	'handtasche',
	'bolso',
	'名牌',
	'手表',
	'包',
	'watch',
	'uhr',
	'reloj',
	'iphone',
	'ipad',
	'fly',
	'ski',
	'skiing',
	'skiurlaub',
	'weekend',
	'wochenende',
	'"fin de semana"',
	'trip',
	'reise',
	'viaje',
	'flight',
	'flights',
	'flug',
	'fluge',
	'vuelo',
	'vuelos',
	'hotel',
	'spa',
	'golf',
	'dinner',
	'abendessen',
	'cena',
	'lunch',
	'tickets',
	'karten',
	'entradas',
	'final',
	'finale',
	'palco',
	'vip',
	'concert',
	'konzert',
	'concierto',
	'演唱会',
	'比赛',
	'决赛',
	'球票',
	'门票',
	'机票',
	'酒店',
	'旅游',
	'champagne',
	'wine',
	'wein',
	'vino',
	'茅台',
	'cash',
	'bargeld',
	'efectivo',
	'现金',
	'红包',
	'envelope',
	'umschlag',
	'sobre',
	'provision',
	'commission',
	'kommission',
	'comision',
	'kickback*',
	'回扣',
	'提成',
	'好处费',
	'返点'
);
/** "if we route more flow", "wenn der Deal durchgeht", "si nos da el contrato", "then he gives us better pricing", 只要…下单. */
const IN_RETURN = any(
	'"if we"',
	'"if they"',
	'"if he"',
	'"if she"',
	'"wenn wir"',
	'"wenn er"',
	'"wenn sie"',
	'"wenn der"',
	'"wenn die"',
	'"si nos"',
	'"si el"',
	'"si ella"',
	'"si firma"',
	'"then he"',
	'"then she"',
	'"then they"',
	'"dann gibt"',
	'"dann bekommen"',
	'"so that"',
	'"damit er"',
	'"damit sie"',
	'"para que"',
	'"a cambio"',
	'"in return"',
	'"im gegenzug"',
	'如果',
	'只要',
	'作为回报',
	'才'
);
const BUSINESS = any(
	'flow',
	'business',
	'orders',
	'order',
	'deal',
	'deals',
	'mandate',
	'pricing',
	'prices',
	'terms',
	'contract',
	'volume',
	'allocation',
	'auftrag',
	'auftrage',
	'geschaft',
	'volumen',
	'konditionen',
	'preise',
	'vertrag',
	'durchgeht',
	'negocio',
	'contrato',
	'pedido',
	'pedidos',
	'condiciones',
	'operaciones',
	'订单',
	'下单',
	'合同',
	'生意',
	'价格',
	'单子',
	'项目'
);
/** The other side of the business: buyers, fund managers, traders, officials. */
const COUNTERPARTS = any(
	'client',
	'clients',
	'kunde',
	'kunden',
	'cliente',
	'clientes',
	'客户',
	'buyer',
	'einkaufer',
	'einkaufsleiter',
	'einkauf',
	'procurement',
	'purchasing',
	'gestor',
	'gestora',
	'"fund manager"',
	'"portfolio manager"',
	'fondo',
	'fonds',
	'pension*',
	'pensiones',
	'counterparty',
	'trader',
	'broker',
	'official',
	'beamte*',
	'funcionario*',
	'官员',
	'采购',
	'基金经理',
	'领导'
);
/** Giving or paying for it: a favour bought, not a prize the team celebrates with. */
// (give, send, 给 and 请 are left out: as common as they are in chat, the clause would be checked on most messages)
const GIVE = any(
	'offer*',
	'pay',
	'paid',
	'fly',
	'comp',
	'treat',
	'spendier*',
	'schenk*',
	'zahlen',
	'bezahlen',
	'regal*',
	'pagar',
	'pagamos',
	'pago',
	'damos',
	'invit*',
	'送',
	'报销'
);
const GAVE = any(
	'送了',
	'送我',
	'送了我',
	'给了我',
	'gave',
	'"sent me"',
	'"got me"',
	'schenkt',
	'geschenkt',
	'schenkte',
	'regalo',
	'regalado',
	'regalaron',
	'"me dio"'
);
const HIDDEN = any(
	'"nobody will know"',
	'"nobodyll know"',
	'"no one will know"',
	'"no one has to know"',
	'"nobody has to know"',
	'"nobody needs to know"',
	'"just take it"',
	'"keiner merkt"',
	'"merkt keiner"',
	'"niemand merkt"',
	'"erfahrt niemand"',
	'"nimm es einfach"',
	'"nadie se entera"',
	'"nadie lo sabra"',
	'"nadie tiene que saber"',
	'"quedatelo"',
	'没人知道',
	'不会有人知道',
	'别让人知道',
	'"under the table"',
	'"unter der hand"',
	'"bajo la mesa"',
	'"por debajo de la mesa"',
	'"bajo cuerda"'
);

/**
 * A thing of value next to a favour in return, a secret, an invitation of the other side or a gift from the client.
 * The built-in query must stay under the parser's 20,000 characters, so the item list is written once.
 */
export const GIFTS_FORMS = any(
	`(${GIVE} w/6 ${VALUE_ITEMS}) w/15 (${IN_RETURN} w/8 ${BUSINESS})`,
	`${VALUE_ITEMS} w/15 ${any(HIDDEN, `(${any('invit*', 'einlad*', 'laden', 'lade', 'ladt', 'invite*', 'treat', '请', '邀请')} w/10 ${COUNTERPARTS})`, `(${COUNTERPARTS} w/4 ${GAVE})`)}`,
	// the rare side first: on a tie of the matcher's cost the left side is the one looked for
	`${any('rolex', 'cartier', 'omega', 'gucci', 'hermes', 'chanel', 'prada', 'lv', 'iphone', 'ipad', 'cash', 'bargeld', 'efectivo', 'envelope', 'umschlag', 'sobre')} w/6 ${any('thank', 'thanks', 'danke', 'bedanken', 'agradecer', 'agradecimiento')}`
);

// ----------------------------------------------------------------------------------------------- complaint
const DISSATISFIED = any(
	'joke',
	'terrible',
	'awful',
	'useless',
	'pathetic',
	'ridiculous',
	'unacceptable',
	'disgrace',
	'worst',
	'incompetent',
	'"third time"',
	'"second time"',
	'"once again"',
	'"every time"',
	'failed',
	'schlecht',
	'grottenschlecht',
	'miserabel',
	'katastroph*',
	'unverschamt',
	'inakzeptabel',
	'frechheit',
	'"schon wieder"',
	'"zum dritten"',
	'pesimo',
	'pesima',
	'fatal',
	'vergonzoso',
	'verguenza',
	'inaceptable',
	'horrible',
	'"otra vez"',
	'"tercera vez"',
	'太差',
	'垃圾',
	'差劲',
	'离谱',
	'过分',
	'第三次'
);
const YOUR_FIRM = any('your', 'ihre', 'ihr', 'eure', 'euer', 'su', 'sus', 'vuestra', 'vuestro', '你们', '贵');
const SERVICE = any(
	'bank',
	'service',
	'beratung',
	'berater',
	'advice',
	'advisor',
	'adviser',
	'firm',
	'company',
	'app',
	'support',
	'servicio',
	'asesor',
	'asesoramiento',
	'atencion',
	'banco',
	'服务',
	'客服',
	'银行',
	'公司'
);
const LOSS = any('verloren', 'verlust*', 'lost', 'losing', 'loss', 'losses', 'perdido', 'perdi', 'perdida*', '亏', '赔', '亏损');
const ADVICE = any(
	'empfehlung',
	'empfohlen',
	'beratung',
	'berater',
	'advice',
	'advisor',
	'adviser',
	'recommendation',
	'recommended',
	'asesor',
	'recomendo',
	'recomendacion',
	'consejo',
	'建议',
	'推荐'
);
const AUTHORITIES = any(
	'regulator',
	'ombudsman',
	'ombudsmann',
	'ombudsstelle',
	'schlichtungsstelle',
	'verbraucherzentrale',
	'bafin',
	'finra',
	'sec',
	'fca',
	'cnmv',
	'defensor',
	'anwalt',
	'lawyer',
	'abogado',
	'gericht',
	'court',
	'tribunal',
	'juzgado',
	'律师',
	'法院',
	'监管',
	'证监会',
	'银保监'
);

export const COMPLAINT_FORMS = any(
	`${any('"closing my account"', '"close my account"', '"closing my accounts"', '"take my money elsewhere"', '"taking my money elsewhere"', '"move my money"', '"moving my money"', '"konto kundigen"', '"kundige mein konto"', '"kundige das konto"', '"depot kundigen"', '"cerrar mi cuenta"', '"cierro mi cuenta"', '"cancelar mi cuenta"', '"me llevo mi dinero"', '销户', '把钱转走')} w/15 ${DISSATISFIED}`,
	`(${YOUR_FIRM} w/4 ${SERVICE}) w/6 ${DISSATISFIED}`,
	`${ADVICE} w/10 ${LOSS}`,
	`${any('"who authorized"', '"who approved"', '"wer hat das genehmigt"', '"wer haftet"', '"who is responsible"', '"whos responsible"', '"quien responde"', '"quien autorizo"', '"quien se hace responsable"', '谁同意', '谁批准', '谁授权', '谁负责', '谁让你')} w/12 ${any('fee', 'fees', 'charge', 'charged', 'gebuhr*', 'kosten', 'comision*', 'cargo*', '手续费', '扣', LOSS)}`,
	`${AUTHORITIES} w/6 ${any('geh', 'gehe', 'gehen', 'zieh', 'klage', 'verklage', 'sue', 'demandar', 'demando', 'voy', 'vamos', '"ir a"', '"ir al"', 'acudo', 'acudire', 'going', 'go', '告', '去', '找')}`,
	`${any('"beschwere mich"', '"beschweren uns"', '"ich beschwere"', '"me quejo"', '"nos quejamos"', '"im complaining"', '"i am complaining"', '"we are complaining"')} w/10 ${any(YOUR_FIRM, SERVICE, 'mitarbeiter*', 'schalter', 'filiale', 'empleado*', 'sucursal', 'staff', 'branch', 'teller')}`
);

// ---------------------------------------------------------------------------------------------------- mnpi
const CORPORATE_EVENT = any(
	'gewinnwarnung',
	'"profit warning"',
	'guidance',
	'prognose',
	'earnings',
	'results',
	'resultado*',
	'quartalszahlen',
	'业绩',
	'财报',
	'takeover',
	'ubernahme',
	'bought',
	'buyout',
	'merger',
	'fusion',
	'adquisicion',
	'收购',
	'并购',
	'licen*',
	'lizenz',
	'牌照',
	'approval',
	'zulassung',
	'insolvenz',
	'quiebra',
	'破产'
);
const TRADE_NOW = any('short*', 'sell', 'dump', 'buy', 'kauf*', 'verkauf*', 'raus', 'vende*', 'compra*', '抛', '卖', '买', '清仓', '做空');
const NOT_PUBLIC_OR_QUIET = any(
	'"not public"',
	'"nicht offentlich"',
	'publik',
	'"no es publico"',
	'"aun no"',
	'还没公布',
	'未公开',
	'"dont tell"',
	'"unter uns"',
	'"entre nosotros"',
	'别告诉'
);
const INSIDE_SOURCE = any('gesteckt', 'gehort', 'heard', 'dentro', 'insider', 'told', 'trabaja', 'works', '听说', '内部', '内幕');

/**
 * A corporate event with a trade and a source, a secret or a date; or with "not public yet" and a source, a premium
 * or an announcement to come. Message-level AND keeps the query under the parser's 20,000 characters.
 */
export const MNPI_FORMS = `(${CORPORATE_EVENT} AND ${any(
	`(${TRADE_NOW} AND ${any(INSIDE_SOURCE, NOT_PUBLIC_OR_QUIET, 'tomorrow', 'morgen', 'manana', '明天', '"next week"', 'bevor', 'before', 'antes', 'ya', 'jetzt')})`,
	`(${NOT_PUBLIC_OR_QUIET} AND ${any(INSIDE_SOURCE, 'premium', 'aufschlag', 'prima', '溢价', 'announcement', 'ankundigung', 'anuncio', '公告')})`
)})`;
/** Already out: "die Ad-hoc ist seit 8 Uhr raus", "on their IR site", "steht auf der IR-Seite". */
export const MNPI_OUT_ALREADY = any(
	'(((ist OR sind) pre/4 raus) NOT w/4 (nicht OR noch OR nie))',
	`(${any('ir', 'investor')} pre/2 ${any('seite', 'site', 'page', 'webseite', 'website', 'pagina', 'relations')})`
);

// ---------------------------------------------------------------------------------------------- guarantee
const CERTAIN = any(
	'"auf jeden fall"',
	'garantiert',
	'"ganz sicher"',
	'bestimmt',
	'sicher',
	'sichere',
	'sicheren',
	'definitely',
	'"for sure"',
	'certainly',
	'guaranteed',
	'guarantee',
	'seguro',
	'segura',
	'seguros',
	'"sin duda"',
	'肯定',
	'一定',
	'保证',
	'稳'
);
/** Gain from an investment ("return" and "money" alone are too often a charger or a loan to give back). */
const GAIN = any(
	'gewinn*',
	'profit*',
	'rendite',
	'ertrag',
	'ganancia*',
	'ganar',
	'ganaras',
	'ganaran',
	'beneficio*',
	'rentabilidad',
	'赚',
	'收益',
	'盈利',
	'回报',
	'returns',
	'"p a"'
);
const CANT_LOSE = any(
	'"nicht schiefgehen"',
	'"nichts schiefgehen"',
	'"kann nichts passieren"',
	'"cant go wrong"',
	'"cannot go wrong"',
	'"cant lose"',
	'"cannot lose"',
	'"no falla"',
	'"no puede fallar"',
	'"imposible perder"',
	'稳赚',
	'不会亏',
	'只赚不赔',
	'"sure thing"',
	'"sure bet"',
	'todsicher',
	'bombensicher',
	'"ohne risiko"',
	'"ohne jedes risiko"',
	'"kein risiko"',
	'"null risiko"',
	'risikolos',
	'"zero risk"',
	'"riesgo cero"',
	'"sin riesgo"',
	'"sin ningun riesgo"',
	'零风险',
	'(无风险 NOT pre/1 利)',
	'没风险'
);

export const GUARANTEE_FORMS = any(
	`(${CERTAIN} NOT post/2 ${NEGATED}) w/5 ${GAIN}`,
	`(${CERTAIN} NOT post/2 ${NEGATED}) pre/2 ${NUMBER}`,
	`${CANT_LOSE} w/10 ${any(GAIN, NUMBER, 'invest*', 'anlage', 'inversion', 'fondo', 'fonds', 'fund', 'aktie*', 'stock*', 'acciones', '投资', '基金', '股票', 'deal', 'trade', 'guaranteed', 'garantiert')}`,
	`(${any('versprochen', 'verspreche', 'promise', 'promised', 'prometo', 'prometido', '我保证')} NOT post/2 ${NEGATED}) w/10 ${GAIN}`
);

// -------------------------------------------------------------------------------------------- off-channel
export const OFF_CHANNEL_FORMS = any(
	`(${any('uber', 'via', 'per', 'over', 'by', 'por', 'en', 'auf', 'through', '通过', '用', '走')} pre/1 ${APPS}) w/10 ${any('orders', 'order', 'auftrage', 'auftrag', 'trades', 'instructions', 'anweisungen', 'pedidos', 'ordenes', 'operaciones', 'instrucciones', '指令', '下单', '订单', '交易', 'business', 'geschaft*', 'negocio*', 'deals')}`,
	`${any('prepago', 'prepaid*', '"pay as you go"', 'zweithandy', '"zweites handy"', 'privathandy', '"privates handy"', '"private handy"', '"segundo movil"', '"otro movil"', '"otro telefono"', '"movil personal"', '"telefono personal"', '"al personal"', '"a mi personal"', '"tu personal"', '小号', '私人手机', '私人号', '另一个手机', '备用机')} w/8 ${any('escribo', 'escribe', 'escribeme', 'llamo', 'llama', 'llamame', 'llamas', 'hablamos', 'schreib*', 'ruf*', 'melde', 'anrufen', 'text', 'call', 'write', 'message', '打给', '打我', '联系', '发', 'desde', 'from', 'von')}`,
	`${any('私下', '私聊', '"en privado"', 'privately')} w/4 ${APPS}`
);
/**
 * The channel's history exported for review: "WhatsApp-Export", "the WeChat logs, 我已经导出来了". ("archived" is
 * left out: "the firm chat is archived, let's go to Threema" is the breach itself.)
 */
export const OFF_CHANNEL_ARCHIVED = `${any('export', 'exported', 'exportiert', 'exportado', '导出')} w/8 ${APPS}`;

// ------------------------------------------------------------------------------------------ record deletion
const RECORD_NOUNS = any(
	'emails',
	'email',
	'mails',
	'files',
	'chats',
	'chat',
	'messages',
	'texts',
	'records',
	'docs',
	'documents',
	'notes',
	'spreadsheets',
	'logs',
	'correos',
	'mensajes',
	'archivos',
	'documentos',
	'notas',
	'nachrichten',
	'dateien',
	'unterlagen',
	'notizen',
	'记录',
	'邮件',
	'文件',
	'聊天'
);
const DELETE_VERBS = any('delete*', 'wipe*', 'erase*', 'purge*', 'losch*', 'geloscht', 'borr*', 'elimin*', '删', '清掉', '销毁');
export const RECORD_DELETION_FORMS = any(
	`((${any('gone', 'disappear*', 'vanish*', 'verschwind*', 'verschwunden', 'desaparec*', 'desaparez*', '消失', '没了')} NOT post/3 ${NEGATED}) w/6 ${RECORD_NOUNS}) w/12 ${any('compliance', 'audit*', 'auditor*', 'regulator*', 'examiner*', 'sec', 'finra', 'bafin', 'prufung', 'prufer', 'revision', 'auditoria', 'inspeccion', 'cnmv', '审计', '合规', '检查', '监管')}`,
	`(${any('borralo', 'borrala', 'borralos', 'borralas', 'eliminalo', 'eliminala', 'eliminalos', 'eliminalas', 'borrenlo', 'borrenla', 'eliminenlo', 'tiralo', 'tirala', 'destruyelo', 'destruyela', DELETE_VERBS)} NOT post/3 ${NEGATED}) w/6 ${any('leas', 'leer', 'leido', 'read', 'reading', 'lesen', 'gelesen', '看完', '"en cuanto"', '"apenas lo"')}`,
	`(${DELETE_VERBS} NOT post/3 ${NEGATED}) w/10 ${any('"no trace"', '"leave no trace"', '"keine spuren"', '"keine spur"', '"sin rastro"', '"sin dejar rastro"', '"ni rastro"', '不留痕迹', '别留痕迹')}`
);
