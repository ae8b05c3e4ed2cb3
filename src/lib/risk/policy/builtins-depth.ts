/**
 * The second layer of the built-in lexicons, added after the first blind batches (tests/eval/corpus/blind) showed
 * what the first layer missed: every form of a verb (German participles and separable verbs, Spanish clitics),
 * euphemisms and slang, promises written as certainties, code-switching, and talk about a rule rather than a breach
 * of it. Each constant is one more alternative of its category's query; `META_TALK` is shared by every category's
 * exceptions.
 */
const any = (...alternatives: string[]): string => `(${alternatives.join(' OR ')})`;

/** Any number token: a percentage, an amount, a count of points (the tokenizer drops '%' and keeps digits). */
const NUMBER = any('0*', '1*', '2*', '3*', '4*', '5*', '6*', '7*', '8*', '9*');

/**
 * A message about the rule, not a breach of it: training, quizzes, reminders, news of fines, a refused or reported
 * request. Message-level: such a message does not fire a policy.
 */
export const META_TALK = any(
	// "expense it as training" disguises a gift: that "training" is not talk about the rule
	'(training NOT post/2 (as OR als OR como))', 'quiz', 'reminder', '"red flag"', 'prohibited', '"cant accept"', '"cannot accept"', '"not accept"', '"not allowed"', 'fined', '"i said no"', '"said no"', '"told him no"', '"told her no"', 'declined', '"flagged it"', '"reported it"', '"counts as"',
	'"is it ok"', '"is it ever ok"', '"is it allowed"', '"am i allowed"', '"are we allowed"', '"darf man"', '"ist es erlaubt"', '"esta permitido"', '"se permite"', '可以这样吗',
	'schulung', 'erinnerung', 'verboten', '"nicht annehmen"', '"nicht erlaubt"', 'abgelehnt', 'zuruckgegeben', 'bussgeld', '"habe ich gemeldet"', '"hab ich gemeldet"',
	'formacion', 'curso', 'recordatorio', 'prohibid*', '"no podemos aceptar"', 'normativa', 'multo', 'multa', 'multaron', 'sancion*', '"le dije que no"', '"dije que no"', '"no lo hagais"', '"no lo hagas"',
	'培训', '提醒', '禁止', '不能收', '退回去', '被罚', '处罚', '罚款', '新闻', '我拒绝', '拒绝了', '按规定', '黑名单', '白名单', '举例', '什么是'
);
/** Naming a breach: rule talk from an employee, but an accusation from a customer, so not a complaint's exception. */
export const BREACH_TALK = any('"a breach"', '"thats a breach"', 'verstoss', 'infraccion', '违规');

/** Disappearing messages: the writers' definitions count them as both off-channel and record deletion. */
const DISAPPEARING = any('disappearing', 'vanishing', 'ephemeral', '"auto delete"', '"auto-delete"', 'autodelete', 'selbstloschend*', 'verschwindend*', '"automatische loschung"', '"automatisches loschen"', '"mensajes temporales"', '"mensajes efimeros"', '"autoeliminacion"', '阅后即焚', '閱後即焚', '自动删除', '定时删除', '自動刪除');

