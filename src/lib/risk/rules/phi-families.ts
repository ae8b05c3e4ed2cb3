import { holdsHan, type TermMatch } from './context';

/**
 * Health facts found by the shape of their words, not by a list of phrasings: condition families by their medical
 * stems and suffixes in English, German and Spanish (-itis, carcinoma…, -ämie/-emia, -pathy/-pathie/-patía,
 * -ectomy/-ektomie/-ectomía, -erkrankung, -krebs, Angst-/Ess-störung), any Chinese X癌 / X炎 / X症, and a hospital
 * stay or a treatment as an event (hospitalised, in intensive care, ingresado, 住院, 病假). Each match is a term for
 * phi.condition, which still needs a person or clinical wording nearby to report it.
 */
/** One word shaped like a condition: its stem or suffix (tested on whole words only, so each test is short). */
const CONDITION_WORD = new RegExp(
	'^(?:' +
		[
			// inflammation: arthritis, Bronchitis, apendicitis (longer than "itis" alone)
			String.raw`\p{L}{3,}itis`,
			// tumours by tissue: carcinoma, Karzinom, linfoma
			String.raw`\p{L}*(?:carcinom|karzinom|lymphom|linfom|melanom|sarcom|sarkom|myelom|mielom|gliom|blastom|adenom|meningiom|mesotheliom|mesoteliom)(?:a|as|e|en|s)?`,
			// blood conditions: anaemia, leukemia, Anämie, anemia (not academia, bohemia)
			String.raw`(?!academia|bohemia)\p{L}*(?:aemia|emia|ämie|ämien)`,
			// -osis / -ose of an organ: fibrosis, Zirrhose, escoliosis, Thrombose, Psychose
			String.raw`\p{L}*(?:fibros|cirrhos|zirrhos|scleros|sklerose|esclerosis|osteoporos|endometrios|thrombos|trombosis|stenos|scolios|skoliose|escoliosis|arthros|artrosis|psychos|psicosis|neuros|tuberkulose|tuberculosis)(?:is|e|en)?`,
			// diseases of nerves, heart, eyes: neuropathy, Kardiomyopathie, retinopatía
			String.raw`\p{L}+(?:pathy|pathie|pathien|patía|patia)`,
			// removals: mastectomy, Hysterektomie, apendicectomía
			String.raw`\p{L}+(?:ectomy|ectomies|ektomie|ectomía|ectomia)`,
			// German compounds: Herzerkrankung, Hautkrebs, Angststörung, Herzinsuffizienz
			String.raw`\p{L}*erkrankung(?:en)?`,
			String.raw`\p{L}+krebs`,
			String.raw`(?:angst|ess|schlaf|panik|zwangs|persönlichkeits|belastungs)störung(?:en)?`,
			String.raw`\p{L}*insuffizienz`,
			// drugs by their class stem: amlodipine, ramipril, losartan, bisoprolol, simvastatin, omeprazol, L-Thyroxin
			String.raw`\p{L}{3,}(?:dipin|dipine|dipino|pril|olol|statin|statina|prazol|prazole|thyroxin|thyroxine|tiroxina)`,
			String.raw`\p{L}{2,}(?:sartan|sartán)`,
			// a stay as one word
			'hospitali[sz]ed',
			'hospitali[sz]ation',
			'ICU',
			'intensivstation',
			'krankenschein',
			'ingresad[oa]s?',
			'hospitalizad[oa]s?',
			'UCI'
		].join('|') +
		')$',
	'iu'
);
/** A cheap first test: some word of the message holds one of the stems or event words. */
const STEM_ANYWHERE =
	/itis|carcinom|karzinom|lymphom|linfom|melanom|sarcom|sarkom|myelom|mielom|gliom|blastom|adenom|meningiom|mesoteliom|mesotheliom|emia|ämie|fibros|cirrhos|zirrhos|scler|sklero|escler|osteopor|endometrios|thrombos|trombos|stenos|scolios|skolios|escolios|arthros|artros|psychos|psicos|neuros|tuberkul|tubercul|path|patía|patia|ectom|ektom|erkrankung|krebs|störung|insuffizienz|hospit|icu|uci|intensiv|krankenschein|ingresad|dialysis|chemo|sick leave|krankenhaus|baja m|dipin|pril|sartan|sartán|olol|statin|prazol|thyrox|tiroxina/i;
/** A stay or a treatment as several words. */
const EVENT_PHRASE =
	/\b(?:in (?:the )?hospital|(?:admitted|rushed) to (?:the )?(?:hospital|a&e|er|icu)|intensive care|on dialysis|on chemo|sick leave|im krankenhaus|en el hospital|de baja médica)\b/giu;
const WORD = /[\p{L}\p{N}]+/gu;
const HAN_FAMILIES =
	/\p{Script=Han}{1,2}癌|\p{Script=Han}{1,2}(?<![发])炎(?![热夏炎])|\p{Script=Han}{1,2}症(?![状下])|住院|出院|住进|重症监护|急诊|病危|复查|化验|病假|开刀|动手术/gu;
/** Words that end like a condition but are not one. */
const NOT_CONDITIONS = new Set([
	'senioritis',
	'empathy',
	'sympathy',
	'apathy',
	'telepathy',
	'antipathy',
	'empathie',
	'sympathie',
	'apathie',
	'telepathie',
	'antipathie',
	'empatía',
	'simpatía',
	'apatía',
	'telepatía',
	'antipatía'
]);

/** The condition families and health events in a text, as whole words (Latin) or anywhere (Chinese). */
export function findConditionFamilies(text: string): TermMatch[] {
	const out: TermMatch[] = [];
	if (STEM_ANYWHERE.test(text)) {
		for (const m of text.matchAll(WORD)) {
			if (m[0].length < 3 || !CONDITION_WORD.test(m[0]) || NOT_CONDITIONS.has(m[0].toLowerCase())) continue;
			out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
		}
		for (const m of text.matchAll(EVENT_PHRASE)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
	}
	if (holdsHan(text)) for (const m of text.matchAll(HAN_FAMILIES)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
	return out;
}
