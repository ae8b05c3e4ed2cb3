/**
 * The third layer of the built-in lexicons: word families shared across the four languages, so a message that
 * switches language mid-sentence (an item in Chinese, the recipient in Spanish) still matches, and grammar the
 * first two layers missed: German verb-final clauses and split separable verbs (schmeißen … weg, laden … ein,
 * kommen … raus, schalte … ein), a source of the tip ("my cousin works at"), an announcement still to come ("before
 * they're out", "还没 announce"), quid pro quo ("if he switches", "que así firma", "才肯"), a multiplier stated as a
 * certainty ("will 10x"), physical destruction of documents, losses blamed on the firm. Each constant is one more
 * alternative of its category's query.
 */
const any = (...alternatives: string[]): string => `(${alternatives.join(' OR ')})`;

// ------------------------------------------------------------------------------------------ record deletion
/** Verbs of destroying paper or files, every form (German participles and separable verbs, Spanish clitics). */
const DESTROY = any(
	'shred*', 'burn', 'burns', 'burned', 'burnt', 'destroy*', 'trash', '"get rid of"', '"throw away"', '"throw out"', '"bin it"', '"bin them"',
	'schredder*', 'geschreddert', 'vernicht*', 'verbrenn*', 'verbrannt', 'entsorg*', 'wegwerf*', 'weggeworfen', 'wegschmeiss*', 'weggeschmissen',
	'destru*', 'quema*', 'quemalo', 'quemala', 'tritur*', 'tira*', 'deshaz*', 'deshacer*',
	'销毁', '碎掉', '粉碎', '烧掉', '烧了', '撕掉', '撕了', '扔掉', '丢掉', '处理掉'
);
/** Paper and files that are records when a firm keeps them. */
const DOCUMENTS = any(
	'letter', 'letters', 'copy', 'copies', 'printout*', 'print-out*', 'paper', 'papers', 'file', 'files', 'document*', 'notes', 'minutes', 'memo*', 'contract*', 'agreement*', 'receipts', 'ledger*', 'records', 'evidence',
	'brief', 'briefe', 'kopie*', 'ausdruck*', 'papier*', 'akte*', 'unterlagen', 'dokument*', 'protokoll*', 'notizen', 'vertrag*', 'vertrage', 'belege', 'quittung*', 'beweis*',
	'carta', 'cartas', 'copia*', 'papel*', 'archivo*', 'documento*', 'notas', 'actas', 'contrato*', 'recibos', 'pruebas', 'expediente*',
	'文件', '合同', '协议', '单据', '收据', '账本', '底稿', '纪要', '复印件', '原件', '证据'
);
/** Chats and messages, every language; nouns as prefixes to cover plural and possessive forms. */
const MESSAGES = any(
	'chat*', 'message*', 'msgs', 'texts', 'thread*', 'convo*', 'conversation*', 'emails', 'mails', 'dms', 'history', 'logs',
	'nachricht*', 'verlauf*', 'chatverlauf*', 'unterhaltung*', 'gesprach*', 'protokoll*', 'sms',
	'mensaje*', 'conversacion*', 'historial', 'correos', 'audios',
	'聊天', '记录', '对话', '消息', '信息', '邮件', '截图', '群'
);
/** German verbs of deleting, every form; in a verb-final clause the object stands far before the verb. */
const DELETE_DE = any('losch*', 'geloscht', 'rausgeloscht', 'weggeloscht', 'rausloschen', 'wegloschen', 'entfern*', 'vernicht*', 'schredder*', 'geschreddert');
/** A German separable verb of throwing away with its particle at the end of the clause: "schmeißen wir weg". */
const THROW_AWAY_DE = `(${any('schmeiss*', 'schmiss*', 'werf*', 'wirf*', 'warf*', 'kipp*', 'tu', 'tun')} pre/8 weg)`;
const NEGATED_DELETE = any('not', 'dont', 'never', 'nicht', 'nie', 'kein', 'keine', 'no', 'nunca', 'nada', '不要', '别', '不', '不能', '禁止');
/** Read, then delete: a message meant to leave no copy. */
const READ_THEN_DELETE = any(
	`${any('看完', '读完', '看过', '看到', '阅后', '看了')} w/4 ${any('删', '删掉', '删了', '撤回', '烧')}`,
	`${any('"after reading"', '"once read"', '"when read"', '"nach dem lesen"', '"despues de leer"', '"despues de leerlo"', '"cuando lo leas"', '"wenn du es gelesen"')} w/6 ${any('delete*', 'losch*', 'borr*', 'elimin*')}`,
	`${any('leelo', 'lies')} w/4 ${any('borr*', 'elimin*', 'losch*')}`,
	any('别留底', '不要留底', '不留底', '别存底', '不留痕迹', '别留痕迹', '"no dejes copia"', '"keine kopie"', '"keep no copy"', '"dont keep a copy"')
);
export const RECORD_DELETION_FAMILIES = any(
	`(${DESTROY} NOT post/3 ${NEGATED_DELETE}) w/8 ${DOCUMENTS}`,
	`(${DELETE_DE} NOT post/3 ${NEGATED_DELETE}) w/14 ${MESSAGES}`,
	`${THROW_AWAY_DE} w/10 ${any(DOCUMENTS, MESSAGES)}`,
	READ_THEN_DELETE,
	// an inspection named as the deadline
	`(${any(DESTROY, DELETE_DE, THROW_AWAY_DE, 'delete*', 'wipe*', 'borr*', 'elimin*', '删')} NOT post/3 ${NEGATED_DELETE}) w/12 ${any('"before the"', 'bevor', 'ehe', '"antes de que"', '之前', '以前')} w/6 ${any('audit*', 'regulator*', 'sec', 'finra', 'fca', 'inspection', 'bafin', 'aufsicht', 'prufung', 'prufer', 'revision', 'cnmv', 'auditoria', 'inspeccion', '审计', '监管', '检查', '证监会')}`
);
/** A social chat about a feature or a machine, not a request to destroy records. */
export const RECORD_DELETION_NOT_RECORDS = any(
	// a spare copy or a draft whose original is kept
	'spare', '"extra copies"', 'doppelt*', 'sobrante*', '多余', '重复',
	`${any('original*', 'final', 'finale', '"the master"', 'originale')} w/6 ${any('filed', 'archived', 'kept', 'saved', 'dms', 'abgelegt', 'archiviert', 'gespeichert', 'archivado*', 'guardado*', '存档', '归档')}`,
	'jammed', 'stuck', 'broken', 'annoying', 'kaputt', 'klemmt', 'atascad*', 'roto', 'rota', '卡了', '卡住', '坏了', '修',
	'pics', 'photos', 'selfies', 'bbq', 'college', 'fotos', 'bilder', 'urlaubsfotos', 'cumple*', '照片', '相册'
);