// ---------------------------------------------------------------------------------------------- off-channel
const APPS = any('whatsapp', 'telegram', 'signal', 'wechat', 'imessage', 'threema', 'wickr', 'viber', 'line', 'qq', 'kakao*', 'snapchat');
export const OFF_CHANNEL_MORE = any(
	// "take the pricing convo to iMessage", "pásate a Signal", "Telegram 我"
	`${any('take', 'taking', 'move', 'moving', 'pasate', 'pasamos', 'pasemos', 'vamos', 'wechseln', 'wechsel')} pre/6 (${any('to', 'a', 'al', 'auf', 'zu', 'en', 'on')} pre/1 ${APPS})`,
	`${APPS} pre/1 ${any('我', '你', '他', '她', '我们')}`,
	`${any('qq', 'line', 'telegram', 'signal', 'whatsapp')} w/4 ${any('聊', '传', '傳', '发', '發', '说', '讲', '找')}`,
	// a personal address, line or number instead of the firm's
	`${any('"private line"', '"personal line"', '"personal email"', '"personal e-mail"', '"personal mail"', 'gmail', 'hotmail', 'yahoo', '"correo personal"', '"mail personal"', '"email personal"', '"private mail"', '"privaten mail"', '"privates handy"', '"private nummer"', '私人邮箱', '个人邮箱', '老婆的手机', '老公的手机', '家里电话')} w/8 ${any('al', 'to', 'escrib*', 'mand*', 'envi*', 'send', 'ruf*', 'schreib*', 'schick*', '发', '打', '联系')}`,
	`${any('ruf*', 'meld*', 'schreib*', 'erreich*', 'telefonier*')} w/5 privat`,
	`${any('llamame', 'llamame', 'llama', 'escribeme', 'mandame')} w/3 ${any('"movil mio"', '"mi movil"', '"mi celular"', 'personal', 'privado', 'particular')}`,
	// "call instead so it's not in writing"
	`${any('"por escrito"', 'schriftlich', '"in writing"')} w/6 ${any('no', 'nada', 'nunca', 'ungern', '"lieber nicht"', '"besser nicht"', 'nicht', 'not', 'never')}`,
	'别打字', '不要打字', '别发文字', '别留文字', '不要留文字',
	'电话里讲', '电话讲', '电话说', '当面讲', '见面聊', '见面说', '"lo hablamos por telefono"', '"lo hablamos x telefono"', '"mejor por telefono"', '"lieber telefonisch"', '"besser telefonisch"',
	// a monitored channel named as the reason to leave it
	`${any('监控', '抽查', '合规', '审计', 'logs', 'monitored', 'monitors', 'uberwacht', 'mitgelesen', 'monitorea*', 'lee')} w/12 ${any('私人', '个人', 'qq', 'whatsapp', 'telegram', 'signal', 'imessage', 'personal', 'privat*', 'gmail', '电报')}`,
	DISAPPEARING,
	'私人微信群', '私人群', '小群里说'
);
/** Social plans between colleagues are not business communication, and a refused move is not a move. */
export const OFF_CHANNEL_SOCIAL = any(
	'我没同意', '没同意',
	'聚餐', '游戏', '开黑', '跟工作无关', '和工作无关', '"nothing to do with work"', '"not work related"', 'birthday', 'bbq', 'drinks', 'party',
	'geburtstag', 'grillen', '"nichts mit der arbeit"', 'quedamos', 'cumple*', 'cervez*', 'fiesta', 'jubilacion', 'regalo'
);

