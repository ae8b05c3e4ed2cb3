// Suggested merges on the People page: the Harbor Logistics group (Dana Weiss) and the one-to-one chat where she is
// saved as "Dana W" (data-samples/whatsapp/README.md) give one suggestion, with its evidence; dismissing it keeps it
// dismissed after a reload, and the audit trail records it. Nothing is merged by itself.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const DIR = join(import.meta.dirname, '../../data-samples/whatsapp');
const FILES = ['WhatsApp Chat with Harbor Logistics.txt', 'WhatsApp Chat with Dana W.txt'];

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('Dana Weiss and Dana W are suggested, never merged by themselves, and a dismissal holds after a reload', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	const input = page.getByLabel('Choose chat export files');
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await input.setInputFiles(FILES.map((name) => ({ name, mimeType: 'text/plain', buffer: readFileSync(join(DIR, name)) })));
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count(), { timeout: 90_000 }).toBe(2);

	await page.getByRole('navigation').getByRole('link', { name: 'People', exact: true }).click();
	const table = page.getByRole('table', { name: 'People' });
	// Harbor Logistics: 5 authors; the chat adds Dana W (Chidi Okafor is the same WhatsApp participant): 6 people + header.
	await expect.poll(() => table.getByRole('row').count(), { timeout: 30_000 }).toBe(7);
	const list = page.getByRole('list', { name: 'Suggested merges' });
	await expect.poll(() => list.getByRole('listitem').filter({ hasText: 'Dana W' }).count(), { timeout: 30_000 }).toBeGreaterThan(0);
	const suggestion = list.locator(':scope > li');
	expect(await suggestion.count()).toBe(1);
	// Harbor Logistics is imported first, so Dana Weiss is the older participant and comes first.
	expect(await suggestion.innerText()).toContain('a name and its initial on whatsapp: “Dana Weiss” and “Dana W”');
	await screenshot(page, 'people-suggestions.png');

	await suggestion.getByRole('button', { name: /^Dismiss/ }).click();
	await expect.poll(() => suggestion.count()).toBe(0);
	expect(await page.getByText(/^No suggestions/).count()).toBe(1);
	expect(await table.getByRole('row').count()).toBe(7);
	await page.getByText(/^\s*Saved on this machine/).waitFor({ timeout: 60_000 });

	await page.reload();
	await page.getByRole('navigation').getByRole('link', { name: 'People', exact: true }).click();
	await expect.poll(() => table.getByRole('row').count(), { timeout: 90_000 }).toBe(7);
	expect(await page.getByRole('list', { name: 'Suggested merges' }).count()).toBe(0);
	expect(await page.getByText(/^No suggestions/).count()).toBe(1);

	await page.getByRole('navigation').getByRole('link', { name: 'Audit', exact: true }).click();
	await expect.poll(() => page.getByText('Suggested merge dismissed').count(), { timeout: 30_000 }).toBeGreaterThan(0);

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 300_000);