// ---------------------------------------------------------------------------------------------- off-channel
/** Personal e-mail providers: sending business to one is sending it off the firm's record. */
const PERSONAL_MAIL = any('gmx', 'gmail', 'googlemail', 'hotmail', '"yahoo mail"', '"yahoo com"', 'icloud', 'protonmail', 't-online', 'freenet', '"web de"', 'yandex', 'qq邮箱', '163邮箱', '126邮箱', '私人邮箱', '个人邮箱');
const SEND = any(
	'send*', 'sent', 'forward*', 'fwd', 'mail', 'email', 'cc', 'bcc', 'use',
	'schick*', 'geschickt', 'send*', 'weiterleit*', 'weitergeleitet', 'mail*',
	'mand*', 'envi*', 'reenvi*', 'pasa*', 'reenvialo',
	'发', '转', '传', '寄'
);
/** A second number or account: "I switched to a new number, find me there". */
const NEW_ACCOUNT_ZH = `${any('换了个号', '换号', '换了号', '新号', '新号码', '新微信', '另一个号', '备用号', '小号', '那个号')} w/12 ${any('找我', '联系我', '加我', '发我', '打我', '打给我', '聊')}`;
export const OFF_CHANNEL_FAMILIES = any(
	`${PERSONAL_MAIL} w/8 ${SEND}`,
	`${any('meine', 'meiner', 'mi', 'my', 'private*', 'privat', 'personal')} pre/2 ${PERSONAL_MAIL}`,
	NEW_ACCOUNT_ZH
);
/** The firm's monitored channel named as where the conversation stays or goes: the opposite of the risk. */
export const OFF_CHANNEL_STAYS = any(
	`(${any('use', 'using', 'stay', 'stick', 'keep', 'back', 'move', 'bleib*', 'nutz*', 'seguimos', 'sigue', 'usa', 'usar', '用', '在', '回', '加')} NOT post/2 ${any('别', '不要', '不能', '不', '不许', 'dont', 'cant', 'not', 'nicht', 'no')}) w/3 ${any('"desk line"', '"desk phone"', '"work phone"', '"work email"', '"work mail"', '"firm email"', '"company email"', '"recorded line"', 'teams', 'symphony', 'bloomberg', 'diensthandy', 'firmenhandy', 'firmenmail', 'dienstmail', '"correo corporativo"', '"movil de empresa"', '"telefono de empresa"', '企业微信', '公司邮箱', '工作号', '公司电话')}`,
	`${any('别', '不要', '不准', '不许', '禁止', '"dont"', '"do not"', '"never"', 'nunca', 'nie', 'keine')} pre/3 ${any('私聊', '私下聊', '私下说', 'dm', '"personal phone"', '"personal email"')}`,
	any('婉拒', '拒了', '没答应', '不同意', '"turned him down"', '"turned her down"', '"turned it down"', 'refused', '"me negue"', 'rechace', '"nein gesagt"', 'verweigert'),
	any('照片', '相片', '爬山', '电影', '孩子', '"the kids"', 'hike', 'hiking', 'wedding', 'movie', 'wandern', 'hochzeit', 'boda', 'excursion')
);