// ------------------------------------------------------------------------------------------ record deletion
export const DELETE_NEGATION = any('not', 'dont', 'never', 'nicht', 'nie', 'kein', 'keine', 'no', 'nunca', 'nada', '不要', '别', '不', '不能', '禁止');
const RECORDS = any(
	'mail', 'mails', 'email', 'emails', 'e-mail', 'e-mails', 'nachricht*', 'chat*', 'verlauf', 'unterlagen', 'notizen', 'handnotizen', 'papiere', 'dokument*', 'laufwerk', 'papierkorb',
	'mensaje*', 'correo*', 'audio*', 'grabacion*', 'papeles', 'papelera', 'archivo*', 'documento*', 'drive', 'excel', 'spreadsheet', 'notas', 'whatsapps',
	'notes', 'recording*', '"sent items"', 'inbox', 'folder', 'texts',
	'记录', '聊天', '群', '纪要', '账本', '协议', '资料', '邮件', '录音', '截图', 'group', 'chat'
);
export const RECORD_DELETION_MORE = any(
	// every form of the verb: German participles and prefixes (gelöscht, rausgelöscht), Spanish clitics (bórralo, elimínalo)
	`(${any('losch*', 'geloscht', 'rausgeloscht', 'weggeloscht', 'entfern*', 'vernicht*', 'schredder*', 'geschreddert', 'borr*', 'elimin*', 'destru*', 'vaci*', 'delete*', 'purge*', 'wipe*', 'shred*', 'erase*', 'recall', 'unsend', '删', '清', '销毁', '碎掉', '烧了', '烧掉', '撕了')} NOT post/3 ${DELETE_NEGATION}) w/6 ${RECORDS}`,
	`${any('losch', 'losche', 'loscht', 'borralo', 'borrala', 'borralos', 'borralas', 'borrenlo', 'eliminalo', 'eliminala', 'eliminalos', 'destruyelo', 'destruyela', 'quemalo', 'tiralo', 'delete')} pre/2 ${any('das', 'es', 'alles', 'esto', 'eso', 'it', 'this', 'that', 'bitte', 'ya', 'gleich', 'sofort', 'asap', 'despues')}`,
	// an audit or review named as the reason
	`(${any('losch*', 'geloscht', 'rausgeloscht', 'weggeloscht', 'entfern*', 'vernicht*', 'schredder*', 'geschreddert', 'borr*', 'elimin*', 'destru*', 'vaci*', 'delete*', 'purge*', 'wipe*', 'shred*', '删', '清', '销毁', '碎', '烧')} NOT post/3 ${DELETE_NEGATION}) w/12 ${any('audit', 'auditors', 'compliance', 'revision', 'prufung', 'prufer', 'auditoria', 'inspeccion', 'jemand', 'anyone', 'nadie', '审计', '合规', '检查', '看到', 'review')}`,
	// not kept at all
	`${any('"nicht aufbewahren"', '"nicht archivieren"', '"nicht speichern"', '"no guardes"', '"no lo guardes"', '"no archives"', '"no quede nada"', '"dont keep"', '"don\'t keep"', '"do not keep"', '"dont save"', '"don\'t save"', '不要存档', '别存档', '不存档', '不留书面', '别留记录', '不留记录', '别留证据', '不要写下来')}`,
	`${any('"ab in den schredder"', 'schredder', 'shredder', 'trituradora', '碎纸机')}`,
	DISAPPEARING
);
/** Routine clean-up of machine data, not business records. */
export const RECORD_DELETION_ROUTINE = any('"debug logs"', '"system logs"', 'cache', 'caches', '"temp files"', '"temporary files"', '缓存', '日志');

