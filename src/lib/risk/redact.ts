/**
 * Masks detected PII and secret spans: `4111 1111 1111 1111` → `[pii.credit_card]`.
 * Placeholder until the risk rules land: returns the text unchanged.
 */
export function redactText(text: string): string {
	return text;
}
