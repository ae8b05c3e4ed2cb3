// "Open a sample of every format" imports every bundled sample, served by the app itself, with nothing refused.
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

// Conversations per sample, hand-counted in data-samples/*/README.md: WhatsApp 1 + 1 + 1, WeChat 1 + 1 + 1 + 1,
// Telegram 4 (JSON) + 1 (HTML), Signal 1, Discord 1 + 1, Instagram 1, Messenger 1, Slack 6, CSV 4.
const CONVERSATIONS = 27;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('every sample format imports from the app with one click', async () => {
	app = await openApp('/');
	const { page } = app;
	const button = page.getByRole('button', { name: 'Open a sample of every format' });
	await button.and(page.locator(':enabled')).waitFor();
	await button.click();
	const dialog = page.getByRole('dialog', { name: /Map the columns of/ });
	await dialog.waitFor({ timeout: 60_000 });
	// The one step of the every-format sample says where it stands; the other files go on after it.
	await expect.poll(() => dialog.innerText()).toMatch(/File \d+ of \d+ in this import\. The other files wait for this answer/);
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count(), { timeout: 90_000 }).toBe(CONVERSATIONS);
	expect(await page.getByRole('alert').filter({ hasText: 'Not imported' }).count()).toBe(0);
	await screenshot(page, 'every-sample.png');
	assertNoOffMachineRequests(app.requests);
});
