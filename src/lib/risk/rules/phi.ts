import type { RiskHit, RiskRule } from '../types';
import { deaValid, nhsValid, npiValid } from '../validators/health-ids';
import { CONTEXT_BOOST, contextRegex, contextWord, makeHit, termFinder, type TermMatch } from './context';
import { findConditionFamilies } from './phi-families';

/** Diagnoses, conditions and medications that are unambiguous in a chat (en, zh, de, es). */
const TERMS = [
	'diabetes',
	'type 2 diabetes',
	'cancer',
	'breast cancer',
	'lung cancer',
	'leukemia',
	'leukaemia',
	'lymphoma',
	'tumor',
	'tumour',
	'HIV',
	'HIV positive',
	'hepatitis',
	'tuberculosis',
	'schizophrenia',
	'bipolar',
	'bipolar disorder',
	'PTSD',
	'ADHD',
	'epilepsy',
	'seizures',
	'seizure',
	'dementia',
	"Alzheimer's",
	'Alzheimers',
	'Alzheimer',
	'bypass surgery',
	'heart bypass',
	"Parkinson's",
	'multiple sclerosis',
	'asthma',
	'COPD',
	'hypertension',
	'chemotherapy',
	'chemo',
	'radiotherapy',
	'dialysis',
	'miscarriage',
	'pregnant',
	'overdose',
	'anorexia',
	'eating disorder',
	'insulin',
	'metformin',
	'lisinopril',
	'atorvastatin',
	'sertraline',
	'fluoxetine',
	'Prozac',
	'Zoloft',
	'Xanax',
	'alprazolam',
	'oxycodone',
	'methadone',
	'Adderall',
	'warfarin',
	'antidepressants',
	'antidepressant',
	'antiretrovirals',
	'Ozempic',
	'糖尿病',
	'癌症',
	'肺癌',
	'乳腺癌',
	'胃癌',
	'肝癌',
	'白血病',
	'淋巴瘤',
	'肿瘤',
	'艾滋病',
	'乙肝',
	'肝炎',
	'结核',
	'抑郁症',
	'焦虑症',
	'双相情感障碍',
	'精神分裂',
	'癫痫',
	'痴呆',
	'阿尔茨海默',
	'帕金森',
	'哮喘',
	'中风',
	'心脏病',
	'高血压',
	'化疗',
	'放疗',
	'透析',
	'心脏搭桥',
	'搭桥手术',
	'怀孕',
	'流产',
	'胰岛素',
	'二甲双胍',
	'抗抑郁药',
	'Diabetes',
	'Brustkrebs',
	'Lungenkrebs',
	'Darmkrebs',
	'Leukämie',
	'Schizophrenie',
	'Epilepsie',
	'Demenz',
	'Asthma',
	'Schlaganfall',
	'Herzinfarkt',
	'Bluthochdruck',
	'Chemotherapie',
	'Chemo',
	'Dialyse',
	'schwanger',
	'Fehlgeburt',
	'Insulin',
	'Antidepressiva',
	'HIV-positiv',
	'Tumor',
	'cáncer',
	'cancer de mama',
	'leucemia',
	'esquizofrenia',
	'epilepsia',
	'demencia',
	'asma',
	'derrame cerebral',
	'infarto',
	'hipertensión',
	'quimioterapia',
	'quimio',
	'diálisis',
	'embarazada',
	'aborto espontáneo',
	'insulina',
	'antidepresivos',
	'VIH',
	'tumor',
	// procedures, results, developmental and mental-health conditions, fertility, named drugs (second layer)
	'biopsy',
	'autism',
	'autistic',
	'IVF',
	'burnout',
	'slipped disc',
	'herniated disc',
	'knee surgery',
	'hip replacement',
	'MRI',
	'mammogram',
	'allergy',
	'penicillin allergy',
	'clarithromycin',
	'amoxicillin',
	'ramipril',
	'terminal cancer',
	'covid positive',
	'tested positive',
	'positive for covid',
	'panic attacks',
	'rehab',
	'concussion',
	'fracture',
	'活检',
	'自闭症',
	'孤独症',
	'试管',
	'试管婴儿',
	'椎间盘突出',
	'骨折',
	'手术',
	'过敏',
	'核磁',
	'新冠阳性',
	'阳了',
	'血糖',
	'血压',
	'康复',
	'多动症',
	'产检',
	'孕',
	'Biopsie',
	'Autismus',
	'ADHS',
	'Burnout',
	'Bandscheibenvorfall',
	'Knie-OP',
	'Reha',
	'Allergie',
	'MRT',
	'Mammographie',
	'Corona-positiv',
	'krankgeschrieben',
	'Befund',
	'Krebsdiagnose',
	'biopsia',
	'autismo',
	'TDAH',
	'FIV',
	'hernia discal',
	'operan',
	'alergia',
	'resonancia',
	'mamografía',
	'sertralina',
	'metformina',
	'creatinina',
	'Sintrom',
	'rehabilitación',
	'baja médica',
	'urgencias',
	// examinations, their results and trial safety events, every language (third layer)
	'endoscopy',
	'gastroscopy',
	'colonoscopy',
	'H. pylori',
	'adverse event',
	'serious adverse event',
	'liver enzymes',
	'胃镜',
	'肠镜',
	'内镜',
	'幽门螺杆菌',
	'阳性',
	'肝酶',
	'转氨酶',
	'不良事件',
	'病理',
	'Magenspiegelung',
	'Darmspiegelung',
	'Endoskopie',
	'Leberwerte',
	'Nebenwirkung',
	'endoscopia',
	'gastroscopia',
	'colonoscopia',
	'transaminasas',
	'efecto adverso',
	// families the blind batches showed missing, in all four languages: neurological and cardiac conditions and
	// their procedures, psychiatric stays, disability, and chronic-condition drugs by brand and generic name
	'Parkinson',
	"Parkinson's",
	'Morbus Parkinson',
	'párkinson',
	'帕金森',
	'epilepsy',
	'epileptic',
	'epilepsia',
	'Krampfanfälle',
	'Krampfanfall',
	'convulsiones',
	'癫痫',
	'dementia',
	'demencia',
	'痴呆',
	'heart attack',
	'myocardial infarction',
	'Herzinfarkt',
	'infarto',
	'心梗',
	'心肌梗死',
	'心肌梗塞',
	'脑梗',
	'脑溢血',
	'中风',
	'Schlaganfall',
	'ictus',
	'psych ward',
	'psychiatric ward',
	'psychiatric clinic',
	'Psychiatrie',
	'psychiatrischen Klinik',
	'psiquiátrico',
	'psiquiatría',
	'精神病院',
	'精神科',
	'schwerbehindert',
	'Schwerbehinderung',
	'Rollstuhl',
	'wheelchair',
	'silla de ruedas',
	'轮椅',
	'残疾',
	'discapacidad',
	'antidepressants',
	'Antidepressiva',
	'抗抑郁药',
	'antipsychotics',
	'Neuroleptika',
	'keppra',
	'levetiracetam',
	'lamotrigine',
	'Lamotrigin',
	'valproate',
	'depakote',
	'sertraline',
	'zoloft',
	'prozac',
	'fluoxetine',
	'citalopram',
	'escitalopram',
	'lexapro',
	'seroquel',
	'quetiapine',
	'olanzapine',
	'risperidone',
	'ozempic',
	'semaglutide',
	'truvada',
	'methadone',
	'Methadon',
	'metadona',
	'suboxone',
	'warfarin',
	'eliquis',
	'xarelto',
	'humira',
	'adderall',
	'ritalin',
	// treatments and measurements by what they are: chronic-condition drugs named by their class, limb loss and
	// prostheses, and the lab and vital values a chart records, in every language
	'aspirin',
	'Aspirin',
	'aspirina',
	'阿司匹林',
	'降压药',
	'降糖药',
	'降脂药',
	'安眠药',
	'止痛药',
	'靶向药',
	'抗生素',
	'blood thinners',
	'Blutverdünner',
	'anticoagulantes',
	'amputation',
	'amputated',
	'prosthetic leg',
	'Amputation',
	'amputiert',
	'amputación',
	'amputaron',
	'截肢',
	'假肢',
	'blood pressure',
	'cholesterol',
	'Cholesterin',
	'colesterol',
	'胆固醇',
	'血脂',
	'TSH',
	'HbA1c',
	'Laborwerte',
	'Blutwerte',
	'Blutdruck',
	'presión arterial',
	'tensión arterial',
	'bloods',
	'blood test',
	'blood results',
	'Blutbild',
	'análisis de sangre',
	'验血',
	'血检'
];
/** Terms with an everyday second meaning (the market's depression, a crab): they need clinical wording, not just a person. */
const AMBIGUOUS_TERMS = [
	// "gave me a heart attack" is a figure of speech; a stent or a 支架 (also a bracket) is a product too
	'heart attack',
	'stent',
	'stents',
	'支架',
	'Operation',
	'operación',
	'surgery',
	'depression',
	'anxiety',
	'stroke',
	'lithium',
	'Depression',
	'Depressionen',
	'Krebs',
	'Angststörung',
	'depresión',
	'ansiedad',
	'抑郁',
	'焦虑'
];

