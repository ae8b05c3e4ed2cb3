import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

/** The workspace outlives a reload: saved to this browser's private storage (OPFS), restored at start-up. */

const TIMEOUT = 60_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('an imported archive is saved, restored after a reload, and cleared on request', async () => {
	app = await openApp('/');
	const { page } = app;
	const storage = page.getByTestId('workspace-storage');
	const conversations = page.getByRole('list', { name: 'Conversations' });

	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	// data-samples/whatsapp/README.md: the Harbor Logistics sample holds 91 records.
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 91 messages');
	const titles = await conversations.getByRole('listitem').allInnerTexts();
	expect(titles.length).toBe(1);

	await page.reload();
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 91 messages');
	await expect.poll(() => conversations.getByRole('listitem').allInnerTexts(), { timeout: TIMEOUT }).toEqual(titles);
	await conversations.getByRole('link').first().click();
	await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'workspace-restored');

	await page.getByRole('button', { name: 'Clear saved workspace' }).click();
	const dialog = page.getByRole('dialog', { name: 'Clear the saved workspace?' });
	await dialog.getByRole('button', { name: 'Clear and reload' }).click();
	await page.getByRole('heading', { name: 'Read your chat exports without sending them anywhere' }).waitFor({ timeout: TIMEOUT });
	expect(await conversations.getByRole('listitem').count()).toBe(0);
	expect(await storage.innerText()).toBe('');

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 180_000);
