import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Figures below are hand-counted in data-samples/whatsapp/README.md, not produced by the parser.
const ANDROID = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt';
const IOS = 'data-samples/whatsapp/WhatsApp Chat - Ops Team/_chat.txt';
const NNBSP_HYPHEN_PHONE = '+1 (555) 010\u20110123';

function parley(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/parley.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function sha256Of(path: string): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex');
}

describe('parley stats --json', () => {
	it('prints the hand-counted figures of both samples', () => {
		const r = parley('stats', ANDROID, IOS, '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual([
			{
				file: ANDROID,
				sha256: sha256Of(ANDROID),
				platform: 'whatsapp',
				conversations: 1,
				participants: 5,
				records: 91,
				system: 8,
				media: 6,
				deleted: 2,
				unparsed: 1,
				first_ts: '2024-01-08T08:58:00',
				last_ts: '2024-04-05T17:20:00'
			},
			{
				file: IOS,
				sha256: sha256Of(IOS),
				platform: 'whatsapp',
				conversations: 1,
				participants: 3,
				records: 14,
				system: 4,
				media: 4,
				deleted: 1,
				unparsed: 0,
				first_ts: '2024-03-14T09:00:12',
				last_ts: '2024-03-15T17:45:59'
			}
		]);
	});

	it('runs as `npx parley`, the way the README shows it', () => {
		const r = spawnSync('npx', ['--no-install', 'parley', 'stats', ANDROID, '--json'], { encoding: 'utf8' });
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)[0]).toMatchObject({ records: 91, participants: 5 });
	});

	it('names the unparsed line on stderr with file and line number', () => {
		expect(parley('stats', ANDROID, '--json').stderr).toContain(`${ANDROID}:1: before the first message`);
	});
});

describe('parley export --jsonl', () => {
	const r = parley('export', ANDROID, '--jsonl');
	const records = r.stdout
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l));
	const atLine = (line: number) => records.find((m) => m.line === line);

	it('prints every record once, in source order', () => {
		expect(r.code).toBe(0);
		expect(records).toHaveLength(91);
		expect(records.map((m) => m.index)).toEqual([...Array(91).keys()]);
		for (let i = 1; i < records.length; i++) expect(records[i].line).toBeGreaterThan(records[i - 1].line);
	});

	it.each([
		[2, { author: '', kind: 'system', ts_local: '2024-01-08T08:58:00', attachments: [] }],
		[
			10,
			{
				author: 'Dana Weiss',
				kind: 'text',
				ts_local: '2024-01-08T09:15:00',
				text: 'Customs docs checklist for everyone:\n1. Commercial invoice\n2. Packing list\n3. Bill of lading\n4. ISF filed 24h before loading'
			}
		],
		[16, { author: 'Bo Li', kind: 'media', ts_local: '2024-01-09T10:30:00', attachments: [] }],
		[24, { author: 'Bo Li', kind: 'media', ts_local: '2024-01-15T09:41:00', attachments: ['IMG-20240115-WA0003.jpg'] }],
		[28, { author: NNBSP_HYPHEN_PHONE, kind: 'text', ts_local: '2024-01-16T08:22:00' }],
		[39, { author: NNBSP_HYPHEN_PHONE, kind: 'location', ts_local: '2024-01-25T07:02:00' }],
		[45, { author: 'Dana Weiss', kind: 'media', attachments: ['DOC-20240125-WA0011.pdf'] }],
		[48, { author: 'Dana Weiss', kind: 'text', text: '\u{1F468}\u200D\u{1F469}\u200D\u{1F467}\u200D\u{1F466} team effort' }],
		[51, { author: 'Ana Silva', kind: 'deleted', ts_local: '2024-01-30T11:21:00' }],
		[52, { author: 'Ana Silva', kind: 'text', edited: true, text: "Let's hold until Thursday and compare with Evergreen" }],
		[
			57,
			{ kind: 'text', text: 'Reminder: new CBP rule on the ISF\n2/14/24 is the new cutoff for the updated fields\nPlease send me the HS codes before that' }
		],
		[60, { author: '', kind: 'call', ts_local: '2024-02-05T10:10:00' }],
		[86, { kind: 'deleted' }],
		[88, { author: '', kind: 'system', text: 'Chidi Okafor left' }],
		[
			90,
			{
				author: 'Dana Weiss',
				text: 'Got it. Sending the updated contact sheet:\nAna Silva – ops lead\nBo Li – ocean bookings\n\nDana Weiss – customs & bookings\nEli (Pacific Drayage) – trucking'
			}
		]
	])('the record at line %i', (line, expected) => {
		expect(atLine(line)).toMatchObject({ file: ANDROID, platform: 'whatsapp', conversation: 'Harbor Logistics', ...expected });
	});

	it('includes the caption of an attached image in the text', () => {
		expect(atLine(24).text).toContain('Seal photo before departure');
	});

	it('carries provenance: archive SHA-256, source file, lines, the wall time, the zone it was read in and the instant', () => {
		const berlin = parley('export', ANDROID, '--jsonl', '--tz', 'Europe/Berlin')
			.stdout.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		const rec = berlin.find((m) => m.line === 10);
		expect(Object.keys(rec)).toEqual([
			'file',
			'platform',
			'archive_sha256',
			'source_file',
			'conversation',
			'index',
			'line',
			'line_end',
			'source_path',
			'ts_local',
			'utc_offset',
			'tz',
			'ts_utc',
			'time_zone',
			'author',
			'kind',
			'text',
			'attachments',
			'edited',
			'redacted'
		]);
		expect(rec).toMatchObject({
			archive_sha256: sha256Of(ANDROID),
			source_file: ANDROID,
			line: 10,
			line_end: 14,
			source_path: null,
			ts_local: '2024-01-08T09:15:00',
			utc_offset: '+01:00',
			tz: 'Europe/Berlin',
			ts_utc: '2024-01-08T08:15:00Z',
			time_zone: 'local (not stated in the export)',
			redacted: false
		});
		const utc = parley('export', ANDROID, '--jsonl', '--tz=UTC')
			.stdout.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(utc.find((m) => m.line === 10)).toMatchObject({ ts_local: '2024-01-08T09:15:00', utc_offset: '+00:00', tz: 'UTC', ts_utc: '2024-01-08T09:15:00Z' });
	});

	it('refuses an unknown zone', () => {
		const r = parley('export', ANDROID, '--jsonl', '--tz', 'Mars/Olympus');
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('unknown time zone "Mars/Olympus"');
	});
});

