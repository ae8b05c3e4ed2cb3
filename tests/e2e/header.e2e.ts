// The header is one line from 1280 px wide and keeps its height when an import saves a workspace (no page shift);
// narrower, it wraps with nothing overlapping or cut off.
import { afterEach, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

interface Box {
	x: number;
	y: number;
	width: number;
	height: number;
}
const overlap = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** The header's parts: the title, every nav link, the redaction switch, the reviewer button, the status line. */
async function parts(page: Page): Promise<Box[]> {
	const header = page.locator('header');
	const locators = [
		header.getByRole('heading', { name: 'Parley' }),
		...(await header.getByRole('navigation', { name: 'Main' }).getByRole('link').all()),
		header.getByRole('switch', { name: 'Redact PII and secrets' }),
		header.getByTestId('reviewer-name'),
		header.getByRole('status').first()
	];
	return Promise.all(locators.map(async (l) => (await l.boundingBox())!));
}

async function importSample(page: Page) {
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();
	const before = (await page.locator('header').boundingBox())!.height;
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: 90_000 }).toMatch(/^Saved on this machine/);
	return before;
}

test.each([1280, 1440])('at %i px the nav and the right-hand block share one line, and an import does not change the header height', async (width) => {
	app = await openApp('/');
	const { page } = app;
	await page.setViewportSize({ width, height: 800 });
	const before = await importSample(page);
	const header = (await page.locator('header').boundingBox())!;
	expect(header.height).toBe(before);
	const nav = (await page.getByRole('navigation', { name: 'Main' }).boundingBox())!;
	const reviewer = (await page.getByTestId('reviewer-name').boundingBox())!;
	// One line: the right-hand block starts above the nav's bottom edge.
	expect(reviewer.y).toBeLessThan(nav.y + nav.height);
	const boxes = await parts(page);
	for (let i = 0; i < boxes.length; i++) {
		expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(width);
		for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `header parts ${i} and ${j} overlap`).toBe(false);
	}
	await screenshot(page, `header-${width}.png`);
	assertNoOffMachineRequests(app.requests);
});

test('at 1024 px the header wraps: every part is inside the window and none overlaps another', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.setViewportSize({ width: 1024, height: 768 });
	const before = await importSample(page);
	expect((await page.locator('header').boundingBox())!.height).toBe(before);
	const boxes = await parts(page);
	for (let i = 0; i < boxes.length; i++) {
		expect(boxes[i].x).toBeGreaterThanOrEqual(0);
		expect(boxes[i].x + boxes[i].width).toBeLessThanOrEqual(1024);
		for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j]), `header parts ${i} and ${j} overlap`).toBe(false);
	}
	await screenshot(page, 'header-1024.png');
});
