// Analytics on every bundled sample: six charts, brushing the activity chart sets the filter's dates (and the URL)
// and the charts follow; a chart saves as SVG and its data as CSV; nothing leaves the machine.
import { readFileSync } from 'node:fs';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

// Conversations per sample, hand-counted in data-samples/*/README.md (as every-sample.e2e.ts).
// 26 since the Telegram HTML sample (one group) joined them; 27 with the WhatsApp chat with Dana W (one-to-one).
const CONVERSATIONS = 27;
const CHARTS = ['Activity over time', 'Hour × weekday', 'Most active participants', 'Reply latency per pair', 'Message length', 'Media kinds'];

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('analytics: empty state, six charts, brush a range, save SVG and CSV', async () => {
	app = await openApp('/analytics');
	const { page } = app;
	await page.getByText('Nothing imported yet').waitFor({ timeout: 30_000 });
	await screenshot(page, 'analytics-empty.png');

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Workspace' }).click();
	const button = page.getByRole('button', { name: 'Open a sample of every format' });
	await button.and(page.locator(':enabled')).waitFor();
	await button.click();
	const dialog = page.getByRole('dialog', { name: /Map the columns of/ });
	await dialog.waitFor({ timeout: 60_000 });
	await dialog.getByRole('button', { name: 'Import with these columns' }).click();
	const conversations = page.getByRole('list', { name: 'Conversations' }).getByRole('listitem');
	await expect.poll(() => conversations.count(), { timeout: 90_000 }).toBe(CONVERSATIONS);
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: 90_000 }).toBe(0);

	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
	for (const name of CHARTS) {
		await page.getByRole('figure', { name }).locator('svg').first().waitFor({ timeout: 60_000 });
	}
	// Plot wraps a chart with a legend in a figure of its own; the page's figures are the ones with a heading.
	expect(
		await page
			.getByRole('figure')
			.filter({ has: page.getByRole('heading') })
			.count()
	).toBe(6);
	const filter = page.getByRole('form', { name: 'Global filter' });
	const from = filter.getByLabel('From (UTC)');
	const to = filter.getByLabel('To (UTC)');
	expect(await from.inputValue()).toBe('');
	const matching = filter.getByRole('status');
	await expect.poll(() => matching.innerText(), { timeout: 30_000 }).toMatch(/messages match/);
	const before = await matching.innerText();
	const authors = page.getByRole('figure', { name: 'Most active participants' });
	const authorsBefore = await authors.locator('svg').first().innerHTML();
	await screenshot(page, 'analytics.png');

	// Drag across the middle third of the activity chart's plot area.
	const overlay = page.getByRole('figure', { name: 'Activity over time' }).locator('rect[data-brush]');
	const box = (await overlay.boundingBox())!;
	expect(box.width).toBeGreaterThan(200);
	const y = box.y + box.height / 2;
	await page.mouse.move(box.x + box.width * 0.35, y);
	await page.mouse.down();
	await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
	await page.mouse.move(box.x + box.width * 0.65, y, { steps: 5 });
	await page.mouse.up();

	await expect.poll(() => from.inputValue(), { timeout: 10_000 }).toMatch(/^\d{4}-\d{2}-\d{2}$/);
	const range = [await from.inputValue(), await to.inputValue()];
	expect(range[1] >= range[0]).toBe(true);
	await expect.poll(() => new URL(page.url()).searchParams.get('from')).toBe(range[0]);
	expect(new URL(page.url()).searchParams.get('to')).toBe(range[1]);
	await expect.poll(() => matching.innerText(), { timeout: 30_000 }).not.toBe(before);
	const count = (text: string) => Number(text.replace(/[^\d]/g, ''));
	expect(count(await matching.innerText())).toBeLessThan(count(before));
	await expect.poll(() => authors.locator('svg').first().innerHTML(), { timeout: 30_000 }).not.toBe(authorsBefore);

	// Save the activity chart as SVG and the most-active data as CSV.
	const svgDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save SVG: Activity over time' }).click();
	const svgFile = await svgDownload;
	expect(svgFile.suggestedFilename()).toBe('parley-activity.svg');
	const svgText = readFileSync((await svgFile.path())!, 'utf8');
	expect(svgText).toContain('<svg');
	expect(svgText).toContain('xmlns="http://www.w3.org/2000/svg"');

	const csvDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save data (CSV): Most active participants' }).click();
	const csvFile = await csvDownload;
	expect(csvFile.suggestedFilename()).toBe('parley-most-active.csv');
	const csv = readFileSync((await csvFile.path())!, 'utf8').split('\r\n');
	expect(csv[0]).toBe('\ufefflabel,platforms,messages,redacted');
	expect(csv.length).toBeGreaterThan(2);

	const pngDownload = page.waitForEvent('download');
	await page.getByRole('button', { name: 'Save PNG: Hour × weekday' }).click();
	const png = readFileSync((await (await pngDownload).path())!);
	expect([...png.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');

	await screenshot(page, 'analytics-brushed.png');

	// Filters without Ctrl-click: a picker of checkboxes, operable by keyboard; what is active shows as removable chips.
	const chips = filter.getByRole('list', { name: 'Active filters' });
	expect(await chips.getByRole('listitem').count()).toBe(2);
	expect(await chips.getByRole('button', { name: `Remove From: ${range[0]}` }).count()).toBe(1);
	expect(await chips.getByRole('button', { name: `Remove To: ${range[1]}` }).count()).toBe(1);
	await filter.getByRole('button', { name: 'Clear filter' }).click();
	await expect.poll(() => chips.count()).toBe(0);
	const platforms = filter.getByRole('button', { name: /^Platforms/ });
	await platforms.focus();
	await page.keyboard.press('Enter');
	const choose = filter.getByRole('group', { name: 'Choose platforms' });
	await choose.getByRole('checkbox', { name: 'slack' }).focus();
	await page.keyboard.press('Space');
	await page.keyboard.press('Escape');
	await expect.poll(() => choose.count()).toBe(0);
	expect(await platforms.getAttribute('aria-expanded')).toBe('false');
	await expect.poll(() => platforms.innerText()).toContain('1 chosen');
	const slackChip = chips.getByRole('listitem').filter({ hasText: 'Platform: slack' });
	await slackChip.waitFor();
	await slackChip.getByRole('button', { name: 'Remove Platform: slack' }).click();
	await expect.poll(() => chips.count()).toBe(0);
	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
});
