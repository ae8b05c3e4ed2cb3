/**
 * The fifth layer of the built-in policies: causes the blind batches showed missing, each written as a rule of the
 * language rather than a phrasing — an app named as the better place, a private device reached through any verb,
 * German separable verbs (auf Signal umsteigen, über Threema weitermachen), a prepaid phone; a first-person refusal,
 * news about a regulator's action, a kitchen burner; a promise to cover a loss, a loss ruled out, a certainty stated
 * about a non-financial thing. Each part is imported by builtins.ts or builtins-structure.ts into its category's query
 * or exceptions, so no new policy (no new pass over the words) is added.
 */
const any = (...alternatives: string[]): string => `(${alternatives.join(' OR ')})`;

const APPS = any('whatsapp', 'telegram', 'signal', 'threema', 'wickr', 'viber', 'imessage', 'wechat', '微信', '电报');

// ---------------------------------------------------------------------------------------------- off-channel
/** A kitchen, a stove, a barbecue: where a burner is a gas ring, not a phone. */
export const KITCHEN = any(
	'stove',
	'oven',
	'gas',
	'kitchen',
	'cooking',
	'cook',
	'grill',
	'bbq',
	'pan',
	'pot',
	'herd',
	'kuche',
	'cocina',
	'fogon',
	'炉',
	'灶',
	'厨房'
);

/** Disappearing ink, a magic trick: what vanishes is not a message. */
export const NOT_A_MESSAGE = any('ink', 'pen', 'pens', 'trick', 'magic', 'tinte', 'stift', 'zauber*', 'tinta', 'boligrafo', 'magia', '墨水', '笔', '魔术');

/** A mailbox or a drive set to expire is record deletion, not a move to another channel. */
export const MAILBOX = any(
	'mailbox',
	'inbox',
	'email',
	'e-mail',
	'mails',
	'postfach',
	'posteingang',
	'correo',
	'buzon',
	'邮箱',
	'邮件',
	'drive',
	'laufwerk',
	'共享盘',
	'网盘'
);

/** A device or address that is one's own, named by an adjective: aufs private Telefon, my personal, su móvil particular. */
const PRIVATE_DEVICE = `${any('private*', 'privat*', 'personal', 'personlich*', 'particular', 'privado', 'privada', 'propio', '私人', '个人')} w/2 ${any('phone', 'cell', 'mobile', 'number', 'email', 'mail', 'telefon*', 'handy', 'nummer', 'movil', 'celular', 'numero', 'correo', 'telefono', '手机', '号码', '号', '邮箱')}`;

/** Reaching someone, every form: send, write, text, ring, schick/schreib/ruf, manda/escribe/llama, 发/打. */
const REACH = any(
	'send*',
	'sent',
	'text*',
	'ring',
	'call*',
	'write',
	'message',
	'schick*',
	'schreib*',
	'ruf*',
	'sms',
	'melde*',
	'mand*',
	'escrib*',
	'llam*',
	'envi*',
	'发',
	'打',
	'联系'
);

/** The firm's own systems named as the place not to use: outside Teams, nicht über Teams, fuera de Bloomberg (as phrases, so the rarer word anchors them). */
const OUTSIDE_FIRM_SYSTEM = any(
	...['outside', '"outside of"', 'ausserhalb', '"nicht uber"', '"fuera de"', '"not on"', '"not over"', '"not via"'].flatMap((o) =>
		['teams', 'bloomberg', 'symphony', 'slack'].map((f) => `"${o.replace(/"/g, '')} ${f}"`)
	),
	'别走企业微信',
	'不走公司邮箱'
);

/** A move to an app as a separable or verb-final verb: auf Signal umsteigen, über Threema weitermachen, 换到微信. */
const SWITCH_LATE = any(
	'umsteigen',
	'umzusteigen',
	'umgestiegen',
	'wechseln',
	'zu wechseln',
	'gewechselt',
	'weitermachen',
	'weiterreden',
	'weiterschreiben',
	'besprechen',
	'klaren',
	'ausweichen',
	'reden',
	'hinzugefugt',
	'pasarnos',
	'pasemos',
	'cambiarnos',
	'seguir',
	'seguimos',
	'hablarlo'
);

/** "sowas schreiben wir nicht auf", "don't write this down", 别写下来: keeping it out of writing. */
const NOT_WRITTEN_DOWN = any(
	'"schreiben wir nicht auf"',
	'"schreib das nicht auf"',
	'"nicht aufschreiben"',
	'"nichts aufschreiben"',
	'"nicht schriftlich"',
	'"dont write this down"',
	'"dont write it down"',
	'"not write this down"',
	'"rather not type"',
	'"no lo escribas"',
	'"no lo pongas por escrito"',
	'"no escribamos"',
	'别写下来',
	'不要写下来',
	'别留字'
);

