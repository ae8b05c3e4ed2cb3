// Evidence is read-only: what a person types in the SQL console cannot change the archive, before or after a save and
// a reload; and a query run while the saved workspace is still being restored waits for it instead of counting part.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { generateWhatsAppText } from '../../bench/whatsapp-gen';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 120_000;
// The bundled sample (data-samples/whatsapp/README.md): 91 records.
const SAMPLE_RECORDS = 91;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const storage = (page: Page) => page.getByTestId('workspace-storage');

async function typeSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape'); // close a completion popup, if one is open
}

async function run(page: Page, sql: string) {
	await typeSql(page, sql);
	await page.keyboard.press('ControlOrMeta+Enter');
	await page.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
}

/** The single value a one-row, one-column query returns. */
async function value(page: Page, sql: string): Promise<string> {
	await run(page, sql);
	const table = page.getByRole('table', { name: 'Query result' });
	await table.getByRole('row').nth(1).waitFor({ timeout: TIMEOUT });
	return (await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).join('|');
}

async function importText(page: Page, name: string, text: string) {
	await page.getByLabel('Choose chat export files').setInputFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text, 'utf8') });
}

test('DELETE, UPDATE, DROP, INSERT and CREATE OR REPLACE are refused with the reason, and nothing changes across a save and a reload', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe(`Saved on this machine · ${SAMPLE_RECORDS} messages`);

	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	const alert = page.getByRole('alert');
	const attempts: [string, RegExp][] = [
		['DELETE FROM messages WHERE id < 5', /DELETE is refused: the archive's records are evidence/],
		["UPDATE messages SET text = 'FORGED'", /UPDATE is refused/],
		['DROP TABLE messages', /DROP is refused/],
		['INSERT INTO messages SELECT * FROM messages', /INSERT is refused/],
		['CREATE OR REPLACE TABLE messages AS SELECT * FROM messages LIMIT 1', /CREATE is refused/],
		['WITH x AS (SELECT 1) DELETE FROM messages', /writes to the workspace database/],
		['SELECT 1; DELETE FROM messages', /Only one statement runs at a time/],
		['DELETE\u3000FROM messages', /U\+3000 \(IDEOGRAPHIC SPACE\)/]
	];
	for (const [sql, reason] of attempts) {
		await run(page, sql);
		await alert.waitFor();
		const shown = await alert.innerText();
		expect(shown, sql).toMatch(/^Not run, nothing changed\./);
		expect(shown, sql).toMatch(reason);
		if (sql.startsWith('DELETE FROM')) await screenshot(page, 'sql-refused-delete');
	}
	expect(await value(page, 'SELECT count(*) AS n FROM messages')).toBe(String(SAMPLE_RECORDS));
	expect(await value(page, "SELECT count(*) AS n FROM messages WHERE text = 'FORGED'")).toBe('0');

	// Another import saves the workspace again; then a reload restores it from the save.
	await page.getByRole('navigation').getByRole('link', { name: 'Workspace', exact: true }).click();
	await importText(page, 'WhatsApp Chat with Second Group.txt', generateWhatsAppText(50, 3));
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe(`Saved on this machine · ${SAMPLE_RECORDS + 50} messages`);
	await page.reload();
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe(`Restored on this machine · ${SAMPLE_RECORDS + 50} messages`);

	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	expect(await value(page, 'SELECT count(*) AS n FROM messages WHERE archive_id = 1')).toBe(String(SAMPLE_RECORDS));
	expect(await value(page, 'SELECT count(*) AS n FROM messages')).toBe(String(SAMPLE_RECORDS + 50));
	expect(await value(page, "SELECT count(*) AS n FROM messages WHERE text = 'FORGED'")).toBe('0');
	expect(await value(page, 'SELECT count(*) AS n FROM archives')).toBe('2');

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);

test('/sql opened by URL while a large saved workspace is restored: the query waits, says so, then counts every message', async () => {
	const MESSAGES = 60_000;
	app = await openApp('/');
	const { page, baseURL } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await importText(page, 'WhatsApp Chat with Large Group.txt', generateWhatsAppText(MESSAGES, 5));
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 60,000 messages');

	await page.goto(new URL('/sql', baseURL).href);
	await typeSql(page, 'SELECT count(*) AS n FROM messages');
	await page.keyboard.press('ControlOrMeta+Enter');
	// The engine starts and the saved files load after the page appears; the query is typed and sent meanwhile.
	const waiting = page.getByRole('status').filter({ hasText: 'Waiting for the saved workspace to finish loading' });
	await waiting.waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'sql-waiting-for-restore');
	const table = page.getByRole('table', { name: 'Query result' });
	await table.getByRole('row').nth(1).waitFor({ timeout: TIMEOUT });
	expect(await table.getByRole('row').nth(1).getByRole('cell').allInnerTexts()).toEqual([String(MESSAGES)]);
	// Running the query is recorded in the audit trail, which is saved with the workspace a moment later: the line
	// may say "Saving…" and then "Saved"; either way it holds every message restored.
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toMatch(/^(Restored|Saved) on this machine · 60,000 messages$/);

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);
