// Exports in chromium under the page's real CSP: Arrow IPC from the SQL console (apache-arrow's builders need eval,
// which the CSP refuses; the export must not), and an RSMF export of a conversation read back by the test reader.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { customValue, manifestProblems, readRsmf } from '../helpers/rsmf-reader';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const TIMEOUT = 60_000;
const SAMPLE_TXT = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt');
const SAMPLE_ZIP = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.zip');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function importSample(page: Page) {
	const button = page.getByRole('button', { name: 'Open sample archive' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await button.click();
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 91 messages');
}

async function runSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape');
	await page.keyboard.press('ControlOrMeta+Enter');
	await page.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
}

async function downloadOf(page: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Uint8Array }> {
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), click()]);
	return { name: download.suggestedFilename(), bytes: new Uint8Array(readFileSync((await download.path())!)) };
}

test('Export Arrow works under the CSP (no eval) and the file reads back with its rows, values and provenance', async () => {
	app = await openApp('/');
	const { page } = app;
	// The page really refuses eval (what apache-arrow's builders would need). DevTools' own evaluation is exempt from
	// the CSP, so the string is compiled by the page's timer, outside it; the refusal is reported as a violation.
	await page.evaluate(() => {
		const w = window as unknown as { __evalRan: boolean; __violations: string[] };
		w.__evalRan = false;
		w.__violations = [];
		document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(e.violatedDirective));
		(setTimeout as unknown as (code: string, ms: number) => void)('window.__evalRan = true', 0);
	});
	await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toContain('script-src');
	expect(await page.evaluate(() => (window as unknown as { __evalRan: boolean }).__evalRan)).toBe(false);
	await importSample(page);
	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	await runSql(page, "SELECT id AS message_id, author, kind, ts_utc FROM messages WHERE author = 'Bo Li' ORDER BY id");
	await expect
		.poll(() =>
			page
				.getByRole('status')
				.filter({ hasText: /rows? in/ })
				.innerText()
		)
		.toMatch(/^21 rows in/);

	const file = await downloadOf(page, () => page.getByRole('button', { name: 'Export Arrow' }).click());
	expect(file.name).toMatch(/^query-.*\.arrows$/);
	const table = tableFromIPC(file.bytes);
	expect(table.numRows).toBe(21);
	expect([...table.getChild('author')!]).toEqual(Array(21).fill('Bo Li'));
	expect(String(table.getChild('message_id')!.type)).toBe('Int64');
	expect(String(table.getChild('ts_utc')!.type)).toBe('Timestamp<MILLISECOND>');
	expect([...table.getChild('prov_archive_sha256')!]).toEqual(Array(21).fill(sha256(readFileSync(SAMPLE_TXT))));
	expect([...table.getChild('prov_platform')!]).toEqual(Array(21).fill('whatsapp'));
	expect([...table.getChild('redacted')!]).toEqual(Array(21).fill(false));
	expect(table.schema.metadata.get('parley.redacted')).toBe('false');
	const ids = [...table.getChild('message_id')!].map(Number);
	expect(ids).toEqual([...ids].sort((a, b) => a - b));

	// The page shows the SHA-256 of exactly the bytes saved.
	const receipt = page.getByRole('region', { name: 'Last export' });
	await expect.poll(() => receipt.innerText()).toContain(sha256(file.bytes));
	expect(await receipt.innerText()).toContain('21 records, not redacted');
	await screenshot(page, 'export-arrow-receipt.png');

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 240_000);

test('a conversation exports as RSMF 2.0: one file per day, every message once, attachment files byte for byte', async () => {
	app = await openApp('/');
	const { page } = app;
	await importSample(page);
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
	await page.getByRole('list', { name: 'Messages' }).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });

	await page.getByRole('button', { name: 'Export conversation…' }).click();
	const dialog = page.getByRole('dialog', { name: 'Export conversation' });
	await dialog.getByRole('radio', { name: /RSMF 2\.0/ }).check();
	await dialog.getByRole('combobox', { name: 'RSMF time window' }).waitFor();
	await screenshot(page, 'export-dialog-rsmf.png');
	const file = await downloadOf(page, () => dialog.getByRole('button', { name: 'Export', exact: true }).click());
	expect(file.name).toBe('parley-rsmf.zip');
	await expect.poll(() => dialog.getByRole('status').innerText()).toContain(sha256(file.bytes));
	await screenshot(page, 'export-dialog-done.png');

	const entries = unzipSync(file.bytes);
	const rsmf = Object.keys(entries)
		.filter((n) => n.endsWith('.rsmf'))
		.sort();
	const sample = unzipSync(new Uint8Array(readFileSync(SAMPLE_ZIP)));
	let events = 0;
	const attachments: string[] = [];
	for (const name of rsmf) {
		expect(name).toMatch(/^Harbor Logistics \d{4}-\d{2}-\d{2}\.rsmf$/);
		const read = readRsmf(entries[name]);
		expect(manifestProblems(read.manifest, read.zip)).toEqual([]);
		expect(read.headers.get('x-rsmf-version')).toBe('2.0.0');
		expect(read.headers.get('x-rsmf-application')).toBe('WhatsApp');
		expect(read.headers.get('x-parley-redacted')).toBe('false');
		events += read.manifest.events.length;
		for (const e of read.manifest.events) {
			expect(customValue(e, 'Source file')).toBe('WhatsApp Chat with Harbor Logistics.zip/WhatsApp Chat with Harbor Logistics.txt');
			for (const a of e.attachments ?? []) {
				attachments.push(a.display!);
				expect(read.zip[a.id]).toEqual(sample[a.display!]);
			}
		}
	}
	// data-samples/whatsapp/README.md: 91 records; the zip carries two of the files messages name.
	expect(events).toBe(91);
	expect(attachments.sort()).toEqual(['DOC-20240125-WA0011.pdf', 'IMG-20240115-WA0003.jpg']);
	const index = new TextDecoder().decode(entries['rsmf-index.csv']).split('\r\n');
	expect(index.length - 2).toBe(rsmf.length);
	for (const name of rsmf) expect(index.some((l) => l.startsWith(`${name},`) && l.includes(sha256(entries[name])))).toBe(true);

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 240_000);
