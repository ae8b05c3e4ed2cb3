/** First two digits of a GB/T 2260 area code: provinces, plus 71 Taiwan, 81 Hong Kong, 82 Macau, 83 Taiwan residents. */
const PROVINCE_PREFIXES = new Set([
	'11',
	'12',
	'13',
	'14',
	'15',
	'21',
	'22',
	'23',
	'31',
	'32',
	'33',
	'34',
	'35',
	'36',
	'37',
	'41',
	'42',
	'43',
	'44',
	'45',
	'46',
	'50',
	'51',
	'52',
	'53',
	'54',
	'61',
	'62',
	'63',
	'64',
	'65',
	'71',
	'81',
	'82',
	'83'
]);
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

/** ISO 7064 MOD 11-2 check character for the first 17 digits. */
export function cnIdCheckChar(first17: string): string {
	let sum = 0;
	for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * WEIGHTS[i];
	return CHECK_CHARS[sum % 11];
}

/** YYYYMMDD is a real calendar date, 1900 or later, not after `now`. */
export function realPastDate(yyyymmdd: string, now: Date): boolean {
	const y = Number(yyyymmdd.slice(0, 4));
	const m = Number(yyyymmdd.slice(4, 6));
	const d = Number(yyyymmdd.slice(6, 8));
	if (y < 1900 || m < 1 || m > 12 || d < 1) return false;
	const date = new Date(Date.UTC(y, m - 1, d));
	if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return false;
	return date.getTime() <= now.getTime();
}

/** 18-character PRC resident ID: province prefix, birth date, MOD 11-2 check character (X case-insensitive). */
export function cnResidentIdValid(id: string, now: Date = new Date()): boolean {
	if (!/^\d{17}[\dXx]$/.test(id)) return false;
	if (!PROVINCE_PREFIXES.has(id.slice(0, 2))) return false;
	if (!realPastDate(id.slice(6, 14), now)) return false;
	return cnIdCheckChar(id) === id[17].toUpperCase();
}
