import { Pseudonyms } from '../../src/lib/redact/pseudonyms.ts';
import { CLEAR, maskingRedactor, type Redactor } from '../../src/lib/redact/redactor.ts';

/**
 * The command line's redaction: the app's redaction function, its masks numbered by the names in the order the
 * inputs name them (`[pii.phone #1]` is the first phone number met as an author or title across all inputs).
 * `learn` takes one part's names (part-records.ts namesByPart) before its records are printed.
 */
export function cliRedactor(redact: boolean): { redactor: Redactor; learn(names: Iterable<string>): void } {
	if (!redact) return { redactor: CLEAR, learn: () => {} };
	const names = new Pseudonyms();
	return { redactor: maskingRedactor(names), learn: (values) => names.extend(values) };
}