const findTerms = termFinder([...TERMS, ...AMBIGUOUS_TERMS]);
const AMBIGUOUS = new Set(AMBIGUOUS_TERMS.map((t) => t.toLowerCase()));
const UNAMBIGUOUS = new Set(TERMS.map((t) => t.toLowerCase()));
const PERSON = contextRegex([
	'my',
	'his',
	'her',
	'he',
	'she',
	"he's",
	"she's",
	'him',
	'patient',
	'wife',
	'husband',
	'mother',
	'father',
	'mom',
	'mum',
	'dad',
	'son',
	'daughter',
	'brother',
	'sister',
	'grandma',
	'grandpa',
	'colleague',
	'I',
	"I'm",
	'I’m',
	'I have',
	'我',
	'他',
	'她',
	'我妈',
	'我爸',
	'老婆',
	'老公',
	'妈妈',
	'爸爸',
	'儿子',
	'女儿',
	'病人',
	'患者',
	'客户',
	'同事',
	'mein',
	'meine',
	'meiner',
	'sein',
	'seine',
	'ihr',
	'ihre',
	'er',
	'sie',
	'ich',
	'Patient',
	'Patientin',
	'Mutter',
	'Vater',
	'Frau',
	'Mann',
	'Tochter',
	'Sohn',
	'Kollege',
	'Kollegin',
	'mi',
	'mis',
	'su',
	'él',
	'ella',
	'yo',
	'paciente',
	'madre',
	'padre',
	'mamá',
	'papá',
	'esposa',
	'marido',
	'hijo',
	'hija',
	'compañero',
	'compañera',
	// titles and first-person verb forms: a named or speaking person (second layer)
	'Mr',
	'Mrs',
	'Ms',
	'pt',
	'Herr',
	'Pat',
	'Sr',
	'Sra',
	'señor',
	'señora',
	'Don',
	'Doña',
	"I've",
	'bin',
	'hab',
	'habe',
	'hatte',
	'estoy',
	'tengo',
	'me operan',
	'CEO',
	'CFO',
	'boss',
	'Chef',
	'jefe',
	'床',
	'小',
	'老',
	'儿子',
	'女儿',
	'我儿子',
	'我女儿',
	'他的',
	'她的',
	// a trial subject is an identifiable person in the sponsor's records
	'subject',
	'participant',
	'Proband',
	'Probandin',
	'sujeto',
	'participante',
	'受试者',
	'入组患者',
	// people in an insurer's or a bank's files, and how each language marks a person without a pronoun
	'applicant',
	'insured',
	'policyholder',
	'claimant',
	'client',
	'customer',
	'employee',
	'Kunde',
	'Kundin',
	'Versicherte',
	'Versicherter',
	'Versicherungsnehmer',
	'Antragsteller',
	'Antragstellerin',
	'Mitarbeiter',
	'Mitarbeiterin',
	'asegurado',
	'asegurada',
	'solicitante',
	'cliente',
	'empleado',
	'empleada',
	'le',
	'les',
	'投保人',
	'被保险人',
	'申请人',
	'员工',
	'先生',
	'女士',
	'太太',
	'某',
	// Chinese kin and courtesy names for a person (刘阿姨, 王叔叔, 张大爷)
	'阿姨',
	'叔叔',
	'大爷',
	'奶奶',
	'爷爷',
	'姥姥',
	'外婆',
	'大姐',
	'大哥'
]);

