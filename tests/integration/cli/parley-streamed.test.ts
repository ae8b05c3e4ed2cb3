// parley stats/export/risk read inputs record batch by batch (bin/part-records.ts): what they print is what the
// whole-file parse of the same input gives, also when a part is read again after records were already handed on.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/ingest/parse-source';
import { generateTelegramExport } from '../../helpers/telegram-export';

function parley(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/parley.js', ...args], { encoding: 'utf8', maxBuffer: 256 << 20 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'parley-streamed-'));
const telegram = generateTelegramExport({ chats: 2, perChat: 4_000, seed: 3 });
const utf8 = join(dir, 'result.json');
writeFileSync(utf8, telegram.text);
// The same export with one Windows-1252 byte near its end: the first reading hands on records, then finds the
// file is not UTF-8 and reads it again as Windows-1252.
const late = join(dir, 'latin1-late.json');
const bytes = Buffer.from(telegram.text.replace(/[^\x20-\x7e\n]/g, '?'), 'latin1');
const at = bytes.lastIndexOf(Buffer.from('"text": "'));
bytes[at + 9] = 0xe9;
writeFileSync(late, bytes);

describe.each([
	['a Telegram result.json', utf8],
	['a Telegram result.json read again as Windows-1252 after a late non-UTF-8 byte', late]
])('parley on %s', (_name, file) => {
	it('export prints one line per record of the whole-file parse, in order, none twice', async () => {
		const whole = (await parseSource(file, readFileSync(file))).parsed[0].file;
		const r = parley('export', file);
		expect(r.code).toBe(0);
		const lines = r.stdout
			.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { index: number; text: string; source_path: string });
		expect(lines.length).toBe(telegram.messages);
		expect(lines.map((l) => [l.index, l.text, l.source_path])).toEqual(whole.messages.map((m) => [m.index, m.text, m.path]));
	});

	it('stats counts the records and risk finds each risky message once', () => {
		const stats = JSON.parse(parley('stats', '--json', file).stdout) as { records: number; platform: string }[];
		expect(stats).toEqual([expect.objectContaining({ platform: 'telegram', records: telegram.messages })]);
		const hits = parley('risk', '--jsonl', file)
			.stdout.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { category: string; index: number });
		expect(new Set(hits.filter((h) => h.category === 'pii.email').map((h) => h.index)).size).toBe(telegram.risky);
	});
});
