import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';

// tests/fixtures/risk/whatsapp-with-pii.txt: 10 records: 0 the encryption notice (system), 1–7 chat (7 has a
// continuation line with the phone number), 8 a deleted message, 9 an order number.
// The expected lines are written by hand from the fixture, not produced by the scanner.
const FIXTURE = 'tests/fixtures/risk/whatsapp-with-pii.txt';

function parley(...args: string[]) {
	// Times are read in a fixed zone so the expected UTC times do not depend on the machine.
	const r = spawnSync(process.execPath, ['bin/parley.js', args[0], '--tz', 'Europe/Berlin', ...args.slice(1)], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const EXPECTED = [
	{
		file: FIXTURE,
		index: 3,
		ts_local: '2025-02-03T09:18:00',
		author: 'Lena Vogt',
		category: 'pii.credit_card',
		rule: 'pii.credit_card',
		match: '4929 1345 7820 1136'
	},
	{
		file: FIXTURE,
		index: 4,
		ts_local: '2025-02-03T09:20:00',
		author: 'Tom Reyes',
		category: 'pii.iban',
		rule: 'pii.iban',
		match: 'DE89 3704 0044 0532 0130 00'
	},
	{
		file: FIXTURE,
		index: 6,
		ts_local: '2025-02-03T09:24:00',
		author: 'Tom Reyes',
		category: 'pii.email',
		rule: 'pii.email',
		match: 'lena.vogt@nordhafen-freight.de'
	},
	{ file: FIXTURE, index: 7, ts_local: '2025-02-03T09:25:00', author: 'Lena Vogt', category: 'pii.phone', rule: 'pii.phone', match: '+49 40 3290 7781' }
];

describe('parley risk --jsonl', () => {
	const r = parley('risk', FIXTURE, '--jsonl');
	const lines = r.stdout
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l));

	it('prints one line per hit with the finding and its provenance, in message order', () => {
		expect(r.code).toBe(0);
		expect(lines).toHaveLength(EXPECTED.length);
		const sha = createHash('sha256').update(readFileSync(FIXTURE)).digest('hex');
		lines.forEach((line, i) => {
			expect(Object.keys(line)).toEqual([
				'file',
				'index',
				'ts_local',
				'utc_offset',
				'tz',
				'ts_utc',
				'time_zone',
				'author',
				'category',
				'rule',
				'score',
				'match',
				'platform',
				'archive_sha256',
				'source_file',
				'line',
				'line_end',
				'source_path',
				'redacted'
			]);
			// Winter in Berlin: one hour ahead of UTC.
			expect(line).toMatchObject({
				tz: 'Europe/Berlin',
				utc_offset: '+01:00',
				time_zone: 'local (not stated in the export)',
				platform: 'whatsapp',
				archive_sha256: sha,
				source_file: FIXTURE,
				redacted: false
			});
			expect(line.ts_utc).toBe(`${EXPECTED[i].ts_local.replace('T09', 'T08')}Z`);
			expect(line).toMatchObject(EXPECTED[i]);
			expect(line.score).toBeGreaterThanOrEqual(0.5);
			expect(line.score).toBeLessThanOrEqual(1);
		});
	});

	it('skips the published test card, the order number and the deleted message', () => {
		expect(r.stdout).not.toContain('4111');
		expect(r.stdout).not.toContain('48213377');
	});

	it('uses the index `parley export` gives the same message', () => {
		const exported = parley('export', FIXTURE, '--jsonl')
			.stdout.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		for (const hit of lines) {
			const record = exported[hit.index];
			expect(record.index).toBe(hit.index);
			expect(record.text).toContain(hit.match);
			expect(record.author).toBe(hit.author);
			expect(record.ts_local).toBe(hit.ts_local);
			expect(record.line).toBe(hit.line);
		}
	});
});

describe('parley risk on a zip', () => {
	it('reads the chat inside a zip as `parley export` does, naming the zip as the file', () => {
		const zip = join(mkdtempSync(join(tmpdir(), 'parley-risk-')), 'WhatsApp Chat with Lena.zip');
		writeFileSync(zip, zipSync({ 'WhatsApp Chat with Lena.txt': readFileSync(FIXTURE) }));
		const r = parley('risk', zip, '--jsonl');
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => [l.file, l.index, l.category, l.match])).toEqual(EXPECTED.map((e) => [zip, e.index, e.category, e.match]));
	});
});

