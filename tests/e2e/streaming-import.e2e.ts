// A generated 200,000-message WhatsApp export dropped through the file input: its conversation can be read while
// the import still runs, and afterwards every message is there, found by search and scanned for risks.
import { afterEach, expect, test } from 'vitest';
import { generateExport } from '../helpers/whatsapp-export';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const MESSAGES = 200_000;
const TIMEOUT = 240_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const count = (text: string, label: string) => Number((new RegExp(`([\\d,]+) ${label}`).exec(text)?.[1] ?? '-1').replaceAll(',', ''));

test('a 200k-message export is readable while it imports, then searchable and scanned', { timeout: 600_000 }, async () => {
	const chat = generateExport(MESSAGES, 5);
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Choose chat export files').setInputFiles({
		name: 'WhatsApp Chat with Night Desk.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(chat.text, 'utf8')
	});

	// While it runs: the conversation is listed with the messages loaded so far, and its messages can be read.
	const progress = page.getByRole('progressbar', { name: 'Import progress' });
	const conversation = page.getByRole('list', { name: 'Conversations' }).getByRole('link', { name: /Night Desk/ });
	await conversation.waitFor({ timeout: TIMEOUT });
	const early = count(await conversation.innerText(), 'messages');
	expect(early).toBeGreaterThan(0);
	expect(early).toBeLessThan(MESSAGES);
	expect(await progress.count()).toBe(1);
	const stages = page.getByRole('list', { name: 'Import stages' });
	await expect.poll(() => stages.innerText().catch(() => ''), { timeout: TIMEOUT }).toMatch(/loaded\s+[\d,]+/);
	await conversation.click();
	const first = page.getByRole('list', { name: 'Messages' }).getByRole('listitem').filter({ hasText: 'Messages and calls are end-to-end encrypted' });
	await first.waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'streaming-import-running.png');

	// Afterwards: every record, the last word found by search, every e-mail address a risk hit.
	await progress.waitFor({ state: 'detached', timeout: TIMEOUT });
	const summary = page.getByRole('region', { name: 'Import summary' });
	await expect.poll(() => summary.innerText().catch(() => ''), { timeout: TIMEOUT }).toContain('200,000');
	await expect.poll(async () => count(await conversation.innerText(), 'messages'), { timeout: TIMEOUT }).toBe(MESSAGES);

	await page.getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText(/^Index (built|restored from the saved workspace) · 200,000 messages$/).waitFor({ timeout: TIMEOUT });
	await page.getByRole('searchbox', { name: 'Search messages' }).fill(chat.uniqueWord);
	const results = page.getByRole('list', { name: 'Search results' });
	await expect.poll(() => results.getByRole('listitem').getByRole('link').count(), { timeout: TIMEOUT }).toBe(1);
	await expect.poll(() => results.innerText(), { timeout: TIMEOUT }).toContain(chat.uniqueWord);

	await page.getByRole('navigation').getByRole('link', { name: 'Risk', exact: true }).click();
	const perCategory = page.getByRole('list', { name: 'Hits per category' });
	const risky = chat.risky.toLocaleString('en-US');
	await expect.poll(() => perCategory.innerText().catch(() => ''), { timeout: TIMEOUT }).toMatch(new RegExp(`pii\\.email\\s*${risky}\\b`));
	await screenshot(page, 'streaming-import-done.png');
	assertNoOffMachineRequests(app.requests);
});
