/** Numbers printed in advertising or documentation and then used by thousands (Woolworth wallet card, etc.). */
const KNOWN_SAMPLES = new Set(['078051120', '219099999', '123456789', '457555462']);

/** SSA rules: area not 000, 666 or 900–999; group not 00; serial not 0000; not all one digit; not a known sample. */
export function usSsnValid(nineDigits: string): boolean {
	if (!/^\d{9}$/.test(nineDigits)) return false;
	const area = Number(nineDigits.slice(0, 3));
	const group = nineDigits.slice(3, 5);
	const serial = nineDigits.slice(5);
	if (area === 0 || area === 666 || area >= 900) return false;
	if (group === '00' || serial === '0000') return false;
	if (/^(\d)\1{8}$/.test(nineDigits)) return false;
	return !KNOWN_SAMPLES.has(nineDigits);
}