// ------------------------------------------------------------------------------------------------ guarantee
/** Negations a certainty word must not follow ("can't guarantee", "nicht garantiert", "不保证"). */
const NEGATED = any('not', 'cant', 'cannot', 'no', 'never', 'nobody', 'nicht', 'kein', 'keine', 'keinerlei', 'nie', 'ninguna', 'ninguno', 'nunca', 'nadie', '不', '不能', '无法', '没', '没法', '不敢');
const CERTAIN = any(
	'guaranteed', 'guarantee', 'sure', 'surely', 'certain', 'certainly', 'definitely', 'promise', '"i promise"', '"no question"', '"100"', 'will', '"itll"', '"youll"', 'gonna',
	'garantiert', 'sicher', 'bestimmt', '"ganz sicher"', 'todsicher', 'bombensicher', 'versprech*', 'wird', 'werden',
	'seguro', 'segura', 'seguros', 'asegurad*', 'aseguro', 'garantizad*', 'garantizo', 'fijo', 'prometo', 'va', 'vas',
	'肯定', '一定', '绝对', '絕對', '保证', '保證', '必然', '稳'
);
export const GUARANTEE_MORE = any(
	// certainty about a doubling, a percentage or a floor
	`${any('double*', 'triple*', 'verdoppel*', 'verdreifach*', 'duplica*', '"el doble"', 'triplica*', '翻倍', '翻番', '翻一番')} w/6 (${CERTAIN} NOT post/3 ${NEGATED})`,
	`(${any('"at least"', 'minimum', 'mindestens', 'minimo', '"al menos"', '"como minimo"', '至少', '最少', '起码')} w/4 ${NUMBER}) w/8 ${any('return*', 'yield', 'earn', 'make', 'up', 'percent', 'pct', 'year', 'annual', 'coupon', 'interest', 'rendite', 'ertrag', 'jahr', 'zins*', 'prozent', 'rentabilidad', 'ganar', 'gana', 'ano', 'interes', 'anual', 'intereses', '个点', '点', '收益', '回报', '回報', '年', '年化', '利息')}`,
	`${NUMBER} w/6 (${any('"sind sicher"', '"sicher drin"', 'garantiert', 'garantizado', 'asegurado', 'guaranteed', '"locked in"')} NOT post/3 ${NEGATED})`,
	// "cannot lose", "no scenario where you lose", "kann nix schiefgehen", "no se pierde"
	`${any('lose', 'losing', 'loss', 'verlieren', 'verlust', 'schiefgehen', 'perder', 'pierde', 'pierdes', 'bajar', '亏', '赔', '虧', '賠')} post/4 ${any('cannot', 'cant', '"can not"', 'never', '"no way"', '"no scenario"', 'impossible', 'nichts', 'nix', 'nie', '"no se"', '"no puede"', '"no puedes"', 'nunca', 'imposible', '不会', '不會', '不了', '绝对不', '保证不', '保證不')}`,
	`${any('亏不了', '赔不了', '不会亏', '不会赔', '不會虧', '不會賠', '亏了算我', '赔了算我', '亏了我赔', '兜底', '闭着眼睛买', '闭眼买', '没有任何风险', '零风险', '稳赚')}`,
	`${any('verlust', 'risiko', 'riesgo', 'perdida*')} w/3 ${any('ausgeschlossen', 'unmoglich', 'null', 'imposible', 'cero', 'ninguno', '"no hay"')}`,
	// the client's money called safe
	`${any('principal', 'capital', 'money', 'kapital', 'geld', 'einlage', 'dinero', 'inversion', '本金', '资金')} w/5 ${any('safe', '"100 safe"', 'sicher', 'seguro', 'protegido', '安全', '保本')}`,
	`${any('safe', 'sicher', 'seguro')} post/2 ${any('100', 'completely', 'totally', 'absolutely', 'vollig', 'absolut', 'totalmente', 'completamente')}`,
	// returns called certain
	`(${any('rendite', 'ertrag', 'gewinn*', 'rentabilidad', 'ganancia*', 'gana', 'ganar', 'beneficio*', 'return', 'returns', 'profit*', 'coupon', 'kupon', 'cupon', '收益', '回报', '回報', '利润')} NOT pre/4 ${NEGATED}) w/3 (${any('fix', 'fest', 'sicher', 'seguro', 'segura', 'asegurad*', 'garantiz*', 'garantiert', 'guarantee*', 'certain', 'locked', '保证', '保證', '稳定', '肯定')} NOT post/3 ${NEGATED})`,
	`(${any('garantiz*', 'asegur*', 'prometo', 'promet*', 'guarantee*', 'promise*', 'garantier*', 'versprech*')} NOT post/3 ${NEGATED}) w/8 ${any('ganar', 'gana', 'ganancia*', 'rentabilidad', 'doble', 'duplica*', 'capital', 'coupon', 'cupon', 'percent', 'up', 'double', 'verdienen', 'verdoppeln', 'rendite', 'perder', 'pierde', 'lose', 'verlieren')}`,
	`${any('"a lock"', '"no brainer"', '"no-brainer"', '"cant miss"', '"can\'t miss"', '"easy money"', '"free money"', 'selbstlaufer', '"sichere sache"', '"sure thing"', '"apuesta segura"', '"dinero facil"', '包赚')}`,
	`${any('"worst case"', '"schlimmstenfalls"', '"en el peor de los casos"', '最坏')} w/8 ${any('back', 'plus', 'zuruck', 'devuelv*', 'recuper*', '回本')}`,
	`(${any('"risk-free"', '"risk free"', 'riskfree', 'risikofrei', 'risikolos', '"sin riesgo"', '"sin ningun riesgo"', '"no hay riesgo"', '"zero risk"', '"no risk"')} NOT pre/1 ${any('rate', 'rates', 'asset', 'assets', 'curve', 'zins', 'zinssatz', 'tasa', 'tipo')}) w/10 ${any('fondo', 'bono', 'producto', 'inversion', 'anlage', 'papier', 'zertifikat', 'fund', 'product', NUMBER)}`
);
/** News that is already out is not inside information. */
export const MNPI_ALREADY_PUBLIC = any('"already public"', '"already out"', '"is public"', '"now public"', '"ist raus"', 'draussen', '"seit heute"', '"ya es publico"', '"ya salio"', '"ya se anuncio"', '已经公告', '已公告', '已经公布', '已经宣布');

