import { describe, expect, it } from 'vitest';
import { chartCsv } from '$lib/analytics/csv';
import { maskingRedactor } from '$lib/redact/redactor';

describe('chartCsv', () => {
	it('writes a header and rows with CRLF, quoting only where needed, and says it is not redacted', () => {
		expect(
			chartCsv(
				['label', 'messages'],
				[
					{ label: 'Bo Li', messages: 21 },
					{ label: 'Smith, "Jo"', messages: 3 },
					{ label: 'a\nb', messages: null }
				]
			)
		).toBe('\ufefflabel,messages,redacted\r\nBo Li,21,false\r\n"Smith, ""Jo""",3,false\r\n"a\nb",,false\r\n');
	});
	it('defuses cells a spreadsheet would run as formulas, numbers excepted', () => {
		expect(chartCsv(['v'], [{ v: '=HYPERLINK("x")' }, { v: '+1 (555) 010‑0123' }, { v: -3 }])).toBe(
			'\ufeffv,redacted\r\n"\'=HYPERLINK(""x"")",false\r\n"\'+1 (555) 010‑0123",false\r\n-3,false\r\n'
		);
	});
	it('passes text cells through the redactor and says so; dates stay dates', () => {
		expect(chartCsv(['who', 'day', 'n'], [{ who: '+1 (555) 010-0199', day: '2024-01-08', n: 2 }], maskingRedactor())).toBe(
			'\ufeffwho,day,n,redacted\r\n[pii.phone],2024-01-08,2,true\r\n'
		);
	});
});