/** Another line of one's own: the landline, the usual number, another number, 家里电话. */
const OTHER_LINE = any(
	'"numero de siempre"',
	'"otro numero"',
	'"otro movil"',
	'"andere nummer"',
	'"anderes handy"',
	'家里电话',
	'另一个号',
	// a landline at home, not the desk line in the office (which is recorded)
	`${any('landline', 'festnetz*', '座机')} w/4 ${any('home', 'zuhause', 'daheim', 'privat*', 'casa', '家')}`
);
export const OFF_CHANNEL_CAUSES = any(
	// another line of one's own, reached through any verb
	`${OTHER_LINE} w/6 ${any(REACH, 'ring', 'reach', 'call', 'an')}`,
	// an app from now on: "we'll use Telegram from now on", "ab jetzt über Signal", 以后用微信
	`${APPS} w/6 ${any('"from now on"', '"going forward"', '"ab jetzt"', '"ab sofort"', '"von nun an"', '"a partir de ahora"', '"de ahora en adelante"', '以后', '今后')}`,
	// in person or elsewhere, because not here: "hablamos en persona, aquí no", 见面再说，这里不方便, 换个地方聊
	`${any('"en persona"', '"in person"', '"personlich"', '"face to face"', '见面', '当面')} w/8 ${any('"aqui no"', '"por aqui no"', '"hier nicht"', '"nicht hier"', '"not here"', '"not on here"', '这里不方便', '这儿不方便', '群里不方便')}`,
	`${any('换个地方', '换个方式', '换个软件')} w/4 ${any('聊', '说', '谈')}`,
	// the app named as the better or easier place, or fetched for this: "Telegram is better for this", "download Signal"
	`${APPS} pre/4 ${any('better', 'easier', 'safer', 'besser', 'einfacher', 'sicherer', 'mejor', 'seguro', 'facil', '更好', '方便', '安全')}`,
	`${any('download', 'install', 'grab', 'lade', 'installier*', 'hol', 'descarga*', 'instala*', 'bajate', '下载', '装个', '装一个')} pre/3 ${APPS}`,
	// auf / über / a + app, then the verb at the end of the clause
	`((${any('auf', 'uber', 'per', 'a', 'al', 'por', '到', '去')} pre/1 ${APPS}) pre/4 ${SWITCH_LATE}) NOT post/6 ${any('nicht', 'keinen', 'kein', 'keine', 'nie', 'niemals', 'no', 'nunca', 'jamas', '不', '别', '不要')}`,
	// reaching a private device through any verb: "schreib ich dir per SMS aufs private Telefon", "ring me on my personal"
	`${REACH} w/6 ${PRIVATE_DEVICE}`,
	`${any('ring', 'call', 'text', 'reach', 'buzz', 'ping', 'ruf*', 'llam*')} w/4 ${any('"my personal"', '"your personal"', '"my private"', '"mi personal"', '"mi particular"')}`,
	// the firm's system named as the one not to use, with a private device or an app
	OUTSIDE_FIRM_SYSTEM,
	// out of the record: "da ist es nicht im Archiv", "not archived"
	`${any(APPS, 'call', 'phone', 'anruf*', 'telefon*', 'llam*', '电话')} w/10 ${any('"nicht im archiv"', '"not archived"', '"not in the archive"', '"not recorded"', '"no queda archivado"', '"no se archiva"', '"no queda registro"', '不留档', '不会存档')}`,
	`${any('ruf*', 'call', 'ring', 'llam*', 'telefon*', '打电话', '电话')} w/8 ${NOT_WRITTEN_DOWN}`,
	// a prepaid or second phone for a deal
	`${any('prepaid', 'prepago', 'wegwerfhandy', 'zweithandy', '预付卡', '不记名卡', '小号')} w/8 ${any('number', 'phone', 'sim', 'use', 'deal', 'nummer', 'handy', 'numero', 'movil', 'usa', '号', '用')}`
);

/** Refusals in the first person: "I would never ask a client to…", "Ich würde nie…", "Jamás le pediría…", 我绝对不会让. */
const NEVER_WOULD = any(
	'"would never"',
	'"d never"',
	'"never would"',
	'"wurde nie"',
	'"wurde niemals"',
	'"wurde ich nie"',
	'"nie wurde"',
	'"jamas le"',
	'"jamas les"',
	'"nunca le pediria"',
	'"jamas pediria"',
	'"nunca pediria"',
	'绝对不会',
	'绝不会',
	'决不会',
	'从来不会',
	'从不'
);
/** News about a regulator's action or a rule: fines, consultations, enforcement, articles. */
export const NEWS_OF_ENFORCEMENT = any(
	`news pre/10 ${any('regulator', 'sec', 'finra', 'fca', 'bafin', 'cnmv', 'csrc', 'ombudsman', 'fines', 'fined', 'upholds', 'upheld', 'bank', 'firm', 'brokers', 'bankers')}`,
	'"regulator fines"',
	'"regulator fined"',
	'"fines for"',
	'"fined for"',
	'consultation',
	'"enforcement action"',
	'upholds',
	'upheld',
	'"press release from the"',
	'"geldbusse gegen"',
	'"bussgeld gegen"',
	'"multa a"',
	'"sanciona a"',
	'监管通报',
	'罚单'
);
export const OFF_CHANNEL_REFUSED = any(
	`${NEVER_WOULD} pre/8 ${any('ask', 'let', 'bitten', 'lassen', 'pediria', 'pedir', 'dejaria', '让', '叫', '允许', 'move', 'use', 'text', 'schreiben', 'escriba', 'usar')}`,
	'红线',
	'"no go"',
	'"no-go"'
);

