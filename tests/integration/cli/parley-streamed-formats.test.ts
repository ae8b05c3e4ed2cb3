// parley stats/export/risk read a Discord JSON and a large zip member through the same streams as the tab: the
// counts are those of the generated input, and each risky message is found once.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { STREAM_MEMBERS_ABOVE } from '../../../src/lib/ingest/container/zip-stream';
import { generateDiscordExport } from '../../helpers/discord-export';
import { generateExport } from '../../helpers/whatsapp-export';

function parley(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/parley.js', ...args], { encoding: 'utf8', maxBuffer: 512 << 20 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const dir = mkdtempSync(join(tmpdir(), 'parley-streamed-formats-'));
const discord = generateDiscordExport(30_000, 5);
const discordFile = join(dir, 'Harbor Ops - dispatch [901].json');
writeFileSync(discordFile, discord.text);

// A WhatsApp chat larger than the size past which a zip member is streamed rather than gathered, with a photo.
const chat = generateExport(200_000, 11);
const chatBytes = new TextEncoder().encode(chat.text);
const zipFile = join(dir, 'WhatsApp Chat - Harbor.zip');
writeFileSync(zipFile, zipSync({ '_chat.txt': chatBytes, 'IMG-20200101-WA0001.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]) }));

describe.each([
	['a DiscordChatExporter JSON', discordFile, 'discord', discord.messages, discord.risky, undefined],
	['a WhatsApp chat zipped, its member past the streaming size', zipFile, 'whatsapp', chat.messages, chat.risky, '_chat.txt']
])('parley on %s', (_name, file, platform, messages, risky, entry) => {
	it('stats counts every record', { timeout: 180_000 }, () => {
		if (entry) expect(chatBytes.length).toBeGreaterThan(STREAM_MEMBERS_ABOVE);
		const r = parley('stats', '--json', file);
		expect(r.code).toBe(0);
		const stats = JSON.parse(r.stdout) as { records: number; platform: string; entry?: string }[];
		expect(stats).toEqual([expect.objectContaining({ platform, records: messages, ...(entry ? { entry } : {}) })]);
	});

	it('risk finds each risky message once', { timeout: 180_000 }, () => {
		const hits = parley('risk', '--jsonl', file)
			.stdout.trimEnd()
			.split('\n')
			.map((l) => JSON.parse(l) as { category: string; index: number });
		expect(new Set(hits.filter((h) => h.category === 'pii.email').map((h) => h.index)).size).toBe(risky);
	});
});
