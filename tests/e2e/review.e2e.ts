// Review over the WhatsApp sample (Harbor Logistics, 91 records): a queue from a search, reviewed with the keyboard
// alone; tags and progress survive a reload; a supervision sample drawn with a seed is the same in a fresh browser;
// the review export carries each tag with its message's provenance. Counted by hand in
// data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt: ISF, booking, customs and container appear on 21 lines.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 60_000;
const QUERY = 'ISF OR booking OR customs OR container';
const apps: App[] = [];
afterEach(async () => {
	for (const app of apps.splice(0)) await app.close();
});

async function withSample(path = '/'): Promise<App> {
	const app = await openApp(path);
	apps.push(app);
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await savedNow(page);
	return app;
}

/** Waits until the workspace is saved with nothing pending. */
async function savedNow(page: Page) {
	const storage = page.getByTestId('workspace-storage');
	await page.waitForTimeout(800);
	await expect.poll(() => storage.innerText(), { timeout: TIMEOUT }).toMatch(/^(Saved|Restored) on this machine · 91 messages$/);
}

const progress = (page: Page) => page.getByTestId('review-progress');
const messageId = async (page: Page) => Number(/^Message (\d+) /.exec(await page.getByTestId('provenance').innerText())?.[1]);
const position = (page: Page) => page.getByText(/^Message \d+ of \d+/);
// The list sits in a closed <details>: read by its text, not by role (roles skip what is not shown).
const sampled = (page: Page) => page.locator('ol[aria-label="Sampled messages"] li').allTextContents();

