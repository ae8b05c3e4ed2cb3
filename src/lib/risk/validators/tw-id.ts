const LETTER_CODES: Readonly<Record<string, number>> = {
	A: 10,
	B: 11,
	C: 12,
	D: 13,
	E: 14,
	F: 15,
	G: 16,
	H: 17,
	I: 34,
	J: 18,
	K: 19,
	L: 20,
	M: 21,
	N: 22,
	O: 35,
	P: 23,
	Q: 24,
	R: 25,
	S: 26,
	T: 27,
	U: 28,
	V: 29,
	W: 32,
	X: 30,
	Y: 31,
	Z: 33
};
const WEIGHTS = [1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1];

/** Taiwan national ID: letter, 1 or 2 (sex), eight digits; letter → two digits, weighted sum % 10 == 0. */
export function twIdValid(id: string): boolean {
	if (!/^[A-Z][12]\d{8}$/.test(id)) return false;
	const code = LETTER_CODES[id[0]];
	const digits = [Math.floor(code / 10), code % 10, ...[...id.slice(1)].map(Number)];
	let sum = 0;
	for (let i = 0; i < 11; i++) sum += digits[i] * WEIGHTS[i];
	return sum % 10 === 0;
}