// ------------------------------------------------------------------------------------------------ guarantee
/** A fall or a loss as a condition: "if it drops", "falls es fällt", "si baja", 万一跌了. */
const IF_IT_FALLS = `${any('if', 'should', 'falls', 'wenn', 'sollte', 'si', '万一', '如果', '要是')} w/5 ${any('drop*', 'fall*', 'falls', 'sink*', 'lose', 'loses', 'tank*', 'down', 'fallt', 'sinkt', 'verliert', 'minus', 'cae', 'baja', 'pierde', 'pierdes', '跌', '亏', '赔')}`;
/** Making good a client's loss: cover the difference, gleiche den Verlust aus, te cubro la pérdida, 亏了我补. */
const COVER_THE_LOSS = any(
	`${any('cover', 'make', 'eat', 'absorb', 'refund', 'reimburse', 'pay', 'top')} w/4 ${any('difference', 'loss', 'losses', 'whole', 'shortfall', 'gap')}`,
	`${any('gleiche', 'gleich', 'ausgleichen', 'ubernehme', 'ubernehmen', 'ersetze', 'ersetzen', 'erstatte', 'zahle', 'trage')} w/4 ${any('verlust', 'verluste', 'differenz', 'minus', 'schaden')}`,
	`${any('cubro', 'cubrimos', 'cubre', 'pongo', 'repongo', 'devuelvo', 'compenso', 'asumo', 'pago')} w/4 ${any('perdida', 'perdidas', 'diferencia')}`,
	'我来补',
	'我补给你',
	'我补上',
	'算我的',
	'我来赔',
	'我赔给你',
	'我兜底',
	'兜底'
);
/** A loss ruled out or a rise stated as the only way: "auf keinen Fall Verluste", "can only go up", 一分钱都不会少. */
const NO_LOSS_WAY = any(
	`${any('"auf keinen fall"', 'keinesfalls', '"garantiert keine"', '"sicher keine"', '"keine"', '"kein"')} w/3 ${any('verlust', 'verluste', 'minus', 'verlieren')}`,
	`${any('"sin ninguna"', '"ninguna"', '"cero"', '"de ninguna manera"')} w/2 ${any('perdida', 'perdidas', 'riesgo')}`,
	`${any('"only go up"', '"only way is up"', '"only direction is up"', '"kann nur steigen"', '"kann nur nach oben"', '"geht nur nach oben"', '"solo puede subir"', '"solo puede ir a mas"', '"solo va a subir"')} w/12 ${any('stock*', 'share*', 'price', 'fund*', 'position', 'top', 'buy', 'invest*', 'market', 'portfolio', 'load', 'aktie*', 'kurs', 'fonds', 'kaufen', 'nachkaufen', 'accion*', 'fondo*', 'precio', 'valor', 'compra*', 'invierte')}`,
	'只涨不跌',
	'只会涨',
	'稳涨',
	'一分钱都不会少',
	'一分都不会少',
	'一分不少',
	'少不了',
	'打包票',
	'闭着眼买',
	'闭眼买',
	'闭着眼睛买',
	'"guaranteed to pay"',
	'"guaranteed payout"',
	'"guaranteed to pay out"',
	'"garantiert ausgezahlt"',
	'"pago garantizado"'
);
/** An assurance of getting the money back or winning for sure: "zugesichert … Geld zurück", "ganas seguro", 保你翻一番. */
const ASSURED_GAIN = any(
	`${any('zugesichert', 'zusicher*', 'versichert', 'assured', 'asegure', 'aseguro', 'aseguramos', '承诺')} w/10 ${any('"money back"', 'zuruck*', 'geld', 'kapital', 'capital', 'dinero', 'principal', '本金', '回本')}`,
	`${any('ganas', 'ganaras', 'ganamos', 'gewinnst', 'verdienst', 'earn')} w/2 ${any('seguro', 'fijo', 'sicher', '"for sure"')}`,
	`保你 w/8 ${any('翻', '赚', '涨', '回本', '收益')}`
);
export const GUARANTEE_CAUSES = any(
	ASSURED_GAIN,
	`${IF_IT_FALLS} w/10 ${COVER_THE_LOSS}`,
	`${COVER_THE_LOSS} w/8 ${any('"no risk"', '"kein risiko"', '"sin riesgo"', '没风险', '零风险', 'promise*', 'versprochen', 'prometido')}`,
	NO_LOSS_WAY
);

