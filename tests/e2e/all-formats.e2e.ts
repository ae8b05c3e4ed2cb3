// Every registered format in one page: one sample of each goes through the real file chooser in a single batch;
// the import summary shows the hand-counted records of each sample (data-samples/*/README.md), the conversation
// list shows the titles the READMEs name, Chinese text survives, nothing leaves the machine, and choosing the
// same files again adds nothing. Elements are found by role and label only.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { zipSync, type Zippable } from 'fflate';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, RESULTS_DIR, screenshot, type App } from './harness';

const SAMPLES_DIR = join(REPO_ROOT, 'data-samples');
const IMPORT_TIMEOUT = 90_000;
const MTIME = new Date('2024-04-12T12:00:00Z');

interface Sample {
	/** The file name the browser sees (the summary's heading starts with it). */
	name: string;
	bytes: Buffer;
	mimeType: string;
	/** Records of the whole file, from the sample's README (never from the parser). */
	records: number;
	/** Conversation titles, from the sample's README. */
	titles: string[];
}

function file(rel: string, records: number, titles: string[]): Sample {
	const name = basename(rel);
	const ext = name.slice(name.lastIndexOf('.') + 1).toLowerCase();
	const mimeType = { txt: 'text/plain', zip: 'application/zip', json: 'application/json', csv: 'text/csv' }[ext] ?? 'application/octet-stream';
	return { name, bytes: readFileSync(join(SAMPLES_DIR, rel)), mimeType, records, titles };
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir)
		.sort()
		.flatMap((n) => (statSync(join(dir, n)).isDirectory() ? filesUnder(join(dir, n)) : [join(dir, n)]));
}

/** Zips every file under `dir`, named by its path relative to `base` (forward slashes), with a fixed mtime. */
function zipFolder(name: string, dir: string, base: string, records: number, titles: string[]): Sample {
	const members: Zippable = {};
	for (const path of filesUnder(dir)) members[relative(base, path).split(/[\\/]/).join('/')] = [readFileSync(path), { mtime: MTIME }];
	return { name, bytes: Buffer.from(zipSync(members)), mimeType: 'application/zip', records, titles };
}

const MESSENGER = join(SAMPLES_DIR, 'messenger');
const SLACK = join(SAMPLES_DIR, 'slack/Northwind Labs Slack export Mar 4 2024 - Mar 8 2024');

// Hand-written from data-samples/*/README.md.
const SAMPLES: Sample[] = [
	file('whatsapp/WhatsApp Chat with Harbor Logistics.txt', 91, ['Harbor Logistics']),
	// The iOS zip: `_chat.txt` (the README's `WhatsApp Chat - Ops Team/_chat.txt`, 14 records) and one photo.
	file('whatsapp/WhatsApp Chat - Ops Team.zip', 14, ['Ops Team']),
	file('wechat/East China Sales_utf8.csv', 39, ['East China Sales']),
	file('wechat/wxid_sortega88_0_5000.csv', 31, ['wxid_sortega88']),
	file('wechat/Lukas Brandt.txt', 32, ['Lukas Brandt']),
	file('wechat/项目Alpha.json', 30, ['项目Alpha']),
	file('telegram/DataExport_2024-04-12/result.json', 65, ['Lena Fischer', 'Harbor Ops 港口', 'Port Notices', 'Old Tender Team']),
	// The README's title `Clinic Night Shift` is the folder name; a file chooser hands over `data.json` alone, without
	// its folder, so the chat is titled by signal's fallback. Only the records figure is checked here.
	file('signal/Clinic Night Shift/data.json', 35, []),
	file('discord/Harbor Dev - Text Channels - general [1151234567890123456].json', 36, ['Harbor Dev / general']),
	file('discord/Harbor Dev - Support - help [1151234567890129999].csv', 30, ['Harbor Dev - Support - help']),
	// Both parts of one thread, paths kept as Meta writes them, so they merge into one conversation (68 records).
	zipFolder('facebook-messages.zip', join(MESSENGER, 'your_facebook_activity/messages/inbox/hikingcrew_4815162342'), MESSENGER, 68, ['Hiking Crew ⛰️']),
	file('instagram/your_instagram_activity/messages/inbox/nicoalvarez_17843210987654321/message_1.json', 36, ['nico.alvarez']),
	zipFolder(`${basename(SLACK)}.zip`, SLACK, SLACK, 59, ['general', 'deals', 'random', 'legal-hold', 'Ana, Chidi, Dana W.', 'Ana, Bo Li']),
	file('csv/travel_agency_sms_export.csv', 42, ['Booking 4471 – Familie Weber', 'Booking 4488 – Sr. Ortega', 'Booking 4502 – 陈先生', 'Booking 4510 – Ms Hill'])
];

const GENERIC_CSV = 'travel_agency_sms_export.csv';

// Conversations per README: 1 + 1 + 4 × 1 + 4 + 1 + 1 + 1 + 1 + 1 + 6 + 4.
const CONVERSATIONS = 25;

