// The figures here were counted with grep and Python (data-samples/signal/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/lib/ingest/stats';
import { signalJsonl } from '../../../src/lib/ingest/signal/index';

const SAMPLES = join(import.meta.dirname, '../../../data-samples/signal');

describe('Signal data sample', () => {
	const text = readFileSync(join(SAMPLES, 'Clinic Night Shift/data.json'), 'utf8');
	const file = signalJsonl.parse({ path: 'Clinic Night Shift/data.json', text });
	const lines = (kind: string) => file.messages.filter((m) => m.kind === kind).map((m) => m.line);

	it('is claimed by sniff', () => {
		expect(signalJsonl.sniff(text.slice(0, 65536), 'data.json')).toBe(true);
	});

	it('Clinic Night Shift matches the hand-counted figures', () => {
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 5,
			records: 35,
			system: 4,
			media: 5,
			deleted: 2,
			unparsed: 1,
			first_ts: '2024-09-02T19:00:03',
			last_ts: '2024-09-05T19:04:00'
		});
		expect(file.conversations).toEqual([{ title: 'Clinic Night Shift', kind: 'group' }]);
		expect(lines('system')).toEqual([1, 6, 20, 32]);
		expect(lines('media')).toEqual([9, 17, 18, 23, 34]);
		expect(lines('deleted')).toEqual([14, 30]);
		expect(lines('call')).toEqual([11, 13, 26]);
		expect(lines('text')).toHaveLength(21);
		expect(file.unparsed.map((u) => u.line)).toEqual([36]);
		expect(file.unparsed[0].reason).toMatch(/^not valid JSON \(the last line: the export may be cut off\)/);
		expect(new Set(file.messages.filter((m) => m.kind !== 'system').map((m) => m.author))).toEqual(
			new Set(['Me', 'Dr. Amara Osei', 'Jonas Keller', 'Sofía Martín', 'Li Na'])
		);
	});

	it('keeps the traps: microseconds, two attachments, quotes out of the text', () => {
		expect(file.messages.find((m) => m.line === 25)?.ts).toBe('2024-09-03T23:59:59');
		expect(file.messages.find((m) => m.line === 34)?.attachments).toEqual([
			'2024-09-05T19-03-00.000_00_rota_w37.xlsx',
			'2024-09-05T19-03-00.000_01_rota_w37_notes.docx'
		]);
		expect(file.messages.find((m) => m.line === 23)?.attachments).toEqual(['2024-09-03T21-45-00.000_00_voice note.m4a']);
		expect(file.messages.find((m) => m.line === 8)?.text).toBe('ok');
		expect(file.messages.find((m) => m.line === 16)?.text).toBe('Checklist for the 3am meds round:\n1. Ward 3 east\n2. Ward 3 west\n3. ICU step-down');
	});
});