// ----------------------------------------------------------------------------------------------------- MNPI
/** A reporting period or a figure a listed company publishes. */
const FIGURES = any(
	'q1', 'q2', 'q3', 'q4', 'h1', 'h2', 'fy', 'quarter*', 'numbers', 'figures', 'results', 'earnings', 'revenue', 'sales', 'guidance', '"profit warning"',
	'quartal*', 'zahlen', 'umsatz', 'gewinnwarnung', 'prognose', 'halbjahr*', 'jahreszahlen',
	'trimestr*', 'resultados', 'cifras', 'ventas', 'beneficios', 'facturacion',
	'季度', '季报', '年报', '中报', '半年报', '业绩', '财报', '营收', '利润', '预告'
);
/** Deals and decisions about a listed company, every language. */
const EVENTS = any(
	'merger', 'acquisition', 'takeover', 'buyout', 'bid', 'offer', '"getting bought"', '"being bought"', '"being acquired"', '"getting acquired"', 'premium', 'fda', 'approval', 'trial', 'panel', 'regulator*', 'antitrust', 'deal', 'contract', 'license', 'licence',
	'ubernahme*', 'fusion', 'angebot', 'zulassung', 'kartellamt', 'aufsicht', 'studie', 'zuschlag', 'auftrag',
	'opa', 'compra', 'adquisicion', 'fusion', 'cnmc', 'cnmv', 'aprobacion', 'ensayo', 'contrato', 'licitacion',
	'收购', '并购', '重组', '合并', '批文', '审批', '监管', '中标', '合同', '定增', '要约', '溢价', '临床'
);
/** An announcement still to come, said outright, every language; code-switched ("还没 announce") as well. */
const NOT_OUT_YET = any(
	`${any('还没', '还未', '尚未', '没有', '未')} pre/2 ${any('announce*', 'public', 'released', 'official', '公告', '公布', '宣布', '披露', '官宣')}`,
	any('"not out till"', '"not out until"', '"not out yet"', '"isnt out"', '"arent out"', '"not out before"', '"noch nicht raus"', '"todavia no ha salido"', '"aun no ha salido"', '还没出'),
	`${any('"not yet"', '"noch nicht"', '"todavia no"', '"aun no"')} pre/3 ${any('announce*', 'public', 'released', 'offentlich', 'veroffentlicht', 'bekanntgegeben', 'publico', 'anunciad*', 'publicad*')}`,
	`before pre/3 ${any('announced', 'public', 'released', 'published')}`,
	`${any('bevor', 'ehe')} pre/4 ${any('offentlich', 'veroffentlicht', 'bekanntgegeben', 'gemeldet')}`,
	`${any('"antes de que"', '"antes que"')} pre/2 ${any('"se publique"', '"se publiquen"', '"se anuncie"', '"se anuncien"', '"sea publico"')}`
);
/** A release still to come, told as a date: "comes out Monday", "sale el lunes", "kommen erst Dienstag raus", "下周宣布". */
const COMING_OUT = any(
	`before pre/3 ${any('out', '"comes out"', '"come out"', '"goes out"')}`,
	`${any('bevor', 'ehe')} pre/4 ${any('raus', 'bekannt')}`,
	`${any('"antes de que"', '"antes que"')} pre/2 ${any('salga', 'salgan', '"se sepa"')}`,
	`${any('kommt', 'kommen', 'komm')} pre/5 ${any('raus', 'heraus')}`,
	`${any('还没', '没')} pre/1 出来`,
	`${any('"comes out"', '"come out"', '"drops"', '"gets announced"', '"will be announced"', '"is announced"', '"are announced"', '"sale el"', '"sale la"', '"sale este"', '"salen el"', '"salen la"', 'saldra', 'saldran', '"se anuncia"', '"se anunciara"', '"se publica"', 'erscheint', '"wird bekanntgegeben"', '"wird gemeldet"', '"wird veroffentlicht"')} w/4 ${any('tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', '"next week"', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', '"la semana que viene"', '"la proxima semana"', 'morgen', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', '"nachste woche"')}`,
	`${any('下周', '明天', '后天', '周一', '周二', '周三', '周四', '周五', '月底', '下个月')} w/3 ${any('宣布', '公告', '公布', '官宣', '发布', '披露')}`
);
/** A person inside the company, a regulator or an adviser named as the source of the news. */
const SOURCE = any(
	`${any('mate', 'friend', 'buddy', 'cousin', 'brother*', 'sister*', 'wife', 'husband', 'uncle', 'contact', 'schwager', 'schwagerin', 'freund*', 'kumpel', 'cousin*', 'bruder', 'schwester', 'cunado', 'cunada', 'amigo', 'amiga', 'primo', 'prima', 'hermano', 'hermana', 'colega', 'contacto')} w/3 ${any('works', 'work', 'working', 'arbeitet', 'trabaja', '"in reg"', '"in legal"', '"in compliance"', '"in ir"')}`,
	`${any('朋友', '亲戚', '哥们', '同学', '表哥', '表姐', '老同学', '熟人', '内部的人', '那边的人')} w/4 ${any('在', '透露', '看到')}`,
	any('"saw the draft"', '"seen the draft"', '"den entwurf gesehen"', '"vio el borrador"', '看到草稿', '"heard from someone"', '"got word from"', '"a little bird"', '"me han chivado"')
);
/** Trading, or tipping someone to trade. */
const TRADE = any(
	'sell', 'buy', 'short', 'dump', '"get out"', '"get in"', 'calls', 'puts',
	'kauf*', 'verkauf*', 'abstossen', 'einsteigen', 'short*',
	'compr*', 'vend*', 'vende', 'entra', 'entrar', 'corto',
	'买', '卖', '抛', '建仓', '加仓', '清仓', '进场', '入场', '上车', '出货', '做空'
);
const TIP = any('"tell him"', '"tell her"', '"let him know"', '"let her know"', '"pass it on"', '"sag ihm"', '"sag ihr"', 'dile', 'avisale', 'cuentale', '告诉他', '通知他', '告诉她');
export const MNPI_FAMILIES = any(
	`${NOT_OUT_YET} w/20 ${any(FIGURES, EVENTS, TRADE, TIP)}`,
	`${COMING_OUT} w/12 ${EVENTS}`,
	`(${COMING_OUT} w/12 ${FIGURES}) w/20 ${any(TRADE, TIP)}`,
	// holding the figures before they are out
	`(${COMING_OUT} w/12 ${FIGURES}) w/12 ${any('got', 'have', 'seen', 'habe', 'hab', 'tengo', '拿到', '看到', '有')}`,
	`${SOURCE} w/20 ${any(TRADE, TIP)}`,
	`${SOURCE} w/12 ${any(FIGURES, EVENTS)}`
);
/** Internal news of the office, not of a listed company. */
export const MNPI_INTERNAL = `${any('office', 'floor', 'desks', 'seating', 'party', 'offsite', 'buro', 'umzug', 'weihnachtsfeier', 'oficina', 'mudanza', 'cena', '办公室', '搬家', '年会', '团建')} w/6 ${any('move', 'moving', 'party', 'umzug', 'feier', 'mudanza', 'fiesta', '搬', '活动')}`;
/** News already out: told in the past tense or as everywhere. */
export const MNPI_PAST = any(
	`${any('wurde', 'wurden', 'ist', 'sind')} w/4 (${any('gemeldet', 'veroffentlicht', 'bekanntgegeben', 'angekundigt')} NOT post/3 ${any('nicht', 'noch', 'nie')})`,
	`${any('"was announced"', '"were announced"', '"been announced"', '"announced yesterday"', '"announced this morning"', '"announced last"', '"se anuncio"', '"fue anunciada"', '"fue anunciado"', '"se publico"', '"ya se publico"', '昨天公告', '昨天宣布', '已经发布', '已发布')}`,
	any('"steht uberall"', '"in der zeitung"', '"in the news"', '"on the wire"', '"en la prensa"', '"en todos los periodicos"', '新闻上', '"all over the news"')
);

