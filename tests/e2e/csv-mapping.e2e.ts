// A generic CSV goes through the column-mapping step: the guess is shown against the first rows, the user can
// change it, and the import uses what was confirmed; skipping imports nothing.
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const CSV = join(REPO_ROOT, 'data-samples/csv/travel_agency_sms_export.csv');
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function chooseCsv() {
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();
	await page.getByLabel('Choose chat export files').setInputFiles(CSV);
	const dialog = page.getByRole('dialog', { name: /Map the columns of travel_agency_sms_export\.csv/ });
	await dialog.waitFor({ timeout: 60_000 });
	return { page, dialog };
}

test('the guessed columns are shown; a changed mapping is what gets imported', async () => {
	const { page, dialog } = await chooseCsv();
	// Hand-read from the sample's header row: Timestamp,Conversation,Sender,Sender ID,Message
	await expect.poll(() => dialog.getByLabel('Message text').inputValue()).toBe('4');
	await expect.poll(() => dialog.getByLabel(/^Author name/).inputValue()).toBe('2');
	await expect.poll(() => dialog.getByRole('table').innerText()).toContain('Klara Weber');
	await screenshot(page, 'csv-mapping-dialog.png');

	await dialog.getByLabel(/^Conversation/).selectOption({ label: '(none)' });
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	const summary = page.getByRole('region', { name: 'Import summary' });
	await expect.poll(() => summary.innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/Records\s+42/i);
	// Without a conversation column the whole file is one conversation, named after the file.
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count()).toBe(1);
	assertNoOffMachineRequests(app!.requests);
});

test('skipping the mapping step imports nothing and says so', async () => {
	const { page, dialog } = await chooseCsv();
	await dialog.getByRole('button', { name: 'Skip this file' }).click();
	await expect
		.poll(
			() =>
				page
					.getByRole('alert')
					.filter({ hasText: 'Not imported' })
					.innerText()
					.catch(() => ''),
			{ timeout: 30_000 }
		)
		.toMatch(/skipped at the column-mapping step/);
	expect(await page.getByRole('list', { name: 'Conversations' }).count()).toBe(0);
});

test('at 1024 px every preview column lies inside the dialog, readable without scrolling sideways', async () => {
	const { page, dialog } = await chooseCsv();
	await page.setViewportSize({ width: 1024, height: 768 });
	const preview = dialog.getByRole('table', { name: /First rows of/ });
	await expect.poll(() => preview.innerText()).toContain('Klara Weber');
	const box = (await preview.boundingBox())!;
	const headers = await preview.getByRole('columnheader').all();
	// Hand-read from the sample's header row.
	expect(await Promise.all(headers.map((h) => h.innerText()))).toEqual(['Timestamp', 'Conversation', 'Sender', 'Sender ID', 'Message']);
	for (const h of headers) {
		const b = (await h.boundingBox())!;
		expect(b.x).toBeGreaterThanOrEqual(box.x - 1);
		expect(b.x + b.width).toBeLessThanOrEqual(box.x + box.width + 1);
	}
	const scroll = await preview.evaluate((t) => ({ scroll: t.parentElement!.scrollWidth, client: t.parentElement!.clientWidth }));
	expect(scroll.scroll).toBeLessThanOrEqual(scroll.client);
	await screenshot(page, 'csv-mapping-dialog-1024.png');
});