/** A promise reported inside a complaint or a question is the complaint or the question, not a new promise. */
export const GUARANTEE_REPORTED = any(
	'投诉', '起诉', '法院', '说没风险', '当时说', '问能不能', '能不能保', '保不保', '不保本', '不保收益', 'complain*', '"you told me"', '"asked if"', '"asked whether"', '"is it guaranteed"',
	'beschwer*', '"sie sagten"', '"hatten gesagt"', 'queja', 'reclam*', '"me dijeron"', '"me dijo"'
);

// ----------------------------------------------------------------------------------------------------- MNPI
const NOT_YET_PUBLIC = any(
	'"not public"', '"not out"', '"not out till"', '"not out until"', '"nobody knows"', '"no one knows"', '"hasnt announced"', '"hasn\'t announced"', '"havent announced"', '"nobodys announced"', '"nobody\'s announced"', '"not announced"', 'unannounced', '"before its out"', '"not yet"', 'unblinded', '"heads up"', '"between us"', '"between you and me"', '"before it comes out"',
	'"noch nicht veroffentlicht"', '"nicht veroffentlicht"', '"noch nicht raus"', '"noch nicht bekannt"', 'rauskommt', '"nicht weitersagen"', '"intern schon"', '"kommt erst"', 'ad-hoc', 'psst', '"unter uns"', '"weiss noch keiner"',
	'"no se ha comunicado"', '"no se ha anunciado"', '"no es publico"', '"aun no"', '"todavia no"', '"no ha salido"', '"entre nosotros"', '"me dijeron en"', '"no se sabe"',
	'才公告', '才披露', '才公布', '才宣布', '没公告', '未披露', '还没宣布', '提前看', '内部已经', '内部消息', '别声张', '别外传', '没人知道', '还没出'
);
const MARKET_ACTION = any(
	'sell', 'buy', 'short', 'dump', 'dumping', '"get out"', '"get in"', 'load', 'shares', 'stock', 'calls', 'puts', 'position', 'trade',
	'kauf*', 'verkauf*', 'abstossen', 'zugreifen', 'raus', 'rein', 'einsteigen', 'aktie*', 'short*',
	'compr*', 'vend*', 'entre', 'entrar', 'corto', '"ponte"', 'acciones', 'opa',
	'买', '卖', '抛', '建仓', '加仓', '清仓', '股票', '股'
);
const CORPORATE_EVENT = any(
	'earnings', 'numbers', 'results', 'guidance', 'merger', 'acquisition', 'acquire*', 'takeover', 'deal', 'trial', 'phase', 'fda', 'approval', 'covenant*', 'dividend', 'ceo', 'cfo', 'board', 'offer', 'bid',
	'ubernahme', 'fusion', 'zahlen', 'prognose', 'zulassung', 'kapitalerhohung', 'vorstand', 'dax-aufnahme', 'dividende', 'bekanntgabe', 'ankundigung',
	'fusion', 'adquisicion', 'resultados', 'dividendo', 'consejo', 'filial', 'fda', 'farmaco',
	'收购', '并购', '重组', '业绩', '财报', '季报', '审批', '公告', '披露', '宣布', 'acquire'
);
const SOON = any('tomorrow', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', '"next week"', 'morgen', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', '"nachste woche"', 'manana', 'lunes', 'martes', 'miercoles', 'jueves', 'viernes', '下周', '明天', '周一', '周五');
export const MNPI_MORE = any(
	`${NOT_YET_PUBLIC} w/20 ${MARKET_ACTION}`,
	`${NOT_YET_PUBLIC} w/20 ${CORPORATE_EVENT}`,
	`(${CORPORATE_EVENT} w/6 ${SOON}) w/20 ${any('sell', 'buy', 'short', 'dump', '"get out"', 'kauf*', 'verkauf*', 'zugreifen', 'abstossen', 'vorher', 'compr*', 'vend*', 'entre', 'entrar', 'corto', '买', '卖', '别声张', 'intern*', 'internal', 'psst', 'before')}`,
	`${any('"we\'re advising"', '"were advising"', '"we are advising"', '"wir beraten"', '"wir begleiten"', '"asesoramos"', '"estamos asesorando"', '我们在做')} w/12 ${CORPORATE_EVENT}`
);

