// Risk: a WhatsApp chat with two card numbers, an IBAN and a burst of hits on one day (2024-03-12) in a chat that
// is otherwise quiet for weeks is imported; the risk page shows the heatmap and the burst, the burst opens its
// hits, and the redaction switch hides the card number in the message view and in the CSV export.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, RESULTS_DIR, screenshot, type App } from './harness';

const FIXTURE = join(REPO_ROOT, 'tests/fixtures/risk/WhatsApp Chat with Dana Whitfield.txt');
// Written into the fixture by hand: a Luhn-valid Visa number next to the word "card", and a German IBAN.
const CARD = '4532 0151 1283 0366';
const IBAN = 'DE89 3704 0044 0532 0130 00';
const TIMEOUT = 60_000;

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function exportCsv(page: Page): Promise<string> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByRole('button', { name: 'Export hits as CSV' }).click()]);
	const path = await download.path();
	if (!path) throw new Error('the CSV download has no file');
	return readFileSync(path, 'utf8');
}

test('the risk page shows the heatmap, opens a burst, and redaction hides a card number in the message view and the CSV', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await page.getByLabel('Choose chat export files').setInputFiles(FIXTURE);
	await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Dana Whitfield' }).first().waitFor({ timeout: TIMEOUT });

	await page.getByRole('navigation').getByRole('link', { name: 'Risk', exact: true }).click();
	const heatmap = page.getByRole('table', { name: /Risk heatmap/ });
	await heatmap.waitFor({ timeout: TIMEOUT });
	// The busiest week (Monday 2024-03-11) holds the burst day; its cell names its hits.
	const busyWeek = heatmap.getByRole('button', { name: /Dana Whitfield, week of 2024-03-11: [3-9] hits in 7 messages/ });
	await busyWeek.waitFor();
	await expect.poll(() => page.getByRole('list', { name: 'Hits per category' }).innerText()).toMatch(/pii\.credit_card\s*2/);
	await screenshot(page, 'risk-heatmap.png');
	// Column headers name months with their year over the weeks' days, and no header is empty for a screen reader.
	const headers = await heatmap.getByRole('columnheader').allTextContents();
	expect(headers.filter((h) => h.trim() === '')).toEqual([]);
	expect(headers).toContain('Mar 2024');
	expect(headers.some((h) => h.includes('Week of 2024-03-11'))).toBe(true);

	const bursts = page.getByRole('table', { name: 'Bursts of hits' });
	await bursts.getByRole('button', { name: 'Open burst in Dana Whitfield, 2024-03-12' }).click();
	const hits = page.getByRole('list', { name: 'Hits: Burst in Dana Whitfield, 2024-03-12' });
	await hits.getByRole('listitem').first().waitFor();
	const shown = await hits.innerText();
	expect(shown).toContain(CARD);
	expect(shown).toContain(IBAN);
	// A hit names its category once, and its rule only where the rule differs from it.
	expect(shown).not.toMatch(/\b(pii\.\w+)\s+\1\b/);
	expect(shown).not.toContain('accounts@harbor-example.com'); // the one hit outside the burst, on 2024-02-05
	const link = hits.getByRole('link', { name: 'Dana Whitfield' }).first();
	expect(await link.getAttribute('href')).toMatch(/\?c=\d+&m=\d+$/);
	await screenshot(page, 'risk-burst.png');

	const plainCsv = await exportCsv(page);
	expect(plainCsv.split('\r\n')[0]).toBe(
		'\ufeffcategory,rule,severity,score,match,explanation,message_id,ts_utc,ts_local,utc_offset,tz,time_zone,conversation_id,conversation,author,kind,text,attachments,reply_to,edited,deleted,platform,archive_sha256,source_file,line,line_end,source_path,redacted'
	);
	expect(plainCsv).toContain(CARD);

	const redact = page.getByRole('switch', { name: 'Redact PII and secrets' });
	await redact.check();
	await expect.poll(() => hits.innerText()).not.toContain(CARD);
	expect(await hits.innerText()).toContain('[pii.credit_card]');
	const redactedCsv = await exportCsv(page);
	expect(redactedCsv).not.toContain(CARD);
	expect(redactedCsv).not.toContain('4532');
	expect(redactedCsv).toContain('[pii.credit_card]');

	await link.click();
	const messages = page.getByRole('list', { name: 'Messages' });
	await messages.getByRole('listitem').filter({ hasText: 'Here is the company card for the deposit' }).first().waitFor({ timeout: TIMEOUT });
	const view = await messages.innerText();
	expect(view).toContain('Here is the company card for the deposit: [pii.credit_card]');
	expect(view).not.toContain(CARD);
	// The message carries its risk mark.
	await expect.poll(() => messages.getByRole('listitem').filter({ hasText: 'Here is the company card' }).first().innerText()).toContain('⚑ pii.credit_card');
	await screenshot(page, 'risk-redacted.png');

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 180_000);

