import { luhnValid } from './luhn';

/** US National Provider Identifier: 10 digits starting 1 or 2; Luhn over "80840" + NPI; not nine identical leading digits. */
export function npiValid(npi: string): boolean {
	if (!/^[12]\d{9}$/.test(npi)) return false;
	if (/^(\d)\1{8}/.test(npi)) return false;
	return luhnValid('80840' + npi);
}

/** DEA registration number: registrant letter, last-name initial (or 9), seven digits; (d1+d3+d5) + 2·(d2+d4+d6) ends in d7. */
export function deaValid(dea: string): boolean {
	const m = /^([ABCDEFGHJKLMPRSTUX])([A-Z9])(\d{7})$/.exec(dea.toUpperCase());
	if (!m) return false;
	const d = [...m[3]].map(Number);
	const sum = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
	return sum % 10 === d[6];
}

/** UK NHS number: weights 10…2 on the first nine digits; c = 11 − sum % 11, 11→0, 10 invalid; c must equal digit ten. */
export function nhsValid(number: string): boolean {
	const digits = number.replace(/[\s-]/g, '');
	if (!/^\d{10}$/.test(digits)) return false;
	if (/^(\d)\1{9}$/.test(digits)) return false;
	let sum = 0;
	for (let i = 0; i < 9; i++) sum += (digits.charCodeAt(i) - 48) * (10 - i);
	const c = 11 - (sum % 11);
	if (c === 10) return false;
	return (c === 11 ? 0 : c) === digits.charCodeAt(9) - 48;
}