// ---------------------------------------------------------------------------------------------------- gifts
const OFFICIALS = any(
	'official*', 'minister*', 'customs', 'procurement', 'buyer*', 'inspector*', 'dr', 'doctor*', 'client*', 'guy', 'clerk', 'regulator*',
	'amt', 'beamt*', 'sachbearbeiter*', 'einkauf*', 'arzt', 'arztin', 'chefarzt', 'oberarzt', 'hausarzt', 'chefarztin', 'oberarztin', 'behorde', 'zoll', 'kunde*',
	'ayuntamiento', 'aduana*', 'funcionari*', 'inspector*', 'doctor*', 'medico*', 'dr', 'cliente*', 'compras', 'alcaldia',
	'海关', '税务', '工商', '主任', '局长', '处长', '科长', '院长', '医生', '客户', '领导', '老总', '采购'
);
export const GIFTS_MORE = any(
	// euphemisms for a payment
	`${any('"little something"', '"a little something"', 'envelope', '"un sobre"', '"el sobre"', 'sobrecito', '"un detalle"', 'detalle', '"kleine aufmerksamkeit"', 'aufmerksamkeit', '"unter der hand"', '"under the table"', '"off the books"', '"en negro"', '"bajo cuerda"', 'schwarz', '意思意思', '表示一下', '好处')} w/12 ${OFFICIALS}`,
	`${any('slip', 'grease', 'sweeten*', 'schmier*', '塞', '打点')} w/6 ${any('something', 'cash', 'envelope', 'dinero', 'bar', 'geld', '钱', '红包', OFFICIALS)}`,
	`${any('pasale', 'pasarle', 'darle', 'dale', 'dales', 'gib', 'geben', 'give', 'hand')} w/4 ${any('"un sobre"', 'sobrecito', 'efectivo', '"in cash"', 'bargeld', 'umschlag', '红包', 'gutschein*', 'voucher*')}`,
	// a share of the business paid to a person
	`${any('back', 'cut', 'percent', 'provision', 'beteiligung', 'ruckvergutung*', 'comision', 'porcentaje', '返', '点', '提成')} w/8 ${any('cash', 'personally', 'bar', 'privat', '"nicht uber die rechnung"', 'rechnung', 'efectivo', '"en mano"', '个人', '不走公司', '私下', 'every')}`,
	'ruckvergutung*', '"kick back"', '返点', '返佣', '回扣',
	// hospitality on the firm
	`${any('"on us"', '"on the firm"', '"all on us"', '"we pay"', '"we\'ll pay"', '"wir zahlen"', '"auf firmenkosten"', '"alles bezahlt"', '"todo pagado"', '"corre de nuestra cuenta"', '"lo pagamos"', '我们出', '公司出', '全包')} w/12 ${any('trip', 'fly', 'flight*', 'hotel', 'nights', 'resort', 'seats', 'tickets', 'dinner', 'weekend', '*wochenende', 'reise', 'flug', 'hotel', 'ehefrau', 'fortbildung', 'viaje', 'vuelo*', 'cena', 'entradas', '旅游', '机票', '酒店', OFFICIALS)}`,
	`${any('courtside', '"box seats"', 'tickets', 'seats', 'trip', 'golf*', 'entradas', 'palco', 'karten', 'ipad', 'iphone', 'reise', '茅台', '购物卡', '两瓶')} w/10 ${OFFICIALS}`,
	// something of value tied to a decision, a permit or prescribing
	`${any('gutschein', 'geschenk', 'job', 'praktikum', 'ipad', 'sobre', 'regalo', 'trabajo', '赞助', '茅台', 'einladung', 'tickets')} w/12 ${any('permit', 'licence', 'license', 'contract', 'genehmigung', 'auftrag', 'licencia', 'permiso', 'contrato', 'recetando', 'receta*', 'verschreib*', 'brand', '合作', '放', '批')}`,
	`${any('"consulting agreement"', '"speaker fee"', '"beratervertrag"', '"honorar"', '"asesoria"')} w/10 ${OFFICIALS}`
);