describe('exit codes and problems', () => {
	const dir = mkdtempSync(join(tmpdir(), 'parley-cli-'));

	it('exits non-zero when an input cannot be read, and still prints the others', () => {
		const r = parley('stats', join(dir, 'missing.txt'), ANDROID, '--json');
		expect(r.code).toBe(1);
		expect(r.stderr).toContain('missing.txt: cannot read: no such file');
		expect(JSON.parse(r.stdout)).toHaveLength(1);
	});

	it('exits zero for a readable file that is no chat export, saying what was tried', () => {
		const csv = join(dir, 'numbers.csv');
		writeFileSync(csv, 'id,name\n1,Ana\n');
		const r = parley('stats', csv, '--json');
		expect(r.code).toBe(0);
		expect(r.stderr).toMatch(/not a recognised chat export\. Tried: .*WhatsApp chat export/);
		expect(JSON.parse(r.stdout)[0]).toMatchObject({ file: csv, platform: null, records: 0 });
	});

	it('rejects unknown options with usage and exit code 2', () => {
		const r = parley('stats', '--xml', ANDROID);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('unknown option "--xml"');
	});

	it('rejects an option of another command with usage and exit code 2', () => {
		const r = parley('stats', '--csv', ANDROID);
		expect(r.code).toBe(2);
		expect(r.stderr).toContain('option "--csv" does not apply to stats');
	});
});

