// A 100,000-message export stays usable: the message list renders a window, not every row, and scrolling to
// the end reaches the last message of the file.
import { afterEach, expect, test } from 'vitest';
import { generateWhatsAppText } from '../../bench/whatsapp-gen';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const MESSAGES = 100_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

function lastRecordText(text: string): string {
	const lines = text.trimEnd().split('\n');
	const header = [...lines].reverse().find((l) => / - [^:]+: /.test(l)) ?? '';
	return header.slice(header.indexOf(': ', header.indexOf(' - ')) + 2).slice(0, 40);
}

test('imports 100k messages and scrolls a virtualised list to the last one', async () => {
	const text = generateWhatsAppText(MESSAGES, 7);
	app = await openApp('/');
	const { page } = app;
	await page.getByLabel('Choose chat export files').setInputFiles({
		name: 'WhatsApp Chat with Large Group.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(text, 'utf8')
	});
	const summary = page.getByRole('region', { name: 'Import summary' });
	await expect.poll(() => summary.innerText().catch(() => ''), { timeout: 90_000 }).toContain('100,000');

	await page
		.getByRole('list', { name: 'Conversations' })
		.getByRole('link', { name: /Large Group/ })
		.click();
	const list = page.getByRole('list', { name: 'Messages' });
	await list.getByRole('listitem').first().waitFor();
	const rendered = await list.getByRole('listitem').count();
	expect(rendered).toBeGreaterThan(3);
	expect(rendered).toBeLessThan(200);

	await list.getByRole('listitem').first().hover();
	await page.mouse.wheel(0, 50_000_000);
	const last = lastRecordText(text);
	await expect.poll(async () => (await list.innerText()).includes(last), { timeout: 20_000 }).toBe(true);
	expect(await list.getByRole('listitem').count()).toBeLessThan(200);
	await screenshot(page, 'large-archive-100k.png');
	assertNoOffMachineRequests(app.requests);
});

test('cancelling an import shows progress first, then adds nothing', async () => {
	const text = generateWhatsAppText(300_000, 11);
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();
	await page.getByLabel('Choose chat export files').setInputFiles({
		name: 'WhatsApp Chat with Cancelled Group.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(text, 'utf8')
	});
	const progress = page.getByRole('progressbar', { name: 'Import progress' });
	await progress.waitFor({ timeout: 30_000 });
	await screenshot(page, 'import-in-progress.png');
	await page.getByRole('button', { name: 'Cancel import' }).click();
	const alert = page.getByRole('alert').filter({ hasText: 'Not imported' });
	await expect.poll(() => alert.innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/cancelled/);
	expect(await page.getByRole('list', { name: 'Conversations' }).count()).toBe(0);
	assertNoOffMachineRequests(app.requests);
});