// ------------------------------------------------------------------------------------------------ complaint
export const COMPLAINT_MORE = any(
	`${any('"my lawyer"', '"my attorney"', '"my solicitor"', '"mi abogado"', '"mein anwalt"', '"meinen anwalt"', 'anwalt', 'abogado', 'lawyer', '律师', '法院', '起诉')} w/8 ${any('call*', 'contact*', 'see', 'threat*', 'going', 'einschalten', 'droht', 'drohen', 'nehmen', 'ver', 'va', 'voy', 'amenaza', '找', '去', '告', 'or', 'will', 'wegen')}`,
	`${any('"who authorised"', '"who authorized"', '"never agreed"', '"never asked"', '"without consent"', '"without my consent"', '"nie autorisiert"', '"nicht autorisiert"', '"ohne zustimmung"', '"sin consentimiento"', '"nunca autorice"', '"nunca pedi"', '没经过我', '没让你', 'unauthori?ed')}`,
	// "我没同意" is a complaint when something was done anyway, a refusal when it stands alone
	`我没同意 w/8 ${any('就', '买', '卖', '操作', '扣', '转', '你们')}`,
	`${any('mis-sold', 'missold', 'mis-selling', 'misselling', 'falschberatung', '"venta abusiva"', '"comisiones ocultas"', '"hidden fees"', '"versteckte gebuhren"', 'angedreht', 'betrug', 'fraud', 'estafa', '骗', '误导销售')}`,
	`${any('disgraceful', 'unacceptable', 'outrageous', 'unzumutbar', 'unverschamt', 'inaceptable', 'vergonzoso', '太过分', '打不通', '欺负人')}`,
	`${any('unzufrieden', 'harto', 'harta', 'furious', 'furioso', 'furiosa', 'angry', 'wutend', '不满', '很生气')} w/8 ${any('your', 'you', 'ihr*', 'ihnen', 'beratung', 'bank', 'service', 'sus', 'su', 'ustedes', 'comision*', 'banco', 'servicio', 'fund', 'fees', 'fondo', '你们', '银行', '公司')}`,
	`${any('compensation', 'refund', 'entschadigung', 'erstattung', 'schadenersatz', 'compensacion', 'indemnizacion', 'devolucion', 'reembolso', '退回来', '退钱', '赔偿', '退给我')} w/8 ${any('expect', 'demand', 'want*', 'erwarte', 'fordere', 'verlange', 'exijo', 'quiero', 'quiere', 'esperando', '给我', '要求', '马上')}`,
	`${any('regulator', 'ombudsman', 'finra', 'fca', 'press', 'bafin', 'schlichtungsstelle', 'verbraucherzentrale', 'presse', 'cnmv', 'consumo', 'prensa', '"banco de espana"', '监管', '证监会', '消协', '媒体', '12315')} w/6 ${any('go', 'going', 'report*', 'contact', 'write', 'complain', 'reclam*', 'ir', 'voy', 'acudir', 'amenaza', 'wende', 'wenden', 'einschalten', 'schalte', 'melden', '找', '去', '要去', '举报')}`,
	`${any('charged', 'billed', 'berechnet', 'cobraron', 'cobrado', '扣了', '被扣')} w/10 ${any('never', 'without', 'nie', 'ohne', 'nunca', 'sin', '没人通知', '没通知', '莫名其妙')}`,
	`(reporting OR report) pre/2 (your OR you)`
);
/** Talk about complaints as a process or a statistic. */
export const COMPLAINT_PROCESS = any('投诉处理', '处理流程', '投诉数据', '哪个系统', '投诉率', 'stats', 'statistics', 'statistik', 'estadisticas', '"annual report"', '"complaints data"', 'published');
