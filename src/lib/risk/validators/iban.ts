/** IBAN length per country (ISO 13616 registry): SEPA countries and other common ones. */
export const IBAN_LENGTHS: Readonly<Record<string, number>> = {
	AD: 24,
	AT: 20,
	BE: 16,
	BG: 22,
	CH: 21,
	CY: 28,
	CZ: 24,
	DE: 22,
	DK: 18,
	EE: 20,
	ES: 24,
	FI: 18,
	FR: 27,
	GB: 22,
	GI: 23,
	GR: 27,
	HR: 21,
	HU: 28,
	IE: 22,
	IS: 26,
	IT: 27,
	LI: 21,
	LT: 20,
	LU: 20,
	LV: 21,
	MC: 27,
	MT: 31,
	NL: 18,
	NO: 15,
	PL: 28,
	PT: 25,
	RO: 24,
	SE: 24,
	SI: 19,
	SK: 24,
	SM: 27,
	VA: 22,
	AE: 23,
	AL: 28,
	AZ: 28,
	BA: 20,
	BH: 22,
	BR: 29,
	BY: 28,
	CR: 22,
	DO: 28,
	EG: 29,
	FO: 18,
	GE: 22,
	GL: 18,
	GT: 28,
	IL: 23,
	IQ: 23,
	JO: 30,
	KW: 30,
	KZ: 20,
	LB: 28,
	LC: 32,
	MD: 24,
	ME: 22,
	MK: 19,
	MR: 27,
	MU: 30,
	PK: 24,
	PS: 29,
	QA: 29,
	RS: 22,
	SA: 24,
	SC: 31,
	TL: 23,
	TN: 24,
	TR: 26,
	UA: 29,
	VG: 24,
	XK: 20
};

/** Removes spaces and dashes and upper-cases. */
export function compactIban(s: string): string {
	return s.replace(/[\s-]/g, '').toUpperCase();
}

/** ISO 7064 mod 97-10: first four characters moved to the end, letters A=10…Z=35, the number mod 97 must be 1. */
export function ibanChecksumValid(iban: string): boolean {
	const s = compactIban(iban);
	if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
	const rearranged = s.slice(4) + s.slice(0, 4);
	let rem = 0;
	for (const ch of rearranged) {
		const code = ch.charCodeAt(0);
		const value = code >= 65 ? code - 55 : code - 48;
		rem = value >= 10 ? (rem * 100 + value) % 97 : (rem * 10 + value) % 97;
	}
	return rem === 1;
}

/** A known country, that country's length, and the mod-97 check. */
export function ibanValid(iban: string): boolean {
	const s = compactIban(iban);
	const length = IBAN_LENGTHS[s.slice(0, 2)];
	return length !== undefined && s.length === length && ibanChecksumValid(s);
}
