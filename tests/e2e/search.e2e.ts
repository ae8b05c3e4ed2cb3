// Search over the WhatsApp sample (Harbor Logistics), found by role and name only. Facts counted by hand in
// data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt: "ISF" is in 7 messages; "Evergreen" in 3, oldest
// first "Let's hold until Thursday and compare with Evergreen", then "Evergreen came back at $1,980", then
// "Book Evergreen then"; the phrase "Pacific Drayage" is in 2 (Eli's introduction and Dana's contact sheet).
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 60_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const results = (page: Page) => page.getByRole('list', { name: 'Search results' });
const hitCount = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*[\d,]+ hits?\s*$/ });
const box = (page: Page) => page.getByRole('searchbox', { name: 'Search messages' });

async function expectHits(page: Page, n: number) {
	await expect
		.poll(
			() =>
				hitCount(page)
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toBe(`${n} ${n === 1 ? 'hit' : 'hits'}`);
	await expect.poll(() => results(page).getByRole('listitem').getByRole('link').count(), { timeout: TIMEOUT }).toBe(n);
}

/** Client-side navigation, as following a link inside the app does (no reload). */
async function followLink(page: Page, href: string) {
	await page.evaluate((h) => {
		const a = document.createElement('a');
		a.href = h;
		document.body.append(a);
		a.click();
		a.remove();
	}, href);
}

test('search the sample: hits with highlighting, an inline syntax error, a hit opened in its conversation, a search restored from its URL', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).click({ timeout: TIMEOUT });
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await page.getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText(/^Index (built|restored from the saved workspace) · 91 messages$/).waitFor({ timeout: TIMEOUT });

	await box(page).fill('ISF');
	await expectHits(page, 7);
	const marks = await results(page).locator('mark').allInnerTexts();
	expect(marks.length).toBeGreaterThanOrEqual(7);
	expect(new Set(marks.map((m) => m.toLowerCase()))).toEqual(new Set(['isf']));
	await expect.poll(() => page.url()).toContain('/search?q=ISF');
	await screenshot(page, 'search-results.png');

	// A facet narrows the search by adding its filter to the query text: February holds 3 of the 7.
	await page
		.getByRole('group', { name: 'Month' })
		.getByRole('button', { name: /2024-02/ })
		.click();
	await expect.poll(() => box(page).inputValue()).toBe('ISF on:2024-02');
	await expectHits(page, 3);
	await page.getByRole('button', { name: 'Export hits…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export hits' });
	const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
	await dialog.getByRole('button', { name: 'Close' }).click();
	const csv = readFileSync((await download.path())!, 'utf8');
	const lines = csv.split('\r\n');
	expect(lines[0]).toBe(
		'\ufeffrank,score,message_id,ts_utc,ts_local,utc_offset,tz,time_zone,conversation_id,conversation,author,kind,text,attachments,reply_to,edited,deleted,platform,archive_sha256,source_file,line,line_end,source_path,redacted'
	);
	expect(lines.length).toBe(5);
	expect(lines.at(-1)).toBe('');
	// rank,score,message_id,ts_utc first; then the wall time, offset and zone (the import read them in UTC), …
	const rows = lines.slice(1, 4).map((l) => l.replace(/^\d+,[\d.e-]+,\d+,[^,]+,/, '').replace(/,[0-9a-f]{64},.*$/, ''));
	expect(rows.sort()).toEqual([
		'2024-02-01T09:10:00,+00:00,UTC,local (not stated in the export),1,Harbor Logistics,Dana Weiss,text,ISF for both containers by 2/7 then,,,false,false,whatsapp',
		'2024-02-02T16:45:00,+00:00,UTC,local (not stated in the export),1,Harbor Logistics,Dana Weiss,text,"Reminder: new CBP rule on the ISF\n2/14/24 is the new cutoff for the updated fields\nPlease send me the HS codes before that",,,false,false,whatsapp',
		'2024-02-13T12:06:00,+00:00,UTC,local (not stated in the export),1,Harbor Logistics,Dana Weiss,text,Screenshot of the ISF acceptance,,,false,false,whatsapp'
	]);

	await box(page).fill('ISF foo:bar (exam');
	const alert = page.getByRole('alert', { name: 'Query errors' });
	await alert.waitFor();
	expect(await alert.innerText()).toContain("unknown field 'foo'");
	expect(await alert.innerText()).toContain("unclosed '('");
	expect(await alert.locator('mark').allInnerTexts()).toEqual(['foo:bar', '(']);
	await screenshot(page, 'search-error.png');

	await box(page).fill('evergreen');
	await expectHits(page, 3);
	await page.getByRole('button', { name: 'Oldest first' }).click();
	await expect
		.poll(async () => (await results(page).getByRole('link').allInnerTexts()).map((t) => t.split('\n').at(-1)))
		.toEqual(["Let's hold until Thursday and compare with Evergreen", 'Evergreen came back at $1,980', 'Book Evergreen then']);
	await expect.poll(() => page.url()).toMatch(/\/search\?q=evergreen&sort=time$/);

	await results(page)
		.getByRole('link', { name: /Evergreen came back/ })
		.click();
	await expect.poll(() => page.url()).toMatch(/\/\?c=\d+&m=\d+$/);
	const messages = page.getByRole('list', { name: 'Messages' });
	const current = messages.locator('li[aria-current="true"]');
	await current.waitFor({ timeout: TIMEOUT });
	expect(await current.innerText()).toContain('Evergreen came back at $1,980');
	await current.scrollIntoViewIfNeeded();
	const around = await messages.getByRole('listitem').allInnerTexts();
	expect(around.some((t) => t.includes('Rates went up, $2,150 per FEU now'))).toBe(true);
	expect(around.some((t) => t.includes('Book Evergreen then'))).toBe(true);
	await screenshot(page, 'search-open-hit.png');

	// The nav link back to Search returns to this tab's search, and puts it back in the URL.
	await page.getByRole('navigation').getByRole('link', { name: 'Search', exact: true }).click();
	await expectHits(page, 3);
	expect(await box(page).inputValue()).toBe('evergreen');
	await expect.poll(() => page.url()).toMatch(/\/search\?q=evergreen&sort=time$/);

	await followLink(page, '/search?q=%22Pacific+Drayage%22');
	await expectHits(page, 2);
	expect(await box(page).inputValue()).toBe('"Pacific Drayage"');
	expect((await results(page).locator('mark').allInnerTexts()).map((m) => m.toLowerCase())).toContain('pacific drayage');

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});

