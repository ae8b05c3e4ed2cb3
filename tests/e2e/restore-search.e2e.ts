// A reload with a large saved workspace: while its tables and its search index come back, the search page says the
// workspace is being restored (never "No archive imported yet"), then answers the search in the URL. The hit count is
// checked against DuckDB, later pages of hits load as the list scrolls, and search_hits is filled when SQL names it.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { generateWhatsAppText } from '../../bench/whatsapp-gen';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 180_000;
const MESSAGES = 60_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const storage = (page: Page) => page.getByTestId('workspace-storage');
const hitCount = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*[\d,]+ hits?\s*$/ });
const results = (page: Page) => page.getByRole('list', { name: 'Search results' });

/** Records, from the first paint, whether the page ever showed each phrase (a short state can pass between two polls). */
const PHRASE_WATCH = `(() => {
	const seen = (window.__phrasesSeen = {});
	const phrases = ['Restoring the saved workspace', 'No archive imported yet'];
	const look = () => {
		const text = document.body ? document.body.innerText : '';
		for (const p of phrases) if (text.includes(p)) seen[p] = true;
	};
	new MutationObserver(look).observe(document, { subtree: true, childList: true, characterData: true });
	setInterval(look, 20);
})();`;

/** The value of a one-row query whose one column is named `alias` (distinct per query, so a previous result is not read). */
async function sqlValue(page: Page, sql: string, alias: string): Promise<string> {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape');
	await page.keyboard.press('ControlOrMeta+Enter');
	const table = page.getByRole('table', { name: 'Query result' });
	await expect
		.poll(
			() =>
				table
					.getByRole('columnheader')
					.first()
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toMatch(new RegExp(`^${alias}\\b`));
	return table.getByRole('row').nth(1).getByRole('cell').innerText();
}

test('reloading /search with a 60,000-message saved workspace: it says the workspace is being restored, then answers', async () => {
	app = await openApp('/');
	const { page, baseURL } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page
		.getByLabel('Choose chat export files')
		.setInputFiles({ name: 'WhatsApp Chat with Large Group.txt', mimeType: 'text/plain', buffer: Buffer.from(generateWhatsAppText(MESSAGES, 5), 'utf8') });
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 60,000 messages');

	await page.addInitScript(PHRASE_WATCH);
	await page.goto(new URL('/search?q=customs', baseURL).href);
	const restoring = page.getByRole('status').filter({ hasText: 'Restoring the saved workspace' });
	await restoring.first().waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'search-restoring');
	await hitCount(page).waitFor({ timeout: TIMEOUT });
	await page.getByText('Index restored from the saved workspace · 60,000 messages').waitFor({ timeout: TIMEOUT });
	const seen = await page.evaluate(() => (window as unknown as { __phrasesSeen: Record<string, boolean> }).__phrasesSeen);
	expect(seen).toEqual({ 'Restoring the saved workspace': true });
	expect(await restoring.count()).toBe(0);
	const shown = Number((await hitCount(page).innerText()).replace(/[^\d]/g, ''));
	// Far more hits than the first page the search asks for: the list holds every one of them.
	expect(shown).toBeGreaterThan(1000);
	expect(await results(page).getByRole('listitem').first().getAttribute('aria-setsize')).toBe(String(shown));

	// The last hit, many pages on: scrolled to, it loads (its page is asked for then) and is a customs message.
	const scroller = page.locator('.scroller');
	const last = results(page).locator(`li[aria-posinset="${shown}"]`);
	await expect
		.poll(
			async () => {
				// Rows are measured as they render, which moves the end: scroll to it again until the last row shows.
				await scroller.evaluate((el) => (el.scrollTop = el.scrollHeight));
				return last.innerText().catch(() => '');
			},
			{ timeout: TIMEOUT }
		)
		.toMatch(/customs/i);
	expect(await page.getByRole('alert').filter({ hasText: 'Could not load hits' }).count()).toBe(0);
	await screenshot(page, 'search-restored-last-hit');

	// The export asks the index for every hit when Export is pressed: it writes as many messages as the count said, ranked.
	await page.getByRole('button', { name: 'Export hits…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export hits' });
	await dialog.getByRole('radio', { name: /^JSON Lines/ }).check();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: TIMEOUT }),
		dialog.getByRole('button', { name: 'Export', exact: true }).click()
	]);
	const exported = readFileSync((await download.path())!, 'utf8')
		.split('\n')
		.filter((l) => l !== '')
		.map((l) => JSON.parse(l) as { rank: number; message_id: number; text: string });
	expect(exported.length).toBe(shown);
	expect(exported.map((r) => r.rank).sort((a, b) => a - b)).toEqual(Array.from({ length: shown }, (_, i) => i + 1));
	expect(new Set(exported.map((r) => r.message_id)).size).toBe(shown);
	expect(exported.every((r) => /\bcustoms\b/i.test(r.text))).toBe(true);
	await dialog.getByRole('button', { name: 'Close' }).click();

	// DuckDB, not the index, counts the messages with the word; search_hits (filled when SQL names it) holds every hit.
	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	expect(await sqlValue(page, "SELECT count(*) AS with_word FROM messages WHERE regexp_matches(lower(text), '\\bcustoms\\b')", 'with_word')).toBe(
		String(shown)
	);
	expect(await sqlValue(page, 'SELECT count(DISTINCT message_id) AS in_hits FROM search_hits', 'in_hits')).toBe(String(shown));

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 400_000);
