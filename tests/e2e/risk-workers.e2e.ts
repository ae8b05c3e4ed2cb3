// On a machine with more cores, an import is scanned by several risk workers at once, and finds what one finds.
import { afterEach, expect, test } from 'vitest';
import { generateExport } from '../helpers/whatsapp-export';
import { assertNoOffMachineRequests, openApp, type App } from './harness';

const MESSAGES = 120_000;
const TIMEOUT = 240_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('with 8 cores reported, four risk workers scan the import and every e-mail address is one hit', { timeout: 600_000 }, async () => {
	const chat = generateExport(MESSAGES, 3);
	app = await openApp('/');
	const { page } = app;
	await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'hardwareConcurrency', { get: () => 8 }));
	const workers: string[] = [];
	page.on('worker', (w) => workers.push(w.url()));
	await page.reload();
	expect(await page.evaluate(() => navigator.hardwareConcurrency)).toBe(8);
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Choose chat export files').setInputFiles({
		name: 'WhatsApp Chat with Four Scanners.txt',
		mimeType: 'text/plain',
		buffer: Buffer.from(chat.text, 'utf8')
	});
	const summary = page.getByRole('region', { name: 'Import summary' });
	await expect.poll(() => summary.innerText().catch(() => ''), { timeout: TIMEOUT }).toContain(MESSAGES.toLocaleString('en-US'));

	expect(workers.filter((url) => /risk/i.test(url)).length).toBe(4);
	await page.getByRole('navigation').getByRole('link', { name: 'Risk', exact: true }).click();
	const perCategory = page.getByRole('list', { name: 'Hits per category' });
	const risky = chat.risky.toLocaleString('en-US');
	await expect.poll(() => perCategory.innerText().catch(() => ''), { timeout: TIMEOUT }).toMatch(new RegExp(`pii\\.email\\s*${risky}\\b`));

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
});
