// The figures here were counted by hand and with grep (data-samples/whatsapp/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { computeStats } from '../../../src/lib/ingest/stats';
import { parseWhatsAppText } from '../../../src/lib/ingest/whatsapp/index';

const SAMPLES = join(import.meta.dirname, '../../../data-samples/whatsapp');

function parseSample(relative: string) {
	return parseWhatsAppText(readFileSync(join(SAMPLES, relative), 'utf8'), relative);
}

function kindLines(file: ReturnType<typeof parseSample>, kind: string): number[] {
	return file.messages.filter((m) => m.kind === kind).map((m) => m.line);
}

describe('data samples', () => {
	it('Harbor Logistics (Android) matches the hand-counted figures', () => {
		const file = parseSample('WhatsApp Chat with Harbor Logistics.txt');
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 5,
			records: 91,
			system: 8,
			media: 6,
			deleted: 2,
			unparsed: 1,
			first_ts: '2024-01-08T08:58:00',
			last_ts: '2024-04-05T17:20:00'
		});
		expect(file.unparsed.map((u) => u.line)).toEqual([1]);
		expect(kindLines(file, 'media')).toEqual([16, 24, 45, 64, 81, 97]);
		expect(kindLines(file, 'deleted')).toEqual([51, 86]);
		expect(kindLines(file, 'system')).toEqual([2, 3, 4, 5, 6, 20, 27, 88]);
		expect(kindLines(file, 'location')).toEqual([39]);
		expect(kindLines(file, 'call')).toEqual([60]);
		expect(file.messages.filter((m) => m.edited).map((m) => m.line)).toEqual([52]);
		expect(file.conversations).toEqual([{ title: 'Harbor Logistics', kind: 'group' }]);
		expect(file.format).toBe('whatsapp-android-txt');
		expect(new Set(file.messages.map((m) => m.author))).toEqual(new Set(['', 'Ana Silva', 'Bo Li', 'Chidi Okafor', 'Dana Weiss', '+1 (555) 010\u20110123']));
	});

	it('Dana W (Android, one-to-one, the risky sample) matches the hand-counted figures', () => {
		const file = parseSample('WhatsApp Chat with Dana W.txt');
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 2,
			records: 36,
			system: 1,
			media: 0,
			deleted: 1,
			unparsed: 0,
			first_ts: '2024-01-10T09:12:00',
			last_ts: '2024-04-04T12:10:00'
		});
		expect(kindLines(file, 'system')).toEqual([1]);
		expect(kindLines(file, 'deleted')).toEqual([24]);
		expect(file.messages.filter((m) => m.author === 'Dana W').length).toBe(18);
		expect(file.messages.filter((m) => m.author === 'Chidi Okafor').length).toBe(17);
		expect(file.conversations).toEqual([{ title: 'Dana W', kind: 'direct' }]);
		expect(file.format).toBe('whatsapp-android-txt');
	});

	it('Ops Team (iOS _chat.txt) matches the hand-counted figures', () => {
		const file = parseSample('WhatsApp Chat - Ops Team/_chat.txt');
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 3,
			records: 14,
			system: 4,
			media: 4,
			deleted: 1,
			unparsed: 0,
			first_ts: '2024-03-14T09:00:12',
			last_ts: '2024-03-15T17:45:59'
		});
		expect(file.conversations).toEqual([{ title: 'Ops Team', kind: 'group' }]);
		expect(file.format).toBe('whatsapp-ios-txt');
	});

	it('adds up over several files', () => {
		const a = parseSample('WhatsApp Chat with Harbor Logistics.txt');
		const b = parseSample('WhatsApp Chat - Ops Team/_chat.txt');
		expect(computeStats([a, b])).toMatchObject({
			conversations: 2,
			records: 105,
			participants: 6,
			unparsed: 1,
			first_ts: '2024-01-08T08:58:00',
			last_ts: '2024-04-05T17:20:00'
		});
	});
});

describe('computeStats', () => {
	it('is all zeros and nulls for no files', () => {
		expect(computeStats([])).toEqual({
			conversations: 0,
			participants: 0,
			records: 0,
			system: 0,
			media: 0,
			deleted: 0,
			unparsed: 0,
			first_ts: null,
			last_ts: null
		});
	});

	it('takes min and max ts, not the first and last records', () => {
		const file = parseWhatsAppText('13/01/24, 10:00 - Ana: b\n12/01/24, 09:00 - Bo: a\n14/01/24, 08:00 - Ana: c\n', 'x.txt');
		expect(computeStats(file)).toMatchObject({ first_ts: '2024-01-12T09:00:00', last_ts: '2024-01-14T08:00:00', participants: 2 });
	});
});