/** A certainty about a non-financial thing: a warranty, a flight, a delivery, staffing; a cost that doubles. */
const NOT_AN_INVESTMENT = any(
	'warranty',
	'gewahrleistung',
	'flight',
	'seat',
	'booking',
	'reservation',
	'delivery',
	'shipping',
	'staffed',
	'helpdesk',
	'uptime',
	'availability',
	'lieferung',
	'flug',
	'sitzplatz',
	'vuelo',
	'entrega',
	'reserva',
	'保修',
	'航班',
	'座位',
	'发货'
);
const COST = any(
	'fee',
	'fees',
	'price',
	'prices',
	'cost',
	'costs',
	'rent',
	'bill',
	'gebuhr*',
	'preis*',
	'kosten',
	'miete',
	'precio*',
	'costo*',
	'tarifa*',
	'alquiler',
	'价格',
	'费用',
	'运费',
	'房租'
);
export const GUARANTEE_NOT_A_PROMISE = any(
	`${any('guarant*', 'garantiert', 'garantizad*', '保证')} w/6 ${NOT_AN_INVESTMENT}`,
	`${COST} w/5 ${any('double', 'doubles', 'triple', 'verdoppel*', 'duplica*', '翻倍')}`,
	// an assent ("sure thing, I'll send it"), not a sure bet
	`"sure thing" pre/3 ${any('ill', 'i', 'will', 'send', 'do', 'on', 'done', 'thanks', 'no')}`,
	// a stated risk or a negated promise: "nothing here is guaranteed", "could lose value", 可能亏钱, 不代表以后不会
	`(${any('nothing', 'nichts', 'nada')} NOT pre/2 ${any('lose', 'verlieren', 'perder')}) pre/4 ${any('guarant*', 'garantiert', 'garantizad*')}`,
	`${any('没有任何', '没有哪个', '没有一个')} pre/6 ${any('保证', '保本')}`,
	`((${any('could', 'can', 'may', 'might', 'kann', 'konnte', 'konnen', 'puede', 'podria', 'pueden', '可能', '会')} NOT pre/2 ${any('nothing', 'not', 'never', 'nichts', 'nicht', 'nie', 'gar', 'nada', 'no', 'nunca', '不')}) NOT post/2 ${any('if', 'whether', 'ob', 'si', 'no', 'not', 'nicht', '不', '会不')}) pre/3 ${any('lose', 'verlieren', 'perder', '亏钱', '亏损', '回撤')}`,
	'不代表',
	`${any('会不会', '能不能', '有没有')} pre/3 ${any('亏', '赔', '风险', '保本')}`,
	`"subject to" w/4 ${any('risk', 'credit')}`,
	'prospectus',
	'prospekt',
	'folleto',
	'emittentenrisiko',
	'"riesgo del emisor"',
	'风险揭示'
);