describe('parley risk (table)', () => {
	it('prints a header, one row per hit and a count', () => {
		const r = parley('risk', FIXTURE);
		expect(r.code).toBe(0);
		const rows = r.stdout.trimEnd().split('\n');
		expect(rows[0]).toMatch(/^file\s+index\s+ts_local\s+author\s+category\s+rule\s+score\s+match$/);
		expect(rows[1]).toMatch(
			/^tests\/fixtures\/risk\/whatsapp-with-pii\.txt\s+3\s+2025-02-03T09:18:00\s+Lena Vogt\s+pii\.credit_card\s+pii\.credit_card\s+[\d.]+\s+4929 1345 7820 1136$/
		);
		expect(rows.at(-1)).toBe('4 findings');
	});
});

describe('parley risk problems', () => {
	it('names a missing input on stderr, still scans the others, and exits 1', () => {
		const r = parley('risk', 'tests/fixtures/risk/no-such-file.txt', FIXTURE, '--jsonl');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('tests/fixtures/risk/no-such-file.txt: cannot read: no such file');
		expect(r.stdout.trim().split('\n')).toHaveLength(EXPECTED.length);
	});

	it('exits 2 with usage when no file is given', () => {
		const r = parley('risk', '--jsonl');
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('parley risk: no input files');
	});
});

describe('--redact', () => {
	it('masks the card, IBAN and e-mail in parley export, and leaves the other text alone', () => {
		const r = parley('export', FIXTURE, '--jsonl', '--redact');
		expect(r.code).toBe(0);
		const texts = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l).text as string);
		// Records 3, 4 and 6 of the fixture, as written there, with each detected span replaced by its category.
		expect(texts[3]).toBe('Use mine: [pii.credit_card], exp 08/27');
		expect(texts[4]).toBe('Done. Their refund goes to IBAN [pii.iban] if we cancel');
		expect(texts[6]).toBe('Invoice copy to [pii.email]?');
		expect(r.stdout).not.toContain('4929 1345 7820 1136');
	});

	it('masks the match column of parley risk and says the lines are redacted', () => {
		const r = parley('risk', FIXTURE, '--jsonl', '--redact');
		const lines = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(lines.map((l) => l.match)).toEqual(['[pii.credit_card]', '[pii.iban]', '[pii.email]', '[pii.phone]']);
		expect(lines.every((l) => l.redacted === true)).toBe(true);
	});

	it('masks a phone-number author, the same way in every record, and the number where the text names it', () => {
		const dir = mkdtempSync(join(tmpdir(), 'parley-redact-'));
		const chat = join(dir, 'WhatsApp Chat with +44 7700 900123.txt');
		writeFileSync(
			chat,
			[
				'12/03/2024, 09:00 - +44 7700 900123: Morning, mail me at ana@harbor-logistics.io',
				'12/03/2024, 09:01 - Dana Weiss: call +44 7700 900123 then, or +1 (555) 010-0199',
				'12/03/2024, 09:02 - +1 (555) 010-0199: Card 4539 1488 0343 6467 works',
				'12/03/2024, 09:03 - +44 7700 900123: ok',
				''
			].join('\n')
		);
		const r = parley('export', chat, '--jsonl', '--redact');
		expect(r.code).toBe(0);
		for (const secret of ['7700', '555', 'ana@', '4539']) expect(r.stdout).not.toContain(secret);
		const records = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(records.map((m) => m.author)).toEqual(['[pii.phone #1]', 'Dana Weiss', '[pii.phone #2]', '[pii.phone #1]']);
		expect(records[1].text).toBe('call [pii.phone #1] then, or [pii.phone #2]');
		expect(records[0]).toMatchObject({ conversation: '[pii.phone #1]', source_file: expect.stringContaining('[pii.phone #1].txt'), redacted: true });
	});
});
