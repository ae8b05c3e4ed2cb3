// A keyboard walk with no mouse, over the bundled sample (Harbor Logistics, WhatsApp): from the top of the page to
// a conversation's messages, through them with PageDown, to a search hit, and back into the conversation at that
// message. Each step checks where the focus is.
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 90_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

interface Focused {
	tag: string;
	role: string | null;
	name: string;
	text: string;
	index: string | null;
}

const focused = (page: Page): Promise<Focused> =>
	page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		return {
			tag: el?.tagName.toLowerCase() ?? '',
			role: el?.getAttribute('role') ?? null,
			name: el?.getAttribute('aria-label') ?? '',
			text: (el?.innerText ?? '').slice(0, 300),
			index: el?.getAttribute('data-index') ?? null
		};
	});

/** Presses `key` until `where` holds for the focused element, at most `max` times; returns the presses. */
async function pressUntil(page: Page, key: string, where: (f: Focused) => boolean, max: number): Promise<number> {
	for (let presses = 1; presses <= max; presses++) {
		await page.keyboard.press(key);
		if (where(await focused(page))) return presses;
	}
	throw new Error(`${key} × ${max} never reached the element; focus is on ${JSON.stringify(await focused(page))}`);
}

test('keyboard only: skip link, a conversation, PageDown through its messages, a search hit and back', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });

	// The skip link is the first stop of the tab order.
	await page.keyboard.press('Tab');
	expect(await focused(page)).toMatchObject({ tag: 'a', text: 'Skip to main content' });
	await page.keyboard.press('Enter');
	expect(await focused(page)).toMatchObject({ tag: 'main' });
	// The sample, opened from the keyboard.
	await pressUntil(page, 'Tab', (f) => f.tag === 'button' && f.text === 'Open sample archive', 30);
	await page.keyboard.press('Enter');
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);

	// Enter on a conversation puts the focus in its message list, not on the page body.
	await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text.startsWith('Harbor Logistics'), 40);
	await page.keyboard.press('Enter');
	await expect.poll(() => focused(page).then((f) => f.role + ' ' + f.name), { timeout: TIMEOUT }).toBe('region Messages in Harbor Logistics');
	const scroller = page.getByRole('region', { name: 'Messages in Harbor Logistics' });
	await scroller.getByRole('listitem').first().waitFor();
	await expect.poll(() => page.getByText(/^Loading message/).count(), { timeout: TIMEOUT }).toBe(0);

	// PageDown lands on a message, then moves the focused message and the list by a page each time.
	await page.keyboard.press('PageDown');
	const first = await focused(page);
	expect(first).toMatchObject({ tag: 'li' });
	await page.keyboard.press('PageDown');
	const second = await focused(page);
	expect(second.tag).toBe('li');
	expect(Number(second.index)).toBeGreaterThan(Number(first.index));
	await page.keyboard.press('PageDown');
	const third = await focused(page);
	expect(Number(third.index)).toBeGreaterThan(Number(second.index));
	await expect.poll(() => scroller.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
	await page.keyboard.press('ArrowDown');
	expect(Number((await focused(page)).index)).toBe(Number(third.index) + 1);
	await page.keyboard.press('End');
	// data-samples/whatsapp: the Harbor Logistics chat holds 91 messages.
	await expect.poll(() => focused(page).then((f) => f.index)).toBe('90');
	await page.keyboard.press('Home');
	await expect.poll(() => focused(page).then((f) => f.index)).toBe('0');
	await screenshot(page, 'keyboard-messages.png');

	// Back up to the main navigation and on to Search.
	await pressUntil(page, 'Shift+Tab', (f) => f.tag === 'a' && f.text === 'Search', 60);
	await page.keyboard.press('Enter');
	const box = page.getByRole('searchbox', { name: 'Search messages' });
	await box.waitFor({ timeout: TIMEOUT });
	// From the top of the search page, the search box is two keys after the skip link.
	await pressUntil(page, 'Tab', (f) => f.text === 'Skip to main content', 3);
	await page.keyboard.press('Enter');
	const toBox = await pressUntil(page, 'Tab', (f) => f.tag === 'input' && f.name === 'Search messages', 5);
	expect(toBox).toBe(1);
	await page.keyboard.type('Evergreen came back');
	const hit = page.getByRole('list', { name: 'Search results' }).getByRole('link', { name: /Evergreen came back at \$1,980/ });
	await hit.waitFor({ timeout: TIMEOUT });
	await pressUntil(page, 'Tab', (f) => f.tag === 'a' && f.text.includes('Evergreen came back at $1,980'), 15);
	await page.keyboard.press('Enter');

	// The conversation opens at the hit, with the focus on that message.
	await expect.poll(() => page.url(), { timeout: TIMEOUT }).toMatch(/\/\?c=\d+&m=\d+$/);
	await expect.poll(() => focused(page).then((f) => `${f.tag} ${f.text}`), { timeout: TIMEOUT }).toMatch(/^li [\s\S]*Evergreen came back at \$1,980/);
	const atHit = Number((await focused(page)).index);
	await page.keyboard.press('ArrowDown');
	expect(Number((await focused(page)).index)).toBe(atHit + 1);
	await screenshot(page, 'keyboard-hit.png');

	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 400_000);