// ------------------------------------------------------------------------------------------------ complaint
const CUSTOMER = any('customer', 'client', 'kunde', 'kundin', 'cliente', 'clienta', '客户', '客人');
const ANGRY = any(
	'furious',
	'fuming',
	'livid',
	'angry',
	'irate',
	'stinksauer',
	'sauer',
	'wutend',
	'verargert',
	'furioso',
	'furiosa',
	'enfadado',
	'enfadada',
	'cabreado',
	'cabreada',
	'indignado',
	'骂',
	'发火',
	'气炸',
	'大发雷霆',
	'很生气'
);
/** Misled or mis-sold, every form: "I feel misled", "wurde getäuscht", "me engañaron", 误导他买. */
const MISLED = any(
	'misled',
	'mis-sold',
	'missold',
	'"mis sold"',
	'getauscht',
	'irregefuhrt',
	'enganado',
	'enganada',
	'enganaron',
	'enganasteis',
	`误导 w/4 ${any('我', '他', '她', '客户', '买')}`
);
/** A charge the customer never agreed to or was taken twice: "charged twice", "schon wieder abgebucht", "cobraron dos veces". */
const CHARGED_WRONGLY = any(
	`${any('charged', 'billed', 'debited', 'abgebucht', 'belastet', 'berechnet', 'cobraron', 'cobrado', 'cargaron', 'cargado', '扣了', '扣费', '收了')} w/5 ${any('twice', 'three', 'double', 'again', 'doppelt', '"zweimal"', '"schon wieder"', '"nie vereinbart"', '"dos veces"', '"otra vez"', '"de nuevo"', '两次', '重复', '又')}`,
	`"nobody can explain" OR "no one can explain" OR "niemand kann" w/4 erklaren OR "nadie me sabe" OR "nadie sabe explicar"`
);
/** Chasing without an answer: on hold for minutes, the nth call, still not resolved. */
const CHASING = any(
	`${any('"on hold"', 'warteschleife', '"en espera"', '排队')} w/6 ${any('min*', 'hour*', 'minuten', 'stunde*', 'minutos', 'hora*', '分钟', '小时')}`,
	`${any('still', '"noch immer"', '"immer noch"', 'todavia', 'sigue', '还是', '还没')} w/3 ${any('"not done"', '"not fixed"', '"not resolved"', '"nicht erledigt"', '"nicht gelost"', '"sin resolver"', '"no resuelto"', '没解决', '没处理', '没办')}`,
	`${any('"worst bank"', '"worst service"', '"worst broker"', '"worst app"', '"worst experience"', '"schlechteste bank"', '"schlechtester service"', '"peor banco"', '"peor servicio"', '最差的银行', '最烂')}`
);
export const COMPLAINT_CAUSES = any(
	`${CUSTOMER} w/6 ${ANGRY}`,
	MISLED,
	CHARGED_WRONGLY,
	CHASING,
	`${any('formally', 'formal', 'formell', 'formal', '正式')} w/3 ${any('complain*', 'beschwer*', 'queja*', 'reclam*', '投诉')}`,
	`(beschwer* w/2 ${any('ich', 'mich', 'wir', 'uns')}) w/6 ${any('bafin', 'ombudsmann', 'ombudsstelle', 'schlichtungsstelle', 'verbraucherzentrale', 'anwalt', 'aufsicht', 'bank', 'ihnen', 'euch', 'vorstand', 'geschaftsleitung', 'berater*', 'filiale')}`,
	`${any('quiere', 'quiero', 'queremos', 'exige', 'exijo')} w/3 ${any('dinero', '"su dinero"', '"mi dinero"', 'devolucion', 'reembolso')}`,
	`要求 w/3 ${any('退还', '退回', '返还', '赔偿', '退款', '退费')}`,
	`${any('promised', '"you said"', '"you told me"', '"told me"', 'versprochen', '"sie sagten"', 'prometio', 'prometieron', '"me dijo"', '说过', '说好')} w/10 ${any('lose', 'verlieren', 'perder', '亏')} w/10 ${any('now', 'down', 'jetzt', 'ahora', '现在', 'explain', 'erklaren', 'explique*')}`
);
/** The firm answering: an apology for the trouble, a refund processed — a reply to a complaint, not one. */
export const COMPLAINT_FIRM_REPLY = any(
	'"sorry for the hassle"',
	'"sorry for the inconvenience"',
	'"apologies for the"',
	'"we apologise"',
	'"we apologize"',
	'"entschuldigen sie die"',
	'"wir entschuldigen uns"',
	'"disculpe las molestias"',
	'"lamentamos las molestias"',
	'给您带来不便',
	'"has been refunded"',
	'"refund processed"',
	'"refund of the"'
);

