import { describe, expect, it } from 'vitest';
import { chartCsv } from '$lib/analytics/csv';

describe('chartCsv', () => {
	it('writes a header and rows with CRLF, quoting only where needed', () => {
		expect(chartCsv(['label', 'messages'], [{ label: 'Bo Li', messages: 21 }, { label: 'Smith, "Jo"', messages: 3 }, { label: 'a\nb', messages: null }])).toBe(
			'label,messages\r\nBo Li,21\r\n"Smith, ""Jo""",3\r\n"a\nb",\r\n'
		);
	});
	it('defuses cells a spreadsheet would run as formulas, numbers excepted', () => {
		expect(chartCsv(['v'], [{ v: '=HYPERLINK("x")' }, { v: '+1 (555) 010‑0123' }, { v: -3 }])).toBe('v\r\n"\'=HYPERLINK(""x"")"\r\n\'+1 (555) 010‑0123\r\n-3\r\n');
	});
	it('passes text cells through the redaction function', () => {
		expect(chartCsv(['who', 'n'], [{ who: 'ana@example.com', n: 2 }], (t) => t.replace(/\S+@\S+/, '[email]'))).toBe('who,n\r\n[email],2\r\n');
	});
});
