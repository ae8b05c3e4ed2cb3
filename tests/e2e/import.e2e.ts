// Import contract: file chooser and sample button import the WhatsApp sample; conversations, messages and the
// SQL console work, and the console cannot reach the network or the disk. Elements are found by role and label only.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const SAMPLE = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt');
// Facts about the sample, counted by hand: 91 lines open a record (messages and system lines); line 1 opens
// no record ("--- chat backup restored …") and must be reported, not dropped.
const RECORDS = 91;
const UNPARSED_LINE = 1;

/** Texts of ordinary messages in the sample (the part after "date, time - Author: "), read straight from the file. */
function sampleMessageTexts(): string[] {
	return readFileSync(SAMPLE, 'utf8')
		.split(/\r?\n/)
		.map((line) => /^\d{1,2}\/\d{1,2}\/\d{2}, [^-]+ - [^:]+: (.+)$/.exec(line)?.[1] ?? '')
		.filter((text) => text.length >= 12 && !/[<>]|omitted|attached|deleted/i.test(text));
}

const IMPORT_TIMEOUT = 60_000;
const REFUSED = /refus|not allowed/i;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function start(): Promise<App> {
	if (!existsSync(SAMPLE)) throw new Error(`the WhatsApp sample is missing: ${SAMPLE}`);
	app = await openApp('/');
	return app;
}

async function expectImported(page: Page) {
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: IMPORT_TIMEOUT });
	await expect.poll(() => summary.innerText(), { timeout: IMPORT_TIMEOUT }).toMatch(new RegExp(`\\b${RECORDS}\\b`));
	await expect.poll(() => summary.innerText()).toMatch(new RegExp(`\\bline\\s+${UNPARSED_LINE}\\b`, 'i'));
	const conversation = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Harbor Logistics' });
	await conversation.first().waitFor();
	return conversation.first();
}

async function openConversation(page: Page) {
	const item = await expectImported(page);
	await item.getByRole('link').or(item.getByRole('button')).first().click();
	const items = page.getByRole('list', { name: 'Messages' }).getByRole('listitem');
	await items.first().waitFor();
	// The list may render only a window of messages, so any message of the sample counts.
	const texts = sampleMessageTexts();
	expect(texts.length).toBeGreaterThan(20);
	await expect.poll(async () => (await items.allInnerTexts()).some((item) => texts.some((t) => item.includes(t))), { timeout: 10_000 }).toBe(true);
}

/** Runs one statement after a trivial one, so a stale result or alert from before cannot be mistaken for its outcome. */
async function runSql(page: Page, sql: string) {
	const box = page.getByRole('textbox', { name: 'SQL' });
	const run = page.getByRole('button', { name: 'Run', exact: true });
	await box.fill('SELECT 42 AS fresh');
	await run.click();
	await page.getByRole('table').getByRole('columnheader', { name: 'fresh' }).waitFor();
	expect(await page.getByRole('alert').count()).toBe(0);
	await box.fill(sql);
	await run.click();
	await page.getByRole('columnheader', { name: 'fresh' }).waitFor({ state: 'detached' });
	await page.getByRole('table').or(page.getByRole('alert')).first().waitFor({ timeout: 30_000 });
}

test('choosing the WhatsApp export imports it; its conversation and messages can be read', async () => {
	const { page, requests, pageErrors } = await start();
	await page.getByLabel('Choose chat export files').setInputFiles(SAMPLE);
	await openConversation(page);
	await screenshot(page, 'import-whatsapp.png');
	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});

test('"Open sample archive" imports the bundled sample', async () => {
	const { page, requests, pageErrors } = await start();
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	await openConversation(page);
	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});

test('the SQL console queries the import and refuses the network, extensions and files', async () => {
	const { page, requests, pageErrors } = await start();
	await page.getByLabel('Choose chat export files').setInputFiles(SAMPLE);
	await expectImported(page);
	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();

	await runSql(page, 'SELECT count(*) AS n FROM messages');
	const table = page.getByRole('table');
	await table.getByRole('columnheader', { name: 'n', exact: true }).waitFor();
	expect(await table.getByRole('cell').allInnerTexts()).toEqual([String(RECORDS)]);

	await runSql(page, "SELECT * FROM read_csv('http://127.0.0.1:9/x.csv')");
	await page.getByRole('alert').waitFor();
	expect(requests.filter((r) => new URL(r.url).port === '9')).toEqual([]);

	await runSql(page, 'INSTALL httpfs');
	expect(await page.getByRole('alert').innerText()).toMatch(REFUSED);

	await runSql(page, "COPY messages TO 'x.csv'");
	expect(await page.getByRole('alert').innerText()).toMatch(REFUSED);

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});
