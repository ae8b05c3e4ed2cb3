/**
 * Hong Kong ID: one or two letters, six digits, a check character (0–9 or A), often written in parentheses.
 * Single-letter IDs are padded with a space worth 36; letters A=10…Z=35; weights 9…2; r = 11 − sum % 11, 11→0, 10→A.
 */
export function hkIdValid(id: string): boolean {
	const m = /^([A-Z]{1,2})(\d{6})\(?([0-9A])\)?$/.exec(id.toUpperCase());
	if (!m) return false;
	const letters = m[1].length === 1 ? [36, m[1].charCodeAt(0) - 55] : [m[1].charCodeAt(0) - 55, m[1].charCodeAt(1) - 55];
	const values = [...letters, ...[...m[2]].map(Number)];
	let sum = 0;
	for (let i = 0; i < 8; i++) sum += values[i] * (9 - i);
	const r = 11 - (sum % 11);
	const check = r === 11 ? '0' : r === 10 ? 'A' : String(r);
	return check === m[3];
}
