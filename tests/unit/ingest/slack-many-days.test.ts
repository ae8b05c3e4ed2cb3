// A Slack workspace export as large workspaces write it: thousands of day files, read through the zip path.
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../../src/lib/ingest/parse-source';

const DAY = 86_400;
const START = Date.UTC(2019, 0, 1) / 1000;

function workspace(channels: string[], days: number): Uint8Array {
	const files: Record<string, Uint8Array> = {
		'users.json': strToU8(
			JSON.stringify([
				{ id: 'U01ANA', name: 'ana', real_name: 'Ana Silva' },
				{ id: 'U02BO', name: 'bo', real_name: 'Bo Li' }
			])
		),
		'channels.json': strToU8(JSON.stringify(channels.map((name, i) => ({ id: `C0${i}`, name, created: String(START), members: ['U01ANA', 'U02BO'] }))))
	};
	for (const name of channels) {
		for (let d = 0; d < days; d++) {
			const ts = START + d * DAY + 9 * 3600;
			const date = new Date(ts * 1000).toISOString().slice(0, 10);
			files[`${name}/${date}.json`] = strToU8(
				JSON.stringify([
					{ type: 'message', user: 'U01ANA', text: `${name} day ${d}`, ts: `${ts}.000100` },
					{ type: 'message', user: 'U02BO', text: 'ok', ts: `${ts + 60}.000200` }
				])
			);
		}
	}
	return zipSync(files, { level: 1 });
}

describe('Slack workspace with thousands of day files', () => {
	it('reads 3 channels × 1,500 days (4,500 day files) into 3 conversations, every message in time order', async () => {
		const r = await parseSource('Acme Slack export.zip', workspace(['general', 'ops', 'random'], 1500));
		expect(r.problems).toEqual([]);
		expect(r.parsed).toHaveLength(1);
		const file = r.parsed[0].file;
		expect(file.format).toBe('slack-zip');
		expect(file.conversations.map((c) => c.title)).toEqual(['general', 'ops', 'random']);
		expect(file.messages).toHaveLength(9000);
		const ops = file.messages.filter((m) => m.conversation === 1);
		expect(ops[0]).toMatchObject({ author: 'Ana Silva', text: 'ops day 0', ts: '2019-01-01T09:00:00Z' });
		expect(ops.at(-1)).toMatchObject({ author: 'Bo Li', text: 'ok', ts: '2023-02-08T09:01:00Z' });
		expect(ops.every((m, i) => i === 0 || m.ts >= ops[i - 1].ts)).toBe(true);
	}, 120_000);
});