/** Capitalised words that open sentences or name things, not people: "The new hire is", "Everything is". */
const NOT_NAMES = new Set(
	'the this that these those it there here what everything nothing everyone nobody someone today tomorrow market price stock fund company team office news report article study research cancer das der die es dies alles nichts niemand heute morgen markt esto eso todo nada nadie hoy mañana mercado el la los las un una'.split(
		' '
	)
);
/** A person named by a given name: "Lena ist", "Ben uses", "Carmen está", "a Jorge lo", "von Jonas Bauer", "Dan Whitfield's". */
const NAMED_PERSON =
	/(?:^|[^\p{L}])(?:a\s)?(\p{Lu}\p{Ll}+)(?:[ -]\p{Lu}\p{Ll}+)?(?:(?:'s|’s)|\s(?:is|was|has|had|uses|used|got|ist|war|hat|hatte|wurde|sind|bekommt|nimmt|está|estaba|tiene|tenía|fue|lo|la|le|toma|usa))(?=[\s,:])|(?:^|[^\p{L}])(?:of|von|vom|de|del)\s(\p{Lu}\p{Ll}+)(?=\s\p{Lu}\p{Ll}+)/gu;

/** "die Blutwerte von Petra Lang", "el colesterol de Ramón Gil": the term, then whose it is. */
const OWNER_AFTER = /^\s(?:of|von|vom|de|del)\s(\p{Lu}\p{Ll}+)\s\p{Lu}\p{Ll}+/u;

/** The given name standing before a health term in the same sentence (or owning it right after), or null. */
function namedPerson(text: string, start: number, end: number): string | null {
	const owner = OWNER_AFTER.exec(text.slice(end, end + 40));
	if (owner && !NOT_NAMES.has(owner[1].toLowerCase())) return owner[1];
	const before = text.slice(Math.max(0, start - 60), start);
	const sentence = before.slice(Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! ')) + 1);
	for (const m of sentence.matchAll(NAMED_PERSON)) {
		const name = m[1] ?? m[2];
		if (!NOT_NAMES.has(name.toLowerCase())) return name;
	}
	return null;
}
/** A company, a product pipeline or a purchase, not a person's health: "our company's diabetes drug", "the hospital bought insulin pumps". */
const ORGANISATION = contextRegex([
	'company',
	'competitor',
	'launched',
	'launches',
	'Konkurrenzprodukt',
	'Hersteller',
	'competidor',
	'fabricante',
	'竞品',
	'厂家',
	'our company',
	'our firm',
	'pipeline',
	'drug launch',
	'enrolment',
	'enrollment',
	'purchased',
	'purchase order',
	'invoice',
	'bought',
	'units',
	'unser Unternehmen',
	'unsere Firma',
	'Rechnung',
	'bestellt',
	'Bestellung',
	'Stück',
	'nuestra empresa',
	'compró',
	'compramos',
	'factura',
	'pedido',
	'unidades',
	'我们公司',
	'公司的',
	'新药',
	'药企',
	'入组完成',
	'采购',
	'发票',
	'订单',
	// a cause, a charity or research, not a person's health
	'foundation',
	'charity',
	'fundraiser',
	'awareness',
	'Stiftung',
	'Spendenlauf',
	'fundación',
	'benéfica',
	'基金会',
	'慈善',
	'公益'
]);
/** "that call gave me a heart attack", "casi me da un infarto", "ich krieg noch einen Herzinfarkt": a figure of speech. */
const FIGURATIVE_BEFORE =
	/(?:(?:give|gives|gave|giving|gonna give) (?:me|us|you) an?|me (?:da|dio|va a dar|van a dar)(?: un)?|kriege?(?: ich)?(?: noch)? (?:einen|nen)|气得我|吓得我)\s*$/i;

/** The term denied right after it: "an MRI I never had", "nunca tuve". */
const DENIED_AFTER =
	/^[^.!?。！？]{0,24}?(?:never had|never got|didn't have|did not have|nie gehabt|nie bekommen|nunca tuve|nunca me hicieron|没做过|没有做过|从没做过|没得过)/i;
const CLINICAL = contextRegex([
	'diagnosed',
	'diagnosis',
	'prescribed',
	'prescription',
	'treatment',
	'treated',
	'therapy',
	'dose',
	'mg',
	'hospital',
	'hospitalised',
	'hospitalized',
	'admitted',
	'doctor',
	'oncologist',
	'psychiatrist',
	'clinic',
	'ward',
	'suffers',
	'suffering',
	'medication',
	'meds',
	'symptoms',
	'relapse',
	'tested positive',
	'诊断',
	'确诊',
	'患有',
	'服用',
	'治疗',
	'住院',
	'医院',
	'医生',
	'吃药',
	'复发',
	'病情',
	'处方',
	'diagnostiziert',
	'Diagnose',
	'verschrieben',
	'Behandlung',
	'Therapie',
	'Krankenhaus',
	'Klinik',
	'Arzt',
	'Ärztin',
	'leidet',
	'Medikament',
	'Medikamente',
	'eingeliefert',
	'diagnosticado',
	'diagnosticada',
	'diagnóstico',
	'recetado',
	'receta',
	'tratamiento',
	'hospital',
	'ingresado',
	'ingresada',
	'médico',
	'médica',
	'sufre',
	'medicación',
	'pastillas',
	'surgery',
	'consult',
	'onc',
	'results',
	'came back',
	'positive',
	'started',
	'allergy',
	'off for',
	'sick leave',
	'biopsy',
	'ward',
	'bd',
	'tds',
	'od',
	'化验',
	'检查',
	'结果',
	'复查',
	'单位',
	'病历号',
	'康复',
	'休息',
	'做完',
	'krankgeschrieben',
	'Befund',
	'Reha',
	'begonnen',
	'Dosis',
	'Station',
	'OP',
	'positiv',
	'de baja',
	'baja',
	'urgencias',
	'dosis',
	'consulta',
	'ajustar',
	'clínica',
	'operan',
	'resultado',
	'positivo',
	'cardiologist',
	'neurologist',
	'surgeon',
	'Kardiologe',
	'Neurologe',
	'Chirurg',
	'cardiólogo',
	'neurólogo',
	'cirujano',
	// every form of the clinical verbs, and chart shorthand
	'diagnosticaron',
	'diagnosticó',
	'detectaron',
	'le detectaron',
	'tomó',
	'toma',
	'tomaba',
	'tomando',
	'informe',
	'hx',
	'h/o',
	'history of',
	'on meds',
	'liegt',
	'lag',
	'eingewiesen',
	'stationär',
	'Akte',
	'sitzt im',
	'装了',
	'做了',
	'阳性',
	'住院了',
	'核保',
	'underwriting',
	'internaron',
	'internado',
	'internada',
	'ingresaron',
	'hospitalizaron',
	'eingeliefert worden',
	'送进医院'
]);
/** A drug dose (50mg, 500 mg, 12 单位, 5 IE): what a prescription or a chart note looks like. */
const DOSE = /\d+(?:[.,]\d+)?\s?(?:mg|mcg|µg|ml|IE|UI|IU|units|单位)(?![A-Za-z])/i;

const conditionMeta = {
	id: 'phi.condition',
	category: 'phi',
	severity: 'high',
	description: 'A diagnosis, condition or medication said about a person.'
} as const;

/** The listed terms, then the condition families (phi-families.ts) that no listed term overlaps. */
function termsAndFamilies(text: string): TermMatch[] {
	const terms = findTerms(text);
	const families = findConditionFamilies(text).filter((f) => !terms.some((t) => t.start < f.end && f.start < t.end));
	return families.length ? [...terms, ...families].sort((a, b) => a.start - b.start) : terms;
}

/**
 * Scores: a term about a person (my, his, 我妈, seine…) 0.7; with clinical wording (diagnosed, 确诊, verschrieben…) 0.8;
 * both 0.9. A term alone (cancer research, a diabetes drug launch) 0.3, below the report threshold.
 * Ambiguous terms (depression, Krebs) need clinical wording.
 */
export const phiConditionRule: RiskRule = {
	...conditionMeta,
	scan(text) {
		const hits: RiskHit[] = [];
		for (const m of termsAndFamilies(text)) {
			const { start, end } = m;
			const term = m.text.toLowerCase();
			const ambiguous = AMBIGUOUS.has(term) && !UNAMBIGUOUS.has(term);
			const person = contextWord(text, start, end, PERSON, 50, 30) ?? namedPerson(text, start, end);
			const clinical = contextWord(text, start, end, CLINICAL, 60, 40) ?? DOSE.exec(text.slice(Math.max(0, start - 60), end + 40))?.[0] ?? null;
			let score = 0.3;
			let why = `health term '${m.text}'`;
			if (clinical && person) [score, why] = [0.9, `${why} with '${person}' and '${clinical}' nearby`];
			else if (clinical) [score, why] = [0.8, `${why} with '${clinical}' nearby`];
			else if (person && !ambiguous) [score, why] = [0.7, `${why} about a person ('${person}')`];
			else why = `${why} with no person or clinical wording nearby`;
			const organisation = score > 0.3 && !(person && clinical) ? contextWord(text, start, end, ORGANISATION, 50, 50) : null;
			if (organisation) [score, why] = [0.3, `${why}; but '${organisation}' nearby: a company or a purchase, not a person's health`];
			const figurative = score > 0.3 ? FIGURATIVE_BEFORE.exec(text.slice(Math.max(0, start - 24), start)) : null;
			if (figurative) [score, why] = [0.3, `${why}; but '${figurative[0].trim()} ${m.text}' is a figure of speech`];
			const denied = score > 0.3 ? DENIED_AFTER.exec(text.slice(end)) : null;
			if (denied) [score, why] = [0.3, `${why}; but denied right after ('${denied[0].trim()}')`];
			hits.push(makeHit(conditionMeta, start, end, score, why));
		}
		return hits;
	}
};

const MRN =
	/(?<![A-Za-z\u00C0-\u024F])(?:MRN|medical record(?: number| no\.?| #)?|patient (?:ID|number|no\.?)|hospital number|病历号|病案号|住院号|Patientennummer|Fallnummer|historia clínica|número de historia|nº de historia)\s*(?:is|es|ist|是|为)?\s*[:#：]?\s*([A-Z]{0,3}-?\d{5,10})(?![A-Za-z0-9])/giu;
const MRN_KEYWORDS = /mrn|record|patient|hospital|病历|病案|住院|fallnummer|historia/i;
const mrnMeta = {
	id: 'phi.mrn',
	category: 'phi',
	severity: 'high',
	description: 'A medical record number introduced as such (MRN, 病历号, Patientennummer, historia clínica).'
} as const;

/** No checksum exists (numbers are per hospital): the label right before the number is what makes it one. Score 0.85. */
export const phiMrnRule: RiskRule = {
	...mrnMeta,
	scan(text) {
		if (!MRN_KEYWORDS.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(MRN)) {
			const start = m.index + m[0].length - m[1].length;
			hits.push(
				makeHit(mrnMeta, start, start + m[1].length, 0.85, `number labelled as a medical record number ('${m[0].slice(0, m[0].length - m[1].length).trim()}')`)
			);
		}
		return hits;
	}
};

const NPI = /(?<![\d-])[12]\d{3}([ -]?)\d{3}\1\d{3}(?![\d-])/g;
const NPI_CONTEXT = contextRegex(['NPI', 'national provider', 'provider', 'provider ID', 'prescriber', 'taxonomy']);
const npiMeta = {
	id: 'phi.npi',
	category: 'phi',
	severity: 'medium',
	description: 'A US National Provider Identifier (Luhn over 80840 + NPI), next to NPI/provider.'
} as const;

/** Scores: check passes 0.35 alone (ten digits are often a phone); NPI or provider nearby adds 0.55. */
export const phiNpiRule: RiskRule = {
	...npiMeta,
	scan(text) {
		if (!/\d{3}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(NPI)) {
			if (!npiValid(m[0].replace(/\D/g, ''))) continue;
			const word = contextWord(text, m.index, m.index + m[0].length, NPI_CONTEXT, 40, 10);
			hits.push(
				makeHit(
					npiMeta,
					m.index,
					m.index + m[0].length,
					word ? 0.9 : 0.35,
					`ten digits passing the NPI check (Luhn over 80840 + number)${word ? `; '${word}' nearby` : ''}`
				)
			);
		}
		return hits;
	}
};

const DEA = /(?<![A-Za-z0-9])[A-Z][A-Z9]\d{7}(?![A-Za-z0-9])/g;
const DEA_CONTEXT = contextRegex(['DEA', 'DEA number', 'DEA no', 'DEA registration', 'prescriber', 'controlled substance', 'Schedule II']);
const deaMeta = { id: 'phi.dea', category: 'phi', severity: 'medium', description: 'A DEA registration number (checksum), next to DEA/prescriber.' } as const;

/** Scores: checksum passes 0.45 alone (one random code in ten passes); DEA or prescriber nearby adds 0.35. */
export const phiDeaRule: RiskRule = {
	...deaMeta,
	scan(text) {
		if (!/[A-Z][A-Z9]\d{7}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(DEA)) {
			if (!deaValid(m[0])) continue;
			const word = contextWord(text, m.index, m.index + m[0].length, DEA_CONTEXT);
			hits.push(
				makeHit(
					deaMeta,
					m.index,
					m.index + m[0].length,
					0.45 + (word ? CONTEXT_BOOST + 0.1 : 0),
					`DEA number shape passing its checksum${word ? `; '${word}' nearby` : ''}`
				)
			);
		}
		return hits;
	}
};

const NHS = /(?<![\d-])\d{3}([ -]?)\d{3}\1\d{4}(?![\d-])/g;
const NHS_CONTEXT = contextRegex(['NHS', 'NHS number', 'NHS no', 'national health service', 'health service', 'GP', 'CHI']);
const nhsMeta = { id: 'phi.nhs', category: 'phi', severity: 'high', description: 'A UK NHS number (mod 11), next to NHS.' } as const;

/** Scores: mod 11 passes 0.3 alone (ten digits are often a phone); NHS nearby makes it 0.9. */
export const phiNhsRule: RiskRule = {
	...nhsMeta,
	scan(text) {
		if (!/\d{3}/.test(text)) return [];
		const hits: RiskHit[] = [];
		for (const m of text.matchAll(NHS)) {
			if (!nhsValid(m[0])) continue;
			const word = contextWord(text, m.index, m.index + m[0].length, NHS_CONTEXT, 40, 10);
			hits.push(
				makeHit(nhsMeta, m.index, m.index + m[0].length, word ? 0.9 : 0.3, `ten digits passing the NHS mod-11 check${word ? `; '${word}' nearby` : ''}`)
			);
		}
		return hits;
	}
};
