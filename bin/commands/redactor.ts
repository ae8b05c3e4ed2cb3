import { nameValuesOf } from '../../src/lib/ingest/export-record.ts';
import type { ParsedFile } from '../../src/lib/model/types.ts';
import { Pseudonyms } from '../../src/lib/redact/pseudonyms.ts';
import { CLEAR, maskingRedactor, type Redactor } from '../../src/lib/redact/redactor.ts';

/**
 * The command line's redaction: the app's redaction function, its masks numbered by the names in the order the
 * inputs name them (`[pii.phone #1]` is the first phone number met as an author or title across all inputs).
 */
export function cliRedactor(redact: boolean): { redactor: Redactor; learn(parsed: ParsedFile): void } {
	if (!redact) return { redactor: CLEAR, learn: () => {} };
	const names = new Pseudonyms();
	return { redactor: maskingRedactor(names), learn: (parsed) => names.extend(nameValuesOf(parsed)) };
}
