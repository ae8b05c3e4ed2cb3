import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createLineSplitter } from '../../../src/lib/ingest/lines';
import { createWhatsAppLineStream } from '../../../src/lib/ingest/whatsapp/line-stream';
import type { ParsedMessage } from '../../../src/lib/model/types';

const files = readdirSync('tests/fixtures/whatsapp')
	.filter((f) => f.endsWith('.txt'))
	.map((f) => `tests/fixtures/whatsapp/${f}`);

function feed(text: string, push: (lines: string[], starts: number[]) => void): void {
	const splitter = createLineSplitter();
	for (let pos = 0; pos < text.length; pos += 4096) {
		const starts: number[] = [];
		push(splitter.push(text.slice(pos, pos + 4096), starts), starts);
	}
	const starts: number[] = [];
	push(splitter.end(starts), starts);
}

/** 40 000 lines that fit DMY and MDY alike, and a last one that says month/day: the first megabyte misleads. */
function misleadingText(): string {
	const lines: string[] = [];
	for (let i = 0; i < 40_000; i++) lines.push(`0${1 + (i % 9)}/0${1 + ((i >> 3) % 9)}/24, 10:${String(i % 60).padStart(2, '0')} - Ana: message number ${i}`);
	lines.push('12/25/24, 10:00 - Ana: christmas');
	return lines.join('\n');
}

describe('createWhatsAppLineStream with emit (records handed on, not kept)', () => {
	it.each(files)('%s: the handed-on records are the kept ones, the file the same without them', (path) => {
		const text = readFileSync(path, 'utf8');
		const kept = createWhatsAppLineStream(path);
		const handed: ParsedMessage[] = [];
		const handing = createWhatsAppLineStream(path, { emit: (batch) => handed.push(...batch) });
		feed(text, (lines, starts) => {
			kept.push(lines, { source: text, starts });
			handing.push(lines, { source: text, starts });
		});
		const whole = kept.end();
		const rest = handing.end();
		expect(handed).toEqual(whole.messages);
		expect(rest).toEqual({ ...whole, messages: [] });
		expect(handing.mismatch).toBeNull();
		expect(handing.orderNote).toBe(whole.notes[0]);
	});

	it('reports the order the whole file reads in when the early guess stamped the handed-on records otherwise', () => {
		const text = misleadingText();
		const handed: ParsedMessage[] = [];
		const handing = createWhatsAppLineStream('WhatsApp Chat with Ana.txt', { emit: (batch) => handed.push(...batch) });
		const kept = createWhatsAppLineStream('WhatsApp Chat with Ana.txt');
		feed(text, (lines, starts) => {
			handing.push(lines, { source: text, starts });
			kept.push(lines, { source: text, starts });
		});
		handing.end();
		const restamped = kept.end();
		expect(handing.mismatch).toBe('MDY');
		expect(handing.orderNote).toMatch(/^date order MDY: /);
		expect(handed).toHaveLength(40_001);
		// the kept stream re-stamps; the handed-on records keep the early guess's stamps
		expect(restamped.messages[0].ts).toBe('2024-01-01T10:00:00');
		expect(handed[9].ts).not.toBe(restamped.messages[9].ts);
		expect(kept.mismatch).toBeNull();
	});

	it('takes a date order and its reason from the caller', () => {
		const handed: ParsedMessage[] = [];
		const stream = createWhatsAppLineStream('x.txt', { order: 'MDY', note: 'chosen in the import dialog', emit: (b) => handed.push(...b) });
		stream.push(['01/02/24, 10:00 - Ana: hi']);
		const file = stream.end();
		expect(handed.map((m) => m.ts)).toEqual(['2024-01-02T10:00:00']);
		expect(file.notes[0]).toBe('date order MDY: chosen in the import dialog');
		expect(stream.mismatch).toBeNull();
	});
});