// ---------------------------------------------------------------------------------------------------- gifts
/** Things of value, every language; "的" may stand inside a Chinese compound ("演唱会的票"). */
const GIFT_ITEMS = any(
	'tickets', 'seats', '"box seats"', 'courtside', 'trip', 'weekend', 'holiday', 'vacation', 'cruise', 'dinner', 'gift*', 'voucher*', 'cash', 'envelope', 'rolex', 'junket', 'golf',
	'karten', 'reise*', 'urlaub', 'wochenende', 'abendessen', 'geschenk*', 'gutschein*', 'bargeld', 'umschlag', 'loge',
	'entradas', 'palco', 'viaje', 'vacaciones', 'crucero', 'cena', 'regalo*', '"un sobre"', 'efectivo', 'reloj',
	'红包', '礼物', '礼品', '礼金', '购物卡', '茅台', '旅游', '机票', '酒店', `${any('演唱会', '球赛', '比赛', '音乐会', '门', '两张', '几张', '张')} w/3 票`
);
/** The person who decides, every language; nouns as prefixes for plural and possessive forms. */
const DECIDERS = any(
	'client*', 'customer*', 'doc', 'docs', 'doctor*', 'dr', 'physician*', 'surgeon*', 'cfo*', 'ceo*', 'treasurer*', 'committee*', 'trustee*', 'buyer*', 'procurement', 'official*', 'regulator*', 'inspector*',
	'kunde*', 'kunden*', 'mandant*', 'arzt*', 'arztin', 'aufsicht', 'bafin', 'prufer*', 'beamte*', 'behorde*', 'einkaufer*', 'entscheider*',
	'cliente*', 'medico*', 'doctor*', 'funcionari*', 'inspector*', 'comprador*', 'director*',
	'客户', '医生', '领导', '采购', '主任', '院长', '官员', '处长', '局长', '老总', '经理'
);
/** The decision bought: signing, renewing, switching, prescribing, passing an inspection. */
const DECISIONS = any(
	'sign', 'signs', 'signing', 'signed', 'renew*', 'switch*', 'prescrib*', 'award*', 'approve*', 'mandate', 'contract', 'rfp', 'tender', 'deal',
	'unterschreib*', 'unterzeichn*', 'verlanger*', 'verschreib*', 'auftrag', 'zuschlag', 'mandat', 'vertrag', 'prufung', 'genehmig*',
	'firma', 'firme', 'firmar', 'renov*', 'mandato', 'contrato', 'adjudic*', 'licitacion', 'receta*', 'aprueb*',
	'签', '续约', '续签', '合同', '招标', '中标', '业务给我们', '换成', '用我们', '开药', '审批', '批准'
);
/** "so that", "if he", "only then": the condition that makes a gift a bribe. */
const IN_RETURN = any('if', '"so that"', '"so he"', '"so she"', '"so they"', 'wenn', 'falls', 'damit', 'bevor', 'si', '"para que"', '"que asi"', 'asi', '"a cambio"', '只要', '如果', '才肯', '才会', '才能', '就签', '就给');
/** A gift booked as something else. */
const DISGUISED = `${any('expense', 'book', 'bill', 'invoice', 'code', 'call', 'label', 'abrechnen', 'verbuchen', 'deklarier*', 'factur*', 'pasar*', 'cargar*', '报销', '走账', '记成', '算成')} w/6 ${any('"as training"', '"as consulting"', '"as marketing"', '"as a conference"', '"als schulung"', '"als beratung"', '"als fortbildung"', '"como formacion"', '"como consultoria"', '"como gastos"', '培训费', '咨询费', '会议费', '差旅')}`;
export const GIFTS_FAMILIES = any(
	`${GIFT_ITEMS} w/15 (${IN_RETURN} w/8 ${DECISIONS})`,
	`${GIFT_ITEMS} w/12 ${DECIDERS} w/15 ${DECISIONS}`,
	`${any('paid', 'bezahlt*', 'pagado', '全包', '免费')} w/3 ${any('"consulting trip"', 'consulting', 'trip', 'reise', 'viaje', '旅游')}`,
	DISGUISED,
	// German separable "laden … ein", Chinese "送他", Spanish clitics "invítale", "regálale"
	`((${any('lade', 'laden', 'ladt', 'lud', 'luden')} pre/10 ein) w/12 ${GIFT_ITEMS}) w/12 ${DECIDERS}`,
	`${any('送他', '送她', '送给', '给他送', '给她送', '塞给', '请他', '请她')} w/8 ${GIFT_ITEMS}`,
	`${any('invitale', 'invitales', 'regalale', 'regalales', 'dale', 'dales', 'pagale', 'pagales')} w/6 ${GIFT_ITEMS}`,
	// a gift talked about off the record
	`${any('红包', '回扣', '好处费', 'kickback*', 'envelope', 'sobre', 'umschlag')} w/10 ${any('私人微信', '私聊', '私下', '别在这里', '这里别说', '"not here"', '"not on here"', '"nicht hier"', '"no por aqui"', '"in person"', '"in private"')}`
);
// ------------------------------------------------------------------------------------------------ complaint
export const COMPLAINT_FAMILIES = any(
	// a lawyer, a court or a regulator brought in, with separable German verbs ("schalte … ein")
	`${any('anwalt*', 'rechtsanwalt*', 'anwaltin', 'verbraucherzentrale', 'ombuds*', 'schlichtung*', 'gericht', 'klage', 'abogado*', 'abogada', 'juzgado', 'demanda*', 'lawyer*', 'attorney*', 'solicitor*', 'court', 'sue', 'suing', '律师', '法院', '起诉', '打官司', '告你们')} w/8 ${any('schalt*', 'eingeschaltet', 'nehm*', 'geh*', 'wend*', 'reich*', 'llamo', 'llamar', 'voy', 'contrat*', 'acudir', 'call*', 'involve*', 'contact*', '找', '请')}`,
	// a formal complaint filed, separable "reiche … ein"
	`${any('beschwerde*', 'reklamation*', 'queja*', 'reclamacion*', 'complaint*', '投诉')} w/8 ${any('reich*', 'eingereicht', 'einlegen', 'eingelegt', 'offiziell*', 'formal*', 'formell*', 'schriftlich*', 'presento', 'presentar', 'pongo', 'poner', 'formal', 'oficial', 'file', 'filing', 'lodge', 'official', 'formal', '正式', '要')}`,
	// a loss blamed on the firm and a demand it pays
	`${any('lost', 'loss', 'losses', 'verlust*', 'verloren', 'perdi', 'perdido', 'perdidas', '损失', '亏了', '赔了')} w/10 ${any('"your app"', '"your platform"', '"your system"', '"your fault"', '"because of you"', `${any('app', 'platform', 'system', 'website', 'site', 'server*', 'plattform', 'aplicacion', 'plataforma')} w/3 ${any('froze', 'frozen', 'crashed', 'hung', 'abgesturzt', 'hing', 'colgo', 'cayo', 'se colgo')}`, '"couldn\'t sell"', '"couldnt sell"', '"could not sell"', '"wegen ihnen"', '"ihre schuld"', '"por su culpa"', '"por vuestra culpa"', '你们得赔', '你们赔', '你们负责', '你们的问题', '你们的系统')}`,
	`${any('你们', '公司', '银行', '平台')} w/4 ${any('得赔', '要赔', '必须赔', '得负责', '要负责', '给个说法', '给我个说法', '交代', '退钱')}`,
	// silence for weeks, hidden fees, an outrage
	`${any('"no answer"', '"no reply"', '"no response"', '"nobody answers"', '"keine antwort"', '"keine ruckmeldung"', '"sin respuesta"', '"nadie contesta"', '"nadie responde"', '没人回复', '没人理', '没有回复', '一直没人')} w/8 ${any('"my claim"', '"my case"', '"my refund"', '"my complaint"', '"my request"', 'schadensfall', 'schaden', 'antrag', 'reklamation', 'erstattung', 'siniestro', 'reclamacion', 'reembolso', 'solicitud', '理赔', '退款', '申请', '工单', '投诉')}`,
	`${any('verschwiegen', 'verheimlicht', 'ocultaron', 'ocultado', '"never told"', '"didn\'t tell"', '"didnt tell"', '"weren\'t told"', '隐瞒', '没告诉我')} w/8 ${any('gebuhr*', 'kosten', 'provision*', 'comision*', 'gastos', 'fees', 'charges', 'costs', 'risk*', 'risiko*', 'riesgo*', '费用', '手续费', '风险')}`,
	`${any('frechheit', 'skandal*', 'abzocke', 'unverschamt*', 'verguenza', 'sinverguenzas', 'estafa*', 'timo', 'scam', 'rip-off', 'ripoff', 'disgrace*', 'outrageous', '坑人', '骗子', '欺诈', '太坑')}`,
	`${any('没经过我', '没经我', '没问我', '未经我')} w/8 ${any('买', '卖', '操作', '扣', '转')}`,
	`${any('违规操作', '违规交易', '乱操作')}`
);
// ------------------------------------------------------------------------------------------------ guarantee
/** A multiplier: "will 10x", "macht x3", "翻十倍". */
const MULTIPLIER = any('2x', '3x', '4x', '5x', '10x', '20x', '50x', '100x', '1000x', 'x2', 'x3', 'x5', 'x10', 'x100', '翻十倍', '翻几倍', '十倍', '百倍');
/** What a client puts money in. */
const HOLDING = any('fund', 'bond', 'stock', 'shares', 'coin', 'token', 'crypto', 'investment', 'money', 'product', 'note', 'fonds', 'anleihe', 'aktie*', 'geld', 'anlage', 'zertifikat', 'produkt', 'fondo', 'bono', 'acciones', 'accion', 'dinero', 'inversion', 'producto', 'cripto', '基金', '股票', '本金', '产品', '理财', '币', '钱');
const CERTAIN = any('will', 'gonna', '"going to"', 'wird', 'werden', 'va', 'van', '"se va a"', 'sure', 'definitely', 'guaranteed', 'sicher', 'garantiert', 'seguro', 'fijo', '肯定', '一定', '绝对', '必', '稳');
/** A doubling told in the present tense with a time: "verdoppelt sich in drei Jahren", "se duplica en dos años". */
const DOUBLES_PRESENT = any('doubles', 'triples', '"verdoppelt sich"', '"verdreifacht sich"', '"se duplica"', '"se triplica"', 'duplica', 'triplica', '(翻倍 NOT pre/1 了)', '(翻番 NOT pre/1 了)', '(翻一番 NOT pre/1 了)');
export const GUARANTEE_FAMILIES = any(
	`${MULTIPLIER} w/4 ${CERTAIN}`,
	`(${DOUBLES_PRESENT} w/4 ${any('in', 'within', 'by', 'innerhalb', 'binnen', 'bis', 'en', 'antes', '年内', '内', '之内')}) w/10 ${HOLDING}`,
	// German inversion puts the negation after the verb: "Verlieren können Sie hier nicht"
	`(${any('verlieren', 'verliert', 'verlierst')} pre/8 ${any('nicht', 'nichts', 'nie', 'nix')}) w/12 ${HOLDING}`,
	`${any('perder', 'pierdes', 'pierde')} post/3 ${any('no', 'nunca', 'imposible', 'jamas')}`,
	`${any('"never had a down"', '"never lost"', '"never loses"', '"nie verloren"', '"nunca ha perdido"', '从没亏过', '从来没亏')} w/10 ${any('fund', 'fonds', 'fondo', 'product', 'produkt', 'producto', '产品', '基金', 'risk', 'risiko', 'riesgo')}`
);
/** A word quoted or forbidden, not promised: "words like 稳赚", "不能跟客户说", "the message that said". */
export const GUARANTEE_MENTIONED = any(
	'这种词', '这种话', '这类词', '这些词', '这样的话', '不能跟客户说', '不要跟客户说', '别跟客户说', '不能说', '不是理财收益承诺', '不是收益承诺', '不是承诺', '并非承诺',
	'"words like"', '"the word"', '"phrases like"', '"never say"', '"dont say"', '"do not say"', '"worter wie"', '"das wort"', '"nie sagen"', '"palabras como"', '"la palabra"', '"no digas"', '"nunca digas"',
	`${any('说', '写着', '写了')} w/4 ${any('的消息', '那条', '那句')}`
);