// ---------------------------------------------------------------------------------------------------- gifts
const NUMBER = any('0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*');
/** Paid for by the other side: "all paid", "all expenses paid", "auf ihre Kosten", "todo pagado", 全包. */
const ALL_PAID = any(
	'"all paid"',
	'"all expenses paid"',
	'"all-expenses-paid"',
	'"fully paid"',
	'"on their dime"',
	'"auf ihre kosten"',
	'"auf seine kosten"',
	'"alles bezahlt"',
	'"alles inklusive"',
	'"todo pagado"',
	'"con todo pagado"',
	'"gastos pagados"',
	'全包',
	'全程买单',
	'费用全包',
	'对方买单'
);
const TRAVEL = any(
	'fly*',
	'flew',
	'flown',
	'trip',
	'weekend',
	'villa',
	'resort',
	'hotel',
	'cruise',
	'wochenende',
	'reise',
	'flug',
	'urlaub',
	'viaje',
	'"fin de semana"',
	'vuelo',
	'crucero',
	'机票',
	'旅游',
	'度假',
	'出国'
);
/** Given in return for business: "a thank-you for the order flow", "als Dank für den Auftrag", 这单就稳了. */
const THANKS_FOR_BUSINESS = `${any('"thank you for"', '"thank-you for"', '"als dankeschon"', '"als dank"', '"como agradecimiento"', '"en agradecimiento"', '感谢')} w/6 ${any('order*', 'flow', 'contract', 'renew*', 'business', 'mandate', 'deal', 'allocation', 'referral*', 'auftrag*', 'vertrag*', 'geschaft', 'mandat', 'pedido*', 'contrato*', 'negocio*', 'operacion*', '订单', '合同', '生意', '项目')}`;
const IF_YOU_DELIVER = any(
	'"if i can get"',
	'"if you can get"',
	'"if we get"',
	'"in exchange"',
	'"in return"',
	'"wenn ich ihm"',
	'"wenn du uns"',
	'"dafur dass"',
	'"im gegenzug"',
	'"a cambio"',
	'"si le consigo"',
	'"si nos"',
	'"para que salga"',
	'"para que nos"',
	'"dann geht"',
	'"dann klappt"',
	'这单就稳了',
	'这单稳了',
	'就能批',
	'好办事'
);
const DEAL_STAKE = any(
	'ipo',
	'allocation',
	'zuteilung',
	'asignacion',
	'permiso',
	'licencia',
	'genehmigung',
	'lizenz',
	'contract',
	'mandate',
	'flow',
	'配售',
	'审批',
	'批文',
	'项目',
	'这单'
);
/** Officials and gatekeepers named by role in every language: Sachbearbeiter im Amt, el del ayuntamiento, 审批的张科长. */
const GATEKEEPER = any(
	'sachbearbeiter*',
	'amt',
	'behorde',
	'beamte*',
	'ayuntamiento',
	'funcionario*',
	'inspector*',
	'gestor',
	'gestora',
	'"al del"',
	'"a la del"',
	'traders',
	'counterparty*',
	'"desk head"',
	'"head of desk"',
	'科长',
	'局长',
	'处长',
	'主任',
	'审批',
	'关键人',
	'经办',
	'领导',
	'银行那边',
	'总'
);
/** Gifts as people name them: an envelope, lana, 包个 (a red envelope), 意思一下, good liquor, mooncakes, iPads. */
const GIFT_SLANG = any(
	'umschlag',
	'kuvert',
	'lana',
	'mordida',
	'sobrecito',
	'ipad*',
	'iphone*',
	'entradas',
	'boletos',
	'包个',
	'红包',
	'意思一下',
	'茅台',
	'好酒',
	'月饼',
	'烟酒',
	'购物卡',
	'礼品卡'
);
export const GIFTS_CAUSES = any(
	`${ALL_PAID} w/12 ${TRAVEL}`,
	`${any('flying', 'flew', 'fly', 'flies', 'fliegt', 'flog', '请我们', '带我们')} pre/3 ${any('us', 'me', 'uns', 'mich', 'nos', 'me', '去')}`,
	`${THANKS_FOR_BUSINESS} w/15 ${any(TRAVEL, 'paid', 'paying', 'pays', 'gift*', 'given', 'zahlt', 'bezahlt', 'geschenk*', 'paga', 'pagado', 'regalo*', '送', '给')}`,
	`${any('villa', 'yacht', 'chalet', 'ferienhaus', '别墅', 'tickets', 'trip', 'weekend')} w/12 (${IF_YOU_DELIVER} w/8 ${DEAL_STAKE})`,
	`${GIFT_SLANG} w/12 (${GATEKEEPER} OR ${IF_YOU_DELIVER})`,
	`${any('"school fees"', 'tuition', 'schulgeld', 'studiengebuhren', 'colegiatura', 'matricula', '学费')} w/10 ${any('client*', 'vendor', 'supplier', 'broker', 'counterpart*', 'kunde*', 'lieferant*', 'cliente*', 'proveedor*', '客户', '供应商', 'paying', 'pays', 'zahlt', 'paga', '付')}`,
	`${any('"under the table"', '"por debajo de la mesa"', '"bajo la mesa"', '"unter der hand"', '"unterm tisch"', '"unter dem tisch"', '私下给', '桌底下')} w/10 ${any(NUMBER, 'cash', 'percent', 'money', 'deal', 'trade', 'operacion*', 'prozent', 'geld', 'dinero', '钱', '点')}`,
	`(返 pre/3 ${any('个点', '点')}) w/10 ${any('现金', '给你', '放款', '回扣')}`,
	`(${any('"were given"', '"was given"', '"got given"', 'bekamen', 'erhielten', 'recibieron', '"les regalaron"')} w/6 ${any(GIFT_SLANG, 'watch*', 'bottle*', 'voucher*', 'gift*', 'tickets', 'uhr*', 'geschenk*', 'regalo*')}) w/15 ${any(GATEKEEPER, 'client*', 'broker*', 'vendor*', 'kunde*', 'cliente*', '客户', '供应商')}`
);

