import type { CountryCode } from 'libphonenumber-js/max';

/**
 * Which countries a national number (no + or 00) is most likely from, best first, and why: place names and
 * country words in the message first, then the message's script and language, then a fixed list covering the
 * countries Parley's users trade with. The caller takes the first country whose numbering plan accepts the digits.
 */
export interface CountryGuess {
	countries: CountryCode[];
	/** How many countries at the head of `countries` come from the message itself (place names, language). */
	preferred: number;
	/** Countries the message names, and the first country of its language: a number malformed for one of these is malformed, not foreign. */
	pointed: CountryCode[];
	/** Why the first countries were tried first, for the hit's explanation. */
	because: string;
}

const PLACES: [RegExp, CountryCode[], string][] = [
	[/\b(?:UK|U\.K\.|Britain|British|England|London|Manchester|Edinburgh|Glasgow|Großbritannien|Reino Unido|Londres|英国|伦敦)\b/iu, ['GB'], 'a UK place name'],
	[/\b(?:Ireland|Irish|Dublin|Irland|Irlanda)\b/iu, ['IE'], 'an Irish place name'],
	[
		/(?:\b(?:USA|U\.S\.|US|American|New York|NYC|Houston|Chicago|Boston|Miami|Texas|California|Estados Unidos|EE\.?UU\.?)\b|美国|纽约)/iu,
		['US', 'CA'],
		'a US place name'
	],
	[/\b(?:Canada|Canadian|Toronto|Montreal|Vancouver|Kanada|Canadá)\b/iu, ['CA'], 'a Canadian place name'],
	[
		/(?:\b(?:France|French|Paris|Pariser|Lyon|Marseille|Frankreich|französisch\w*|Francia|francés|appelle|numéro)\b|法国|巴黎)/iu,
		['FR'],
		'a French place name or French words'
	],
	[
		/(?:\b(?:Germany|German|deutsche[mnrs]?|Deutschland|alemán|alemana|Berlin|München|Munich|Frankfurt|Hamburg|Köln|Alemania)\b|德国)/iu,
		['DE'],
		'a German place name'
	],
	[/\b(?:Austria|Austrian|Österreich|österreichisch\w*|Wien|Vienna|Salzburg|Graz)\b/iu, ['AT'], 'an Austrian place name'],
	[/\b(?:Switzerland|Swiss|Schweiz|Schweizer|schweizerisch\w*|Zürich|Zurich|Genf|Geneva|Basel|Bern|Suiza)\b/iu, ['CH'], 'a Swiss place name'],
	[/(?:\b(?:Spain|Spanish|spanisch\w*|español\w*|España|Madrid|Barcelona|Valencia|Sevilla|Bilbao|Spanien)\b|西班牙)/iu, ['ES'], 'a Spanish place name'],
	[/\b(?:Mexico|México|CDMX|Monterrey|Guadalajara|mexican\w*|mexikanisch\w*)\b/iu, ['MX'], 'a Mexican place name'],
	[/\b(?:Argentina|Buenos Aires|Córdoba)\b/iu, ['AR'], 'an Argentine place name'],
	[/\b(?:Colombia|Bogotá|Medellín)\b/iu, ['CO'], 'a Colombian place name'],
	[/\b(?:Chile|Santiago)\b/iu, ['CL'], 'a Chilean place name'],
	[/\b(?:Peru|Perú|Lima)\b/iu, ['PE'], 'a Peruvian place name'],
	[/\b(?:Italy|Italian|italienisch\w*|italian[oa]|Italia|Italien|Rome|Roma|Milan|Milano|Mailand)\b/iu, ['IT'], 'an Italian place name'],
	[/\b(?:Netherlands|Dutch|niederländisch\w*|holländisch\w*|Amsterdam|Rotterdam|Niederlande|Holanda)\b/iu, ['NL'], 'a Dutch place name'],
	[/\b(?:Belgium|Brussels|Brüssel|Bruselas|Antwerp)\b/iu, ['BE'], 'a Belgian place name'],
	[/\b(?:Portugal|Lisbon|Lisboa|Porto)\b/iu, ['PT'], 'a Portuguese place name'],
	[/(?:\b(?:Dubai|DIFC|UAE|Abu Dhabi|Emirates|Emirate)\b|迪拜)/iu, ['AE'], 'a UAE place name'],
	[/(?:\b(?:Singapore|Singapur|SG|SGP)\b|新加坡)/iu, ['SG'], 'a Singapore place name'],
	[/(?:\b(?:Hong Kong|HK|Kowloon)\b|香港|九龙|九龍)/iu, ['HK'], 'a Hong Kong place name'],
	[/(?:\b(?:Taiwan|Taipei)\b|台湾|臺灣|台灣|台北|臺北)/iu, ['TW'], 'a Taiwan place name'],
	[/(?:\b(?:Japan|Tokyo|Osaka)\b|日本|东京|東京)/iu, ['JP'], 'a Japanese place name'],
	[/(?:\b(?:Korea|Seoul)\b|韩国|首尔)/iu, ['KR'], 'a Korean place name'],
	[/(?:\b(?:India|Mumbai|Delhi|Bangalore)\b|印度)/iu, ['IN'], 'an Indian place name'],
	[/(?:\b(?:Australia|Sydney|Melbourne)\b|澳洲|澳大利亚)/iu, ['AU'], 'an Australian place name'],
	[/\b(?:Brazil|Brasil|São Paulo|Rio)\b/iu, ['BR'], 'a Brazilian place name'],
	[/(?:\b(?:Thailand|Thai|Bangkok|BKK|Phuket|Chiang Mai|Pattaya|Tailandia)\b|泰国|曼谷)/iu, ['TH'], 'a Thai place name'],
	[/(?:\b(?:Indonesia|Indonesien|Jakarta|Yakarta|Surabaya|Bali|Bandung)\b|印尼|印度尼西亚|雅加达)/iu, ['ID'], 'an Indonesian place name'],
	[/(?:\b(?:Malaysia|Kuala Lumpur|KL|Penang|Johor|Malasia)\b|马来西亚|吉隆坡)/iu, ['MY'], 'a Malaysian place name'],
	[/(?:\b(?:Philippines|Filipinas|Philippinen|Manila|Cebu|Makati)\b|菲律宾|马尼拉)/iu, ['PH'], 'a Philippine place name'],
	[/(?:\b(?:Vietnam|Hanoi|Saigon|HCMC|Ho Chi Minh|Da Nang)\b|越南|河内|胡志明)/iu, ['VN'], 'a Vietnamese place name'],
	[/\b(?:Poland|Polish|polnisch\w*|polac\w*|Polen|Polonia|Warsaw|Warschau|Varsovia|Kraków|Krakau)\b/iu, ['PL'], 'a Polish place name'],
	[/\b(?:Sweden|Schweden|Suecia|Stockholm|Estocolmo|Gothenburg)\b/iu, ['SE'], 'a Swedish place name'],
	[/\b(?:Denmark|Dänemark|Dinamarca|Copenhagen|Kopenhagen)\b/iu, ['DK'], 'a Danish place name'],
	[/\b(?:Norway|Norwegen|Noruega|Oslo)\b/iu, ['NO'], 'a Norwegian place name'],
	[/\b(?:Turkey|Türkei|Turquía|Istanbul|Estambul|Ankara)\b/iu, ['TR'], 'a Turkish place name'],
	[/\b(?:Israel|Tel Aviv|Jerusalem)\b/iu, ['IL'], 'an Israeli place name'],
	[/\b(?:South Africa|Südafrika|Sudáfrica|Johannesburg|Joburg|Jozi|Pretoria|Durban|Cape Town|Kapstadt)\b/iu, ['ZA'], 'a South African place name'],
	[/\b(?:Nigeria|Lagos|Abuja)\b/iu, ['NG'], 'a Nigerian place name'],
	[/\b(?:Kenya|Nairobi)\b/iu, ['KE'], 'a Kenyan place name'],
	[/\b(?:Saudi|Riyadh|Jeddah)\b/iu, ['SA'], 'a Saudi place name'],
	[/\b(?:Qatar|Doha)\b/iu, ['QA'], 'a Qatari place name'],
	[/\b(?:Greece|Griechenland|Grecia|Athens|Athen|Atenas)\b/iu, ['GR'], 'a Greek place name'],
	[/(?:\b(?:Russia|Russian|Russland|Rusia|Moscow|Moskau|Moscú|St\.? Petersburg)\b|俄罗斯|莫斯科)/iu, ['RU'], 'a Russian place name'],
	[/\b(?:Czech|Tschechien|Prague|Prag|Praga)\b/iu, ['CZ'], 'a Czech place name'],
	[/\b(?:New Zealand|Neuseeland|Auckland|Wellington)\b/iu, ['NZ'], 'a New Zealand place name'],
	[/\b(?:Pakistan|Karachi|Lahore|Islamabad)\b/iu, ['PK'], 'a Pakistani place name']
];