// Messages known to be in two conversations, read from the samples.
const WECHAT_TITLE = '项目Alpha';
const WECHAT_TEXT = '项目Alpha启动！Project Alpha kick-off 🎉';
const TELEGRAM_TITLE = 'Harbor Ops 港口';
const TELEGRAM_TEXT = '收到。明天早班我负责。';

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The summary entries of one input file: one per export found in it, headed `name` or `name › entry`. */
function summaryEntries(page: Page, name: string): Locator {
	const summary = page.getByRole('region', { name: 'Import summary' });
	return summary.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: new RegExp(`^${escape(name)}(?: › |$)`) }) });
}

async function recordsOf(entries: Locator): Promise<number> {
	let total = 0;
	for (const text of await entries.allInnerTexts()) {
		const m = /Records\s+([\d,\s]+?)\s*\n/i.exec(text);
		if (!m) throw new Error(`no Records figure in summary entry:\n${text}`);
		total += Number(m[1].replace(/[^\d]/g, ''));
	}
	return total;
}

/** Chooses every sample at once; the generic CSV stops at the column-mapping step, where the guess is confirmed. */
async function chooseAll(page: Page) {
	await page.getByLabel('Choose chat export files').setInputFiles(SAMPLES.map((s) => ({ name: s.name, mimeType: s.mimeType, buffer: s.bytes })));
	const dialog = page.getByRole('dialog', { name: new RegExp(`Map the columns of ${escape(GENERIC_CSV)}`) });
	await dialog.waitFor({ timeout: IMPORT_TIMEOUT });
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	await dialog.waitFor({ state: 'hidden' });
}

/** Waits until every file has an entry in the summary and the import has finished. */
async function waitForImport(page: Page) {
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: IMPORT_TIMEOUT });
	for (const s of SAMPLES) await summaryEntries(page, s.name).first().waitFor({ timeout: IMPORT_TIMEOUT });
	await expect.poll(() => page.getByLabel('Import progress').count(), { timeout: IMPORT_TIMEOUT }).toBe(0);
	await expect.poll(() => page.getByRole('button', { name: 'Open sample archive' }).isEnabled(), { timeout: IMPORT_TIMEOUT }).toBe(true);
}

async function conversationTitles(page: Page): Promise<string[]> {
	const items = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	return (await items.allInnerTexts()).map((t) => t.split('\n')[0].trim());
}

async function openConversation(page: Page, title: string, text: string) {
	const item = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: title });
	await item.getByRole('link').click();
	const messages = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
	await messages.first().waitFor();
	await expect.poll(async () => (await messages.allInnerTexts()).some((m) => m.includes(text)), { timeout: 15_000 }).toBe(true);
}

test('one sample of every format imports in one batch, with the hand-counted records, and again adds nothing', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	try {
		await importEverythingTwice(page);
	} catch (err) {
		await screenshot(page, 'all-formats-failure.png').catch(() => {});
		throw err;
	}
	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});

async function importEverythingTwice(page: Page) {
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();

	await chooseAll(page);
	await waitForImport(page);

	const notImported = page.getByRole('region', { name: 'Import summary' }).getByRole('alert').filter({ hasText: 'Not imported' });
	expect(await notImported.allInnerTexts()).toEqual([]);

	const seen: Record<string, number> = {};
	for (const s of SAMPLES) seen[s.name] = await recordsOf(summaryEntries(page, s.name));
	expect(seen).toEqual(Object.fromEntries(SAMPLES.map((s) => [s.name, s.records])));

	const titles = await conversationTitles(page);
	// What the page showed, for a reader of the run (the assertions use the hand-written figures above).
	mkdirSync(RESULTS_DIR, { recursive: true });
	writeFileSync(join(RESULTS_DIR, 'all-formats.json'), JSON.stringify({ records: seen, conversations: titles }, null, '\t'));
	expect(titles).toHaveLength(CONVERSATIONS);
	const wanted = SAMPLES.flatMap((s) => s.titles);
	expect(
		wanted.filter((t) => !titles.includes(t)),
		`missing among: ${titles.join(' | ')}`
	).toEqual([]);

	await openConversation(page, WECHAT_TITLE, WECHAT_TEXT);
	await openConversation(page, TELEGRAM_TITLE, TELEGRAM_TEXT);
	await screenshot(page, 'all-formats.png');

	// The same files again: every entry is recognised by its SHA-256 and nothing is added.
	await chooseAll(page);
	await expect
		.poll(async () => await page.getByRole('region', { name: 'Import summary' }).getByText('Already in this workspace').count(), { timeout: IMPORT_TIMEOUT })
		.toBeGreaterThanOrEqual(SAMPLES.length);
	await waitForImport(page);
	for (const s of SAMPLES) {
		const entries = summaryEntries(page, s.name);
		const n = await entries.count();
		expect(n, s.name).toBeGreaterThan(0);
		for (let i = 0; i < n; i++) expect(await entries.nth(i).innerText(), s.name).toContain('Already in this workspace');
	}
	expect(await notImported.allInnerTexts()).toEqual([]);
	expect(await conversationTitles(page)).toHaveLength(CONVERSATIONS);
}