describe('zip inputs', () => {
	const IOS_ZIP = 'data-samples/whatsapp/WhatsApp Chat - Ops Team.zip';
	const ANDROID_ZIP = 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip';

	it('stats a zip per chat inside it, file staying the input path', () => {
		const r = parley('stats', IOS_ZIP, ANDROID_ZIP, '--json');
		expect(r.code).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual([
			{
				file: IOS_ZIP,
				entry: '_chat.txt',
				sha256: sha256Of(IOS_ZIP),
				platform: 'whatsapp',
				conversations: 1,
				participants: 3,
				records: 14,
				system: 4,
				media: 4,
				deleted: 1,
				unparsed: 0,
				first_ts: '2024-03-14T09:00:12',
				last_ts: '2024-03-15T17:45:59'
			},
			{
				file: ANDROID_ZIP,
				entry: 'WhatsApp Chat with Harbor Logistics.txt',
				sha256: sha256Of(ANDROID_ZIP),
				platform: 'whatsapp',
				conversations: 1,
				participants: 5,
				records: 91,
				system: 8,
				media: 6,
				deleted: 2,
				unparsed: 1,
				first_ts: '2024-01-08T08:58:00',
				last_ts: '2024-04-05T17:20:00'
			}
		]);
	});

	it('names the member and line of problems inside a zip, including the media file left out', () => {
		const r = parley('stats', ANDROID_ZIP, '--json');
		expect(r.stderr).toContain(`${ANDROID_ZIP}!WhatsApp Chat with Harbor Logistics.txt:1: before the first message`);
		expect(r.stderr).toContain(
			`${ANDROID_ZIP}!WhatsApp Chat with Harbor Logistics.txt:81: attachment "IMG-20240304-WA0019.jpg" referenced by the message at line 81 is not in the zip`
		);
	});

	it('exports the records of a zip with the zip as file and the title from the zip name', () => {
		const r = parley('export', IOS_ZIP, '--jsonl');
		const records = r.stdout
			.trim()
			.split('\n')
			.map((l) => JSON.parse(l));
		expect(records).toHaveLength(14);
		expect(records[5]).toMatchObject({
			file: IOS_ZIP,
			entry: '_chat.txt',
			platform: 'whatsapp',
			conversation: 'Ops Team',
			line: 8,
			kind: 'media',
			attachments: ['00000006-PHOTO-2024-03-14-09-06-30.jpg']
		});
	});
});

describe('parley stats reads every supported format', () => {
	// Records and platforms as hand-counted in each data-samples/<platform>/README.md.
	const SAMPLES: [path: string, platform: string, records: number, conversations: number][] = [
		['data-samples/wechat/East China Sales_utf8.csv', 'wechat', 39, 1],
		['data-samples/wechat/wxid_sortega88_0_5000.csv', 'wechat', 31, 1],
		['data-samples/wechat/Lukas Brandt.txt', 'wechat', 32, 1],
		['data-samples/wechat/项目Alpha.json', 'wechat', 30, 1],
		['data-samples/telegram/DataExport_2024-04-12/result.json', 'telegram', 65, 4],
		['data-samples/signal/Clinic Night Shift/data.json', 'signal', 35, 1],
		['data-samples/discord/Harbor Dev - Text Channels - general [1151234567890123456].json', 'discord', 36, 1],
		['data-samples/discord/Harbor Dev - Support - help [1151234567890129999].csv', 'discord', 30, 1],
		['data-samples/instagram/your_instagram_activity/messages/inbox/nicoalvarez_17843210987654321/message_1.json', 'instagram', 36, 1],
		['data-samples/messenger/your_facebook_activity/messages/inbox/hikingcrew_4815162342', 'messenger', 68, 1],
		['data-samples/slack/Northwind Labs Slack export Mar 4 2024 - Mar 8 2024', 'slack', 59, 6],
		['data-samples/csv/travel_agency_sms_export.csv', 'csv', 42, 4]
	];

	it('one row per input, each with its format and hand-counted records (folders read as their zip would be)', () => {
		const r = parley('stats', ...SAMPLES.map((s) => s[0]), '--json');
		expect(r.code).toBe(0);
		const rows = JSON.parse(r.stdout) as { file: string; platform: string; records: number; conversations: number }[];
		expect(rows.map((x) => [x.file, x.platform, x.records, x.conversations])).toEqual(SAMPLES);
	});
});

describe('parley export --tz and Telegram HTML', () => {
	// data-samples/telegram/README.md: the last record is 15.04.2024 15:33:21, titled UTC+01:00 (the standard offset).
	const SAMPLE = 'data-samples/telegram/ChatExport_2024-04-16';
	const last = (...tz: string[]) =>
		parley('export', SAMPLE, '--jsonl', ...tz)
			.stdout.trim()
			.split('\n')
			.map((l) => JSON.parse(l))
			.at(-1);

	it('reads the export in the given zone when its standard offset is the stated one, with the stated offset otherwise', () => {
		expect(last('--tz', 'Europe/Berlin')).toMatchObject({ ts_utc: '2024-04-15T13:33:21Z' });
		expect(last('--tz', 'UTC')).toMatchObject({ ts_utc: '2024-04-15T14:33:21Z' });
	});
});
