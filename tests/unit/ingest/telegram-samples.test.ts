// The figures here were counted with grep and Python (data-samples/telegram/README.md), not taken from the parser.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSourceFiles } from '../../../src/lib/ingest/parse-source';
import { computeStats } from '../../../src/lib/ingest/stats';
import { telegramJson } from '../../../src/lib/ingest/telegram/index';

const SAMPLE = join(import.meta.dirname, '../../../data-samples/telegram/DataExport_2024-04-12/result.json');

describe('Telegram data sample', () => {
	const file = telegramJson.parse({ path: 'DataExport_2024-04-12/result.json', text: readFileSync(SAMPLE, 'utf8') });
	const paths = (kind: string) => file.messages.filter((m) => m.kind === kind).map((m) => m.path);

	it('is claimed by sniff', () => {
		expect(telegramJson.sniff(readFileSync(SAMPLE, 'utf8').slice(0, 65536), 'result.json')).toBe(true);
	});

	it('matches the hand-counted figures', () => {
		expect(computeStats(file)).toEqual({
			conversations: 4,
			participants: 7,
			records: 65,
			system: 10,
			media: 9,
			deleted: 0,
			unparsed: 0,
			first_ts: '2023-11-02T09:00:00Z',
			last_ts: '2024-04-11T11:00:00Z'
		});
		expect(file.conversations).toEqual([
			{ title: 'Lena Fischer', kind: 'direct', sourceId: '5100000001' },
			{ title: 'Harbor Ops 港口', kind: 'group', sourceId: '1770000001' },
			{ title: 'Port Notices', kind: 'channel', sourceId: '1880000001' },
			{ title: 'Old Tender Team', kind: 'group', sourceId: '1660000001' }
		]);
		expect(file.messages.map((m) => m.conversation).filter((c, i, a) => a.indexOf(c) === i)).toEqual([0, 1, 2, 3]);
	});

	it('places every kind where the README says', () => {
		const c0 = 'chats.list[0].messages';
		const c1 = 'chats.list[1].messages';
		expect(paths('system')).toEqual([
			`${c0}[0]`,
			`${c1}[0]`,
			`${c1}[1]`,
			`${c1}[5]`,
			`${c1}[7]`,
			`${c1}[11]`,
			`${c1}[23]`,
			'chats.list[2].messages[0]',
			'left_chats.list[0].messages[0]',
			'left_chats.list[0].messages[4]'
		]);
		expect(paths('call')).toEqual([`${c0}[7]`, `${c0}[8]`, `${c1}[17]`]);
		expect(paths('media')).toEqual([
			`${c0}[4]`,
			`${c0}[10]`,
			`${c0}[12]`,
			`${c0}[19]`,
			`${c1}[8]`,
			`${c1}[19]`,
			`${c1}[25]`,
			`${c1}[27]`,
			'chats.list[2].messages[3]'
		]);
		expect(paths('location')).toEqual([`${c0}[17]`]);
		expect(paths('other')).toEqual([`${c1}[15]`, `${c1}[21]`, 'chats.list[2].messages[7]']);
		expect(paths('text')).toHaveLength(39);
	});

	it('keeps the traps: repaired escape, DST jump, deleted account, record lines', () => {
		expect(file.notes).toContain('repaired 2 invalid \\xHH escapes (read as \\u00HH)');
		const page = file.messages.find((m) => m.text.startsWith('Seen, thanks.'));
		expect(page?.text).toBe('Seen, thanks. Page \ftwo was blank in my copy.');
		expect(page?.line).toBe(374);
		expect(file.messages[0].line).toBe(53);
		const dst = file.messages.filter((m) => m.conversation === 0 && /^2024-03-31T0[01]/.test(m.ts)).map((m) => m.ts);
		expect(dst).toEqual(['2024-03-31T00:59:30Z', '2024-03-31T01:00:05Z']);
		expect(new Set(file.messages.filter((m) => m.kind !== 'system').map((m) => m.author))).toEqual(
			new Set(['Tomás Ortega', 'Lena Fischer', 'Priya Nair', 'Port Notices', 'Wei Zhang', 'Marco Bianchi', 'Deleted Account'])
		);
	});
});

describe('Telegram HTML data sample (ChatExport_2024-04-16, two parts)', () => {
	const DIR = join(import.meta.dirname, '../../../data-samples/telegram/ChatExport_2024-04-16');
	const parts = ['messages.html', 'messages2.html'].map((name) => ({ name, bytes: new Uint8Array(readFileSync(join(DIR, name))) }));

	it('matches the counted figures, read in the exporting computer\u2019s zone', async () => {
		const r = await parseSourceFiles('ChatExport_2024-04-16', parts, { timeZone: 'Europe/Berlin' });
		expect(r.problems).toEqual([]);
		const file = r.parsed[0].file;
		expect(computeStats(file)).toEqual({
			conversations: 1,
			participants: 6,
			records: 1046,
			system: 4,
			media: 141,
			deleted: 0,
			unparsed: 0,
			first_ts: '2024-03-27T05:41:57Z',
			last_ts: '2024-04-15T13:33:21Z'
		});
		expect(file.conversations).toEqual([{ title: 'Kestrel Freight Ops 🚚', kind: 'group' }]);
		const kinds: Record<string, number> = {};
		for (const m of file.messages) kinds[m.kind] = (kinds[m.kind] ?? 0) + 1;
		expect(kinds).toEqual({ system: 4, text: 886, media: 141, call: 4, location: 5, other: 6 });
		const authors: Record<string, number> = {};
		for (const m of file.messages) if (m.author !== '') authors[m.author] = (authors[m.author] ?? 0) + 1;
		expect(authors).toEqual({ 'Sofia Marin': 237, 'Jonas Keller': 225, 'Rafael Souza': 215, 'Aylin Demir': 181, 'Mei Lin': 178, 'Deleted Account': 1 });
		expect(file.messages.filter((m) => m.path?.startsWith('messages.html#'))).toHaveLength(1000);
		expect(file.messages.filter((m) => m.replyTo !== undefined)).toHaveLength(49);
		expect(file.messages.find((m) => m.path?.startsWith('messages2.html#') && m.replyTo === '1020')).toBeDefined();
	});

	it('without a zone, applies the stated (standard) offset: summer times come out one hour late', async () => {
		const r = await parseSourceFiles('ChatExport_2024-04-16', parts);
		expect(computeStats(r.parsed[0].file)).toMatchObject({ first_ts: '2024-03-27T05:41:57Z', last_ts: '2024-04-15T14:33:21Z' });
	});
});
