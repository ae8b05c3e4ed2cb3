// Drag-and-drop imports like the file chooser; a file that is no chat export is named in an alert and
// the rest of the batch is still imported.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const SAMPLE = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat - Ops Team/_chat.txt');
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('a dropped export is imported', async () => {
	app = await openApp('/');
	const { page } = app;
	const zone = page.getByRole('region', { name: 'Drop chat exports here' });
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();
	const dataTransfer = await page.evaluateHandle(
		(text) => {
			const dt = new DataTransfer();
			dt.items.add(new File([text], '_chat.txt', { type: 'text/plain' }));
			return dt;
		},
		readFileSync(SAMPLE, 'utf8')
	);
	await zone.dispatchEvent('dragover', { dataTransfer });
	await zone.dispatchEvent('drop', { dataTransfer });
	const summary = page.getByRole('region', { name: 'Import summary' });
	await expect.poll(() => summary.innerText().catch(() => ''), { timeout: 60_000 }).toMatch(/Records\s+14/i);
	assertNoOffMachineRequests(app.requests);
});

test('a file that is no chat export gets a clear message, and the other file still imports', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.getByLabel('Choose chat export files').setInputFiles([
		{ name: 'accounts.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,iban\n1,Ana,DE89370400440532013000\n') },
		{ name: '_chat.txt', mimeType: 'text/plain', buffer: readFileSync(SAMPLE) }
	]);
	const alert = page.getByRole('alert').filter({ hasText: 'Not imported' });
	await expect
		.poll(() => alert.innerText().catch(() => ''), { timeout: 60_000 })
		.toMatch(/not a recognised chat export.*Tried: .*WhatsApp chat export.*id,name,iban/s);
	await page
		.getByRole('list', { name: 'Conversations' })
		.getByRole('link', { name: /Ops Team|_chat/ })
		.waitFor();
	await screenshot(page, 'import-error-unknown-format.png');
	assertNoOffMachineRequests(app.requests);
});