test('a reload keeps the saved index and restores the search in the URL', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).click({ timeout: TIMEOUT });
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await page.getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText('Index built · 91 messages').waitFor({ timeout: TIMEOUT });
	// "ISF accepted" is one message ("Screenshot of the ISF acceptance" has acceptance, not accepted).
	await box(page).fill('ISF accepted');
	await expectHits(page, 1);
	await expect.poll(() => page.url()).toContain('/search?q=ISF+accepted');
	// Saving the workspace follows indexing; a reload before it ends would find the previous (empty) workspace.
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 91 messages');

	await page.reload();
	await page.getByText('Index restored from the saved workspace · 91 messages').waitFor({ timeout: TIMEOUT });
	expect(await box(page).inputValue()).toBe('ISF accepted');
	await expectHits(page, 1);

	// The current hits are a table in DuckDB: the SQL console can join them with the messages.
	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	await page.getByRole('textbox', { name: 'SQL' }).fill('SELECT m.text AS hit_text FROM search_hits h JOIN messages m ON m.id = h.message_id');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const table = page.getByRole('table');
	await table.getByRole('columnheader', { name: 'hit_text', exact: true }).waitFor({ timeout: TIMEOUT });
	expect(await table.getByRole('cell').allInnerTexts()).toEqual(['ISF accepted']);
	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});

test('with nothing imported the search page says so, and a query still shows its syntax errors', async () => {
	app = await openApp('/search');
	const { page, requests, pageErrors } = app;
	await page.getByText('No archive imported yet.').waitFor({ timeout: TIMEOUT });
	await box(page).fill('from:');
	expect(await page.getByRole('alert', { name: 'Query errors' }).innerText()).toContain('empty value');
	await page.getByText('Query syntax').click();
	const help = page.getByRole('table', { name: /Operators of the search box/ });
	expect(await help.getByRole('row').count()).toBe(17);
	await screenshot(page, 'search-empty.png');
	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
});