/** Characters written only in Traditional Chinese: Hong Kong and Taiwan before the mainland. */
const TRADITIONAL = /[們這個點後電話號碼聯絡給說請還會時間問題開關發覺應對與為從裡嗎麼]/u;
const HAN = /\p{Script=Han}/u;
const GERMAN = /\b(?:und|ich|nicht|bitte|die|der|das|ist|mit|für|Nummer|anrufen|Handy)\b|[äöüß]/iu;
const SPANISH = /\b(?:el|la|los|las|al|que|por|para|llamar|mi|una|número|llámame|llama|móvil|teléfono|con|del)\b|[ñ¿¡]/iu;

const FALLBACK: CountryCode[] = [
	'US',
	'GB',
	'DE',
	'ES',
	'CN',
	'FR',
	'IT',
	'NL',
	'CH',
	'AT',
	'MX',
	'AR',
	'CO',
	'HK',
	'TW',
	'SG',
	'AE',
	'IN',
	'AU',
	'CA',
	'IE',
	'BE',
	'PT',
	'JP',
	'BR'
];

export function guessCountries(text: string): CountryGuess {
	const first: CountryCode[] = [];
	const reasons: string[] = [];
	for (const [re, countries, why] of PLACES) {
		if (re.test(text)) {
			first.push(...countries);
			reasons.push(why);
		}
	}
	let language: [CountryCode[], string] | null = null;
	if (HAN.test(text)) language = TRADITIONAL.test(text) ? [['HK', 'TW', 'CN'], 'Traditional Chinese'] : [['CN', 'HK', 'TW'], 'Chinese'];
	else if (GERMAN.test(text)) language = [['DE', 'AT', 'CH'], 'German'];
	else if (SPANISH.test(text)) language = [['ES', 'MX', 'AR', 'CO', 'CL', 'PE'], 'Spanish'];
	else language = [['US', 'GB', 'CA', 'IE', 'AU', 'SG', 'IN'], 'English'];
	first.push(...language[0]);
	reasons.push(`the message's language (${language[1]})`);
	const preferred = new Set(first);
	const pointed = [...new Set(first.slice(0, first.length - language[0].length + 1))];
	return { pointed, countries: [...new Set([...first, ...FALLBACK])], preferred: preferred.size, because: reasons.join(', then ') };
}