/** The rule asked about or stated, a team treat, cash as a product: "what's the gift limit", "may not give meals". */
export const GIFTS_NOT_GIVEN = any(
	`${any('limit', 'limits', 'threshold', 'grenze', 'freigrenze', 'wertgrenze', 'limite', '上限', '标准')} w/4 ${any('gift*', 'present*', 'geschenk*', 'regalo*', '礼', 'hospitality', 'entertainment', 'bewirtung')}`,
	'"which of these"',
	'"is acceptable"',
	'"are acceptable"',
	`${any('"may not"', '"must not"', '"darf nicht"', '"durfen nicht"', '"no pueden"', '"no puede"', '不得', '不能')} pre/3 ${any('give', 'offer', 'accept', 'geben', 'annehmen', 'dar', 'aceptar', 'ofrecer', '送', '收')}`,
	`${any('team', 'everyone', 'guys', 'leute', 'alle', 'equipo', 'todos', '大家')} w/6 ${any('"on me"', '"geht auf mich"', '"invito yo"', '我请')}`,
	`cash pre/1 ${any('mgmt', 'management', 'pooling', 'sweep', 'position', 'balance*', 'flow')}`
);

// ----------------------------------------------------------------------------------------------------- mnpi
/** Not yet public, or to be kept quiet: before release, nobody outside knows, noch nicht raus, todavía es secreto. */
const NOT_OUT = any(
	'"before release"',
	'"before its public"',
	'"before it is public"',
	'"before the release"',
	'"hasnt been announced"',
	'"not been announced"',
	'"nobody outside"',
	'"no one outside"',
	'"knows yet"',
	'"dont repeat this"',
	'"keep it quiet"',
	'quietly',
	'wall-crossed',
	'"over the wall"',
	'"noch nicht raus"',
	'"noch nicht offentlich"',
	'"behalt es fur dich"',
	'"behalte es fur dich"',
	'"unter uns"',
	'"todavia es secreto"',
	'"aun es secreto"',
	'"no ha salido"',
	'"entre nosotros"',
	'"te paso el dato"',
	'还没公布',
	'还没公告',
	'别外传',
	'别说出去'
);
/** Trading on it, as people say it: load up, dump, get out, lighten up, bought calls, mete algo, Stücke, 上车. */
const TRADE_ON_IT = any(
	'"load up"',
	'dump',
	'"lighten up"',
	'"sell now"',
	'"sell your"',
	'"bought calls"',
	'"bought puts"',
	'"bought shares"',
	'"buy calls"',
	'"buy puts"',
	'"mete algo"',
	'"metele"',
	'"vende ya"',
	'"compra ya"',
	'stucke',
	'"raus aus"',
	'"steig aus"',
	'"kauf jetzt"',
	'上车',
	'赶紧买',
	'赶紧卖',
	'快跑'
);
/** A tip without a trade: "thought you'd want to know", "just saying", "you didn't hear it from me". */
const TIP = any(
	'"thought youd want to know"',
	'"just saying"',
	'"didnt hear it from me"',
	'"heads up"',
	'"nur so als tipp"',
	'"solo te aviso"',
	'"por si acaso"',
	'给你透个底',
	'提前说一声'
);
/** Someone inside: on the board, in the steering committee, on the insider list. */
const INSIDER = any(
	'"on their board"',
	'"on the board"',
	'"im vorstand"',
	'"im aufsichtsrat"',
	'"en el consejo"',
	'"steering committee"',
	'"deal team"',
	'"syndicate desk"',
	'董事会',
	'内部人'
);
const DEAL_EVENT = any(
	'merger',
	'takeover',
	'tender',
	'buyout',
	'buyback',
	'fda',
	'guidance',
	'earnings',
	'results',
	'placement',
	'dividend',
	'ubernahme',
	'fusion',
	'gewinnwarnung',
	'dividende',
	'opa',
	'adquisicion',
	'resultados',
	'并购',
	'收购',
	'财报',
	'重组',
	'分红'
);
const SOON = any(
	'tmrw',
	'tomorrow',
	'tonight',
	'"next week"',
	'monday',
	'friday',
	'morgen',
	'"nachste woche"',
	'manana',
	'"la semana que viene"',
	'明天',
	'今晚',
	'下周'
);
export const MNPI_CAUSES = any(`${any(NOT_OUT, INSIDER, `${DEAL_EVENT} AND ${SOON}`)} AND ${any(TRADE_ON_IT, TIP)}`, `${INSIDER} AND ${NOT_OUT}`);
/** Restricted from trading: "can't trade this stock before the results", 不能交易, darf nicht handeln. */
export const MNPI_RESTRICTED = `${any('"cant"', 'cannot', '"not allowed to"', '"darf nicht"', '"durfen nicht"', '"no puedo"', '"no podemos"', '不能', '不得', '禁止')} pre/3 ${any('trade', 'trading', 'handeln', 'operar', '交易', '买卖')}`;