test('a policy added in the editor re-scans the workspace; syntax errors show their position; a broken pack is refused with reasons', async () => {
	app = await openApp('/risk');
	const { page, requests, pageErrors } = app;
	// Before any import the page says where to start.
	await page.getByText('No archive is loaded yet').waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'risk-empty.png');
	await page.getByRole('navigation').getByRole('link', { name: 'Workspace', exact: true }).click();
	await page.getByLabel('Choose chat export files').setInputFiles(FIXTURE);
	await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Dana Whitfield' }).first().waitFor({ timeout: TIMEOUT });
	await page.getByRole('navigation').getByRole('link', { name: 'Risk', exact: true }).click();
	const heatmap = page.getByRole('table', { name: /Risk heatmap/ });
	await heatmap.waitFor({ timeout: TIMEOUT });

	// A heatmap cell lists its week's hits: the 4 of the burst day, in the week of Monday 2024-03-11.
	await heatmap.getByRole('button', { name: /Dana Whitfield, week of 2024-03-11/ }).click();
	const weekHits = page.getByRole('list', { name: 'Hits: Dana Whitfield, week of 2024-03-11' });
	await weekHits.getByRole('listitem').first().waitFor();
	expect(await weekHits.getByRole('listitem').count()).toBe(4);
	const categories = page.getByRole('list', { name: 'Hits per category' });
	expect(await categories.innerText()).not.toMatch(/policy\.gifts/);

	await page.getByRole('button', { name: 'Add policy' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add policy' });
	await dialog.waitFor();
	// Nothing typed yet: nothing is flagged in red, though there is nothing to save either.
	expect(await dialog.getByText('the query is empty').count()).toBe(0);
	expect(await dialog.getByRole('textbox', { name: 'Query' }).getAttribute('aria-invalid')).toBe('false');
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Deposits');
	await dialog.getByRole('combobox', { name: 'Category' }).selectOption('policy.gifts');
	const query = dialog.getByRole('textbox', { name: 'Query' });
	await query.fill('deposit AND "unclosed');
	await expect.poll(() => dialog.getByRole('alert').first().innerText()).toMatch(/characters 13–/);
	expect(await dialog.getByRole('button', { name: 'Save policy' }).isDisabled()).toBe(true);
	await dialog.getByRole('textbox', { name: 'Sample text' }).fill('The deposit is paid');
	await screenshot(page, 'risk-policy-error.png');

	await query.fill('deposit*');
	await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/Matches:.*deposit/);
	await dialog.getByRole('textbox', { name: 'Sample text' }).fill('The invoice is paid');
	await expect.poll(() => dialog.getByRole('status').innerText()).toMatch(/No match/);
	await dialog.getByRole('button', { name: 'Save policy' }).click();
	await dialog.waitFor({ state: 'hidden' });

	// "deposit" is in two messages of the fixture (2024-03-12 15:01 and "Deposit confirmed" on 2024-03-15).
	await expect.poll(() => categories.innerText(), { timeout: TIMEOUT }).toMatch(/policy\.gifts\s*2/);
	const policies = page.getByRole('table', { name: 'Policies' });
	await policies.getByRole('checkbox', { name: 'Enabled: Deposits' }).uncheck();
	await expect.poll(() => categories.innerText(), { timeout: TIMEOUT }).not.toMatch(/policy\.gifts/);

	// The policy, switched off, is kept with the saved workspace.
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toMatch(/^Saved on this machine/);
	await page.reload();
	const restored = page.getByRole('table', { name: 'Policies' }).getByRole('checkbox', { name: 'Enabled: Deposits' });
	await restored.waitFor({ timeout: TIMEOUT });
	expect(await restored.isChecked()).toBe(false);

	await page.getByLabel('Import policy pack').setInputFiles({
		name: 'broken-pack.json',
		mimeType: 'application/json',
		buffer: Buffer.from(
			JSON.stringify({
				format: 'parley-policy-pack',
				version: 1,
				name: 'Broken',
				policies: [{ id: 'x.y', name: 'Bad', category: 'policy.gifts', severity: 'high', query: '(gift', description: '' }]
			})
		)
	});
	const refused = page.getByRole('alert').filter({ hasText: 'The policy pack was not imported' });
	await refused.waitFor();
	expect(await refused.innerText()).toMatch(/broken-pack\.json: policies\[0\]\.query/);
	await screenshot(page, 'risk-policies.png');

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 180_000);

test('a policy under a category of the user’s own is counted and filtered like a built-in one; built-in policies show their text read-only', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await page.getByLabel('Choose chat export files').setInputFiles(FIXTURE);
	await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Dana Whitfield' }).first().waitFor({ timeout: TIMEOUT });
	await page.getByRole('navigation').getByRole('link', { name: 'Risk', exact: true }).click();
	await page.getByRole('table', { name: /Risk heatmap/ }).waitFor({ timeout: TIMEOUT });

	// The built-in policy's text, read-only, with a copy button.
	const policies = page.getByRole('table', { name: 'Policies' });
	await policies.getByRole('button', { name: 'Show text: gifts and entertainment for clients' }).click();
	const text = page.getByRole('textbox', { name: /Query and exceptions of gifts and entertainment for clients/ });
	expect(await text.getAttribute('readonly')).not.toBeNull();
	expect(await text.inputValue()).toMatch(/kickback\*/);
	await screenshot(page, 'risk-builtin-text.png');
	await page.getByRole('button', { name: 'Copy the text of gifts and entertainment for clients' }).click();
	await expect
		.poll(() =>
			page
				.getByRole('status')
				.filter({ hasText: /Copied the text|refused the clipboard/ })
				.count()
		)
		.toBe(1);

	await page.getByRole('button', { name: 'Add policy' }).click();
	const dialog = page.getByRole('dialog', { name: 'Add policy' });
	await dialog.getByRole('textbox', { name: 'Name' }).fill('Deposits');
	await dialog.getByRole('combobox', { name: 'Category' }).selectOption('new');
	await dialog.getByRole('textbox', { name: 'New category name' }).fill('Deposit talk');
	await expect.poll(() => dialog.getByText(/Saved as custom\.deposit_talk/).count()).toBe(1);
	await dialog.getByRole('textbox', { name: 'Query' }).fill('deposit*');
	await screenshot(page, 'risk-policy-custom-category.png');
	await dialog.getByRole('button', { name: 'Save policy' }).click();
	await dialog.waitFor({ state: 'hidden' });

	// "deposit" is in two messages of the fixture.
	const categories = page.getByRole('list', { name: 'Hits per category' });
	await expect.poll(() => categories.innerText(), { timeout: TIMEOUT }).toMatch(/custom\.deposit_talk\s*2/);
	// the user's category carries its own label and a colour, like the built-in ones
	const chip = categories.getByRole('button', { name: /Deposit talk/ });
	expect(await chip.innerText()).toMatch(/Deposit talk · your category/);
	const colour = await chip.locator('.swatch').evaluate((el) => getComputedStyle(el).backgroundColor);
	expect(colour).toMatch(/^rgb\(/);
	const builtinColours = await categories
		.getByRole('button')
		.filter({ hasText: /policy\.|pii\.|phi|secret/ })
		.locator('.swatch')
		.evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
	expect(builtinColours).not.toContain(colour);
	await categories.screenshot({ path: join(RESULTS_DIR, 'risk-category-chips.png') });
	expect(await policies.getByRole('row').filter({ hasText: 'Deposits' }).innerText()).toMatch(/custom\.deposit_talk/);
	await screenshot(page, 'risk-custom-category.png');

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 180_000);