async function openQueue(page: Page, params: string) {
	await page.goto(new URL(`/review?${params}`, page.url()).href);
	await expect
		.poll(
			() =>
				progress(page)
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toMatch(/^\d+ of \d+ reviewed$/);
}

test('review ten messages from the keyboard alone; tags and progress survive a reload; the export carries the tags with provenance', async () => {
	const app = await withSample('/');
	const { page } = app;
	await openQueue(page, new URLSearchParams({ q: QUERY }).toString());
	const total = Number(/of (\d+) reviewed/.exec(await progress(page).innerText())![1]);
	expect(total).toBeGreaterThanOrEqual(10);
	expect(await progress(page).innerText()).toBe(`0 of ${total} reviewed`);
	await screenshot(page, 'review-start.png');

	// The first decision asks who is reviewing; the name is typed and confirmed with Enter.
	const responsive: number[] = [];
	const escalated: number[] = [];
	for (let i = 0; i < 10; i++) {
		const id = await messageId(page);
		if (i % 3 === 0) {
			await page.keyboard.press('1');
			if (i === 0) {
				const ask = page.getByRole('dialog', { name: 'Who is reviewing?' });
				await ask.waitFor({ timeout: TIMEOUT });
				await page.keyboard.type('Ada Reviewer');
				await page.keyboard.press('Enter');
				await ask.waitFor({ state: 'hidden', timeout: TIMEOUT });
			}
			await expect.poll(() => page.getByRole('button', { name: /responsive/ }).getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('true');
			responsive.push(id);
		}
		if (i === 4) {
			// A tag put on by mistake is taken back with u.
			await page.keyboard.press('2');
			await expect.poll(() => page.getByRole('button', { name: /privileged/ }).getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('true');
			await page.keyboard.press('u');
			await expect.poll(() => page.getByRole('button', { name: /privileged/ }).getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('false');
			await page.keyboard.press('3');
			await expect.poll(() => page.getByRole('button', { name: /escalate/ }).getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('true');
			escalated.push(id);
		}
		await page.keyboard.press('j');
		await expect.poll(() => progress(page).innerText(), { timeout: TIMEOUT }).toBe(`${i + 1} of ${total} reviewed`);
		await expect.poll(() => position(page).innerText(), { timeout: TIMEOUT }).toMatch(new RegExp(`^Message ${i + 2} of ${total}`));
	}
	// k goes back without deciding anything.
	await page.keyboard.press('k');
	await expect.poll(() => position(page).innerText(), { timeout: TIMEOUT }).toMatch(new RegExp(`^Message 10 of ${total}`));
	expect(await progress(page).innerText()).toBe(`10 of ${total} reviewed`);
	// n: a note, typed and saved from the keyboard.
	await page.keyboard.press('n');
	await page.keyboard.type('Forward to compliance');
	await page.keyboard.press('Control+Enter');
	await page.getByText('Forward to compliance').waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'review-mid.png');

	await savedNow(page);
	await page.reload();
	await expect
		.poll(
			() =>
				progress(page)
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toBe(`10 of ${total} reviewed`);
	// The queue resumes at the first message not reviewed yet.
	await expect.poll(() => position(page).innerText(), { timeout: TIMEOUT }).toMatch(new RegExp(`^Message 11 of ${total}`));
	for (let i = 0; i < 10; i++) await page.keyboard.press('k');
	await expect.poll(() => position(page).innerText(), { timeout: TIMEOUT }).toMatch(new RegExp(`^Message 1 of ${total} · reviewed by Ada Reviewer`));
	await expect.poll(() => messageId(page), { timeout: TIMEOUT }).toBe(responsive[0]);
	expect(await page.getByRole('button', { name: /responsive/ }).getAttribute('aria-pressed')).toBe('true');

	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: TIMEOUT }),
		page.getByRole('button', { name: "Export this queue's review (JSON Lines)" }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^review-queue-\d+-.*\.jsonl$/);
	type Line = {
		record: string;
		value: string;
		message_id: number;
		reviewer: string;
		archive_sha256: string;
		source_file: string;
		line: number;
		redacted: boolean;
	};
	const lines = readFileSync((await download.path())!, 'utf8')
		.trim()
		.split('\n')
		.map((l) => JSON.parse(l) as Line);
	const tags = lines.filter((l) => l.record === 'tag');
	expect(
		tags
			.filter((l) => l.value === 'responsive')
			.map((l) => l.message_id)
			.sort((a, b) => a - b)
	).toEqual([...responsive].sort((a, b) => a - b));
	expect(tags.filter((l) => l.value === 'escalate').map((l) => l.message_id)).toEqual(escalated);
	expect(tags.some((l) => l.value === 'privileged')).toBe(false);
	for (const l of tags) {
		expect(l.reviewer).toBe('Ada Reviewer');
		expect(l.archive_sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(l.source_file).toBe('WhatsApp Chat with Harbor Logistics.zip/WhatsApp Chat with Harbor Logistics.txt');
		expect(l.line).toBeGreaterThan(0);
	}
	expect(lines.filter((l) => l.record === 'decision')).toHaveLength(10);
	expect(lines.filter((l) => l.record === 'note').map((l) => l.value)).toEqual(['Forward to compliance']);
	// The export went through the one download door: its receipt names the file.
	await page.getByText(download.suggestedFilename()).first().waitFor({ timeout: TIMEOUT });

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);

test('a sample drawn twice with its seed is the same messages in the same order, in a fresh browser too', async () => {
	const params = new URLSearchParams({ q: QUERY, sample: '5', seed: 'supervision-2026-q1' }).toString();
	const first = await withSample('/');
	await openQueue(first.page, params);
	await expect
		.poll(() => first.page.getByTestId('sample-info').innerText(), { timeout: TIMEOUT })
		.toMatch(/^Sample 5 of \d+ messages → 5, seed supervision-2026-q1$/);
	const drawn = await sampled(first.page);
	expect(drawn).toHaveLength(5);
	await first.page.getByRole('button', { name: 'Draw again to check' }).click();
	await first.page.getByText('the same 5 messages in the same order').waitFor({ timeout: TIMEOUT });
	await screenshot(first.page, 'review-sample.png');

	const second = await withSample('/');
	await openQueue(second.page, params);
	expect(await sampled(second.page)).toEqual(drawn);

	// Reviewed to the end with j alone: every message decided, the last one stays on screen.
	await second.page.keyboard.press('j');
	await second.page.getByRole('dialog', { name: 'Who is reviewing?' }).waitFor({ timeout: TIMEOUT });
	await second.page.keyboard.type('Cy Second');
	await second.page.keyboard.press('Enter');
	await expect.poll(() => progress(second.page).innerText(), { timeout: TIMEOUT }).toBe('1 of 5 reviewed');
	for (let i = 1; i < 5; i++) await second.page.keyboard.press('j');
	await expect.poll(() => progress(second.page).innerText(), { timeout: TIMEOUT }).toBe('5 of 5 reviewed');
	await second.page.getByText(/· every message reviewed$/).waitFor({ timeout: TIMEOUT });
	await second.page.keyboard.press('?');
	await second.page.getByRole('dialog', { name: 'Review keys' }).waitFor({ timeout: TIMEOUT });
	await screenshot(second.page, 'review-finished-keys.png');
	await second.page.keyboard.press('Escape');

	// Another seed draws another sample; without a seed, one is made and written into the URL.
	await openQueue(second.page, new URLSearchParams({ q: QUERY, sample: '5', seed: 'another-seed' }).toString());
	expect(await sampled(second.page)).not.toEqual(drawn);
	await openQueue(second.page, new URLSearchParams({ q: QUERY, sample: '10%' }).toString());
	await expect.poll(() => new URL(second.page.url()).searchParams.get('seed') ?? '', { timeout: TIMEOUT }).toMatch(/^[0-9a-f]{16}$/);

	// A search without hits is an empty queue; the page without a source lists the queues to resume.
	await openQueue(second.page, new URLSearchParams({ q: 'zebracorn' }).toString());
	expect(await progress(second.page).innerText()).toBe('0 of 0 reviewed');
	await second.page.getByText('The source gives no messages to review.').waitFor();
	await screenshot(second.page, 'review-empty-queue.png');
	await savedNow(second.page);
	await second.page.goto(new URL('/review', second.page.url()).href);
	const list = second.page.getByRole('region', { name: 'Review queues in this workspace' });
	await list.getByRole('link', { name: 'Search: zebracorn' }).waitFor({ timeout: TIMEOUT });
	expect(await list.getByRole('listitem').filter({ hasText: 'Search: zebracorn' }).innerText()).toContain('0 of 0 reviewed');
	await screenshot(second.page, 'review-start-page.png');

	for (const app of [first, second]) {
		assertNoOffMachineRequests(app.requests);
		expect(app.pageErrors).toEqual([]);
	}
}, 300_000);

test('tag all hits of a search, see and untag them from a SQL result, tag one message in its conversation', async () => {
	const app = await withSample('/');
	const { page } = app;
	// Seven messages hold "ISF" (tests/e2e/search.e2e.ts).
	await page.goto(new URL('/search?q=ISF', page.url()).href);
	await page
		.getByRole('status')
		.filter({ hasText: /^\s*7 hits\s*$/ })
		.waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Tag all hits…' }).click();
	const bulk = page.getByRole('dialog', { name: 'Tag messages' });
	await bulk.getByRole('textbox', { name: 'Your reviewer name' }).fill('Bo Auditor');
	await bulk.getByRole('button', { name: 'Add “escalate”' }).click();
	await bulk.getByRole('status').filter({ hasText: '“escalate” added to 7 of 7 messages.' }).waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'review-tag-hits.png');
	await bulk.getByRole('button', { name: 'Close' }).click();

	await page.getByRole('link', { name: 'SQL', exact: true }).click();
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type('SELECT message_id, tag, reviewer FROM tags ORDER BY message_id');
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /^7 rows in/ })
		.waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Tag rows…' }).click();
	const rows = page.getByRole('dialog', { name: 'Tag messages' });
	await rows.getByRole('button', { name: 'Remove “escalate”' }).click();
	await rows.getByRole('status').filter({ hasText: '“escalate” removed from 7 messages.' }).waitFor({ timeout: TIMEOUT });
	await rows.getByRole('button', { name: 'Close' }).click();
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /^0 rows in/ })
		.waitFor({ timeout: TIMEOUT });

	await page.getByRole('link', { name: 'Workspace', exact: true }).click();
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
	const first = page.getByRole('list', { name: 'Messages' }).getByRole('article').first();
	await first.getByRole('button', { name: 'Tag' }).click();
	const one = page.getByRole('dialog', { name: 'Tag this message' });
	await one.getByRole('button', { name: 'privileged' }).click();
	await expect.poll(() => one.getByRole('button', { name: 'privileged' }).getAttribute('aria-pressed'), { timeout: TIMEOUT }).toBe('true');
	await one.getByRole('textbox', { name: 'Note' }).fill('<img src=x onerror=alert(1)> stays text');
	await one.getByRole('button', { name: 'Add note' }).click();
	await one.getByRole('status').filter({ hasText: 'Note added.' }).waitFor({ timeout: TIMEOUT });

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);