// ------------------------------------------------------------------------------------------ record deletion
/** Getting rid of a thing, as people say it: nuke, toss, bin, get rid of, make it go away, mach weg, 处理掉, 碎了. */
const GET_RID = any(
	'nuke*',
	'toss',
	'tossing',
	'tossed',
	'trash*',
	'"get rid"',
	'"got rid"',
	'"gotten rid"',
	'"getting rid"',
	'"make it go away"',
	'"make them go away"',
	'"wipe the lot"',
	'"mach weg"',
	'"mach das weg"',
	'wegmachen',
	'"weg damit"',
	'runternehmen',
	'runter',
	'deshazte',
	'deshacerte',
	'deshacernos',
	'"que desaparezca"',
	'tiralo',
	'tirala',
	'处理掉',
	'碎了',
	'粉碎',
	'扔了',
	'销掉'
);
const KEPT_RECORD = any(
	'texts',
	'thread',
	'notes',
	'voicemail*',
	'"term sheet*"',
	'backup*',
	'cloud',
	'excel',
	'laufwerk',
	'notizen',
	'protokoll*',
	'nachrichten',
	'notas',
	'mensajes',
	'hilo',
	'copia*',
	'合同',
	'副本',
	'报价',
	'记录',
	'聊天',
	'共享盘',
	'纸质'
);
/** Why: so nobody sees it, before an audit or discovery, never stored anywhere, "if anyone asks". */
const NO_TRACE = any(
	'discovery',
	'legal',
	'audit*',
	'"anyone asks"',
	'"say whatever"',
	'"never any"',
	'"keiner sehen"',
	'"niemand sehen"',
	'nirgends',
	'"nadie lo vea"',
	'"que nadie"',
	'auditoria',
	'审计',
	'检查',
	'别放档案',
	'别存档',
	'别留'
);
/** A negation before the verb: won't delete, nichts löschen, no borren, 不会删. */
const NOT_BEFORE = any(
	'not',
	'dont',
	'never',
	'no',
	'wont',
	'cant',
	'cannot',
	'shouldnt',
	'mustnt',
	'wouldnt',
	'nicht',
	'nichts',
	'nie',
	'kein',
	'keine',
	'nada',
	'nunca',
	'ningun',
	'不要',
	'别',
	'不',
	'不会'
);
export const RECORD_DELETION_CAUSES = any(
	`(${GET_RID} NOT post/3 ${NOT_BEFORE}) w/8 ${any(KEPT_RECORD, NO_TRACE)}`,
	`((${any('shred*', 'delete*', 'deleted', 'wipe*', 'losch*', 'geloscht', 'vernicht*', 'borr*', 'destru*', '删', '销毁')} NOT post/3 ${NOT_BEFORE}) w/12 ${NO_TRACE}) NOT w/12 ${any('preserve*', '"legal hold"', '"litigation hold"', 'aufbewahren', 'conservar', 'retencion', '保留', '保存')}`,
	`${any('deleted', 'delete', 'wiped', 'geloscht', 'losch*', 'borre', 'borra', 'borrado', '删了', '删')} w/10 ${any('"do the same"', '"same on your side"', '"your side too"', '"du auch"', '"bei dir auch"', '"tu tambien"', '"haz lo mismo"', '你也删', '你那边也')}`,
	`${any('deleted', 'wiped', 'geloscht', 'borre', 'borrado', '删了')} w/6 ${any('"all of it"', 'everything', 'alles', 'todo', '全部', '都删')}`
);
/** Housekeeping, not hiding: a retention schedule run, a spreadsheet row, test data, a wiped device after migration, phishing, typing. */
export const RECORD_DELETION_HOUSEKEEPING = any(
	'aufbewahrungsfrist*',
	'"retention schedule"',
	'"retention period"',
	'"retention policy"',
	'"calendario de conservacion"',
	'"plazo de conservacion"',
	'"periodo de conservacion"',
	'保存期限',
	'保管期限',
	'ordnungsgemass',
	`${any('delete*', 'remove*', 'losch*', 'borr*', 'elimin*', '删')} pre/4 ${any('row', 'rows', 'column', 'fila', 'filas', 'columna', 'zeile', 'zeilen', 'spalte', '行', '列')}`,
	'duplicad*',
	'"test data"',
	'testdaten',
	'"datos de prueba"',
	'测试环境',
	'测试数据',
	'假数据',
	'migrated',
	'migration',
	'migriert',
	'migrado',
	'迁移',
	'"nothing is lost"',
	'phishing',
	'scam',
	'malware',
	'virus',
	'钓鱼',
	'retyping',
	'retype',
	'"typing dots"',
	`${any('"turn off"', '"turned off"', '"switch off"', 'disable*', 'deactivat*', 'ausschalten', 'ausgeschaltet', 'deaktivier*', 'desactiva*', 'apaga*', '关闭', '关掉')} w/4 ${any('disappearing', 'ephemeral', 'auto-delete', 'selbstloschend*', 'temporales', '阅后即焚', '自动删除')}`
);
