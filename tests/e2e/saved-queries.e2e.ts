// Saved queries and query packs, end to end: save a search and a SQL query over the WhatsApp sample, reload, run
// them, export a pack; open it in a fresh browser profile on the same sample (verified, shown first, same rows) and
// on another sample (the missing archive named); hostile packs refused with their reasons; markup in names inert.
// Facts counted by hand: data-samples/whatsapp/README.md — Harbor Logistics has 5 authors, Ops Team 3; "ISF" is in 7
// messages of Harbor Logistics (search.e2e.ts).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const TIMEOUT = 60_000;
// The archive is the chat file inside the sample's zip, the same bytes as the .txt beside it.
const HARBOR_TXT = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt');
const OPS_TEAM = join(REPO_ROOT, 'data-samples/whatsapp/WhatsApp Chat - Ops Team/_chat.txt');
const HARBOR_SHA256 = createHash('sha256').update(readFileSync(HARBOR_TXT)).digest('hex');
const AUTHORS_SQL = "SELECT author, count(*) AS n FROM messages WHERE author <> '' GROUP BY author";
const HOSTILE_NAME = '<img src=x onerror="window.__parleyPwned=1">';

let apps: App[] = [];
afterEach(async () => {
	for (const a of apps) await a.close();
	apps = [];
});

async function start(): Promise<App> {
	const app = await openApp('/');
	apps.push(app);
	// Any alert, confirm or prompt would be markup from a pack coming alive.
	app.page.on('dialog', (d) => {
		app.pageErrors.push(`unexpected ${d.type()} dialog: ${d.message()}`);
		void d.dismiss();
	});
	return app;
}

const storage = (page: Page) => page.getByTestId('workspace-storage');

async function openHarbor(page: Page) {
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Open sample archive' }).click();
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 91 messages');
}

async function openOpsTeam(page: Page) {
	await page.getByLabel('Choose chat export files').setInputFiles(OPS_TEAM);
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 14 messages');
}

/** Client-side navigation, as following a link inside the app does. */
async function go(page: Page, name: string) {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();
}

async function saveAs(page: Page, name: string, description: string, tags: string) {
	await page.getByRole('button', { name: 'Save…' }).click();
	const dialog = page.getByRole('dialog', { name: /^Save this/ });
	await dialog.getByRole('textbox', { name: 'Name' }).fill(name);
	await dialog.getByRole('textbox', { name: 'Description' }).fill(description);
	await dialog.getByRole('textbox', { name: 'Tags' }).fill(tags);
	await dialog.getByRole('button', { name: 'Save', exact: true }).click();
	await page.getByText(`Saved as “${name}”.`).waitFor({ timeout: TIMEOUT });
	// Saving the workspace started before the message showed; a full page load before it ends would lose the query.
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toMatch(/^Saved on this machine · \d+ messages$/);
	// The audit entry's own save follows shortly after.
	await page.waitForTimeout(1000);
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toMatch(/^Saved on this machine · \d+ messages$/);
}

const savedTable = (page: Page) => page.getByRole('table', { name: 'Saved queries' });

/** The canonical JSON the pack format documents, written here independently of the app: sorted keys, no whitespace. */
function canonical(v: unknown): string {
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	if (v !== null && typeof v === 'object') {
		const o = v as Record<string, unknown>;
		return `{${Object.keys(o)
			.filter((k) => o[k] !== undefined)
			.sort()
			.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
			.join(',')}}`;
	}
	return JSON.stringify(v);
}

function sealed(pack: Record<string, unknown>): Buffer {
	const { sha256: _, ...rest } = pack;
	return Buffer.from(JSON.stringify({ ...rest, sha256: createHash('sha256').update(canonical(rest), 'utf8').digest('hex') }, null, 2));
}

async function openPack(page: Page, name: string, bytes: Buffer) {
	if (new URL(page.url()).pathname !== '/saved') await go(page, 'Saved');
	await page.getByRole('button', { name: 'Open pack…' }).waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Query pack file').setInputFiles({ name, mimeType: 'application/json', buffer: bytes });
	const dialog = page.getByRole('dialog', { name: 'Query pack' });
	await dialog.waitFor({ timeout: TIMEOUT });
	return dialog;
}

let exported: { name: string; bytes: Buffer } | null = null;

test('save a search and a SQL query, reload, run both, export them as a pack', async () => {
	const app = await start();
	const { page } = app;
	await openHarbor(page);

	// A search, saved with what it found.
	await go(page, 'Search');
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('ISF');
	await expect
		.poll(
			() =>
				page
					.getByRole('status')
					.filter({ hasText: /^\s*\d+ hits?\s*$/ })
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toBe('7 hits');
	await saveAs(page, 'ISF filings', 'Every message about the Importer Security Filing', 'customs, Q1');

	// A SQL query, opened from its link (the link loads it and runs nothing), then saved.
	await page.goto(new URL(`/sql?${new URLSearchParams({ sql: AUTHORS_SQL })}`, app.baseURL).href);
	await expect.poll(() => page.getByRole('textbox', { name: 'SQL' }).innerText(), { timeout: TIMEOUT }).toContain("WHERE author <> '' GROUP BY author");
	expect(await page.getByRole('table', { name: 'Query result' }).count()).toBe(0);
	await saveAs(page, 'Messages per author', 'Who wrote how much', 'people');

	// Saved with the workspace: both are there after a reload, with when and by whom.
	await page.reload();
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 91 messages');
	await go(page, 'Saved');
	const table = savedTable(page);
	await table.waitFor({ timeout: TIMEOUT });
	await expect.poll(() => table.getByRole('row').count(), { timeout: TIMEOUT }).toBe(3);
	const rows = await table.getByRole('row').allInnerTexts();
	expect(rows[1]).toContain('Messages per author');
	expect(rows[1]).toMatch(/by unnamed reviewer/);
	expect(rows[1]).toMatch(/\b5\b/);
	expect(rows[2]).toContain('ISF filings');
	expect(rows[2]).toMatch(/\b7\b/);
	await screenshot(page, 'saved-page-full');

	// Each runs in one click.
	await page.getByRole('button', { name: 'Run ISF filings' }).click();
	await expect.poll(() => page.url()).toContain('/search?q=ISF');
	await expect
		.poll(
			() =>
				page
					.getByRole('status')
					.filter({ hasText: /^\s*\d+ hits?\s*$/ })
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toBe('7 hits');
	await go(page, 'Saved');
	await page.getByRole('button', { name: 'Run Messages per author' }).click();
	await expect
		.poll(
			() =>
				page
					.getByRole('status')
					.filter({ hasText: /rows? in/ })
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toMatch(/^5 rows in/);

	// Both, as one pack, through the download door.
	await go(page, 'Saved');
	await page.getByRole('checkbox', { name: 'Select ISF filings' }).check();
	await page.getByRole('checkbox', { name: 'Select Messages per author' }).check();
	const [download] = await Promise.all([page.waitForEvent('download', { timeout: TIMEOUT }), page.getByRole('button', { name: 'Export pack (2)' }).click()]);
	exported = { name: download.suggestedFilename(), bytes: readFileSync((await download.path())!) };
	const pack = JSON.parse(exported.bytes.toString('utf8'));
	expect(pack.format).toBe('parley-query-pack');
	expect(pack.archives).toEqual([{ sha256: HARBOR_SHA256, name: 'WhatsApp Chat with Harbor Logistics.zip/WhatsApp Chat with Harbor Logistics.txt' }]);
	expect(pack.queries.map((q: { name: string; row_count: number }) => [q.name, q.row_count])).toEqual([
		['Messages per author', 5],
		['ISF filings', 7]
	]);
	expect(pack.queries[0].sql).toBe(AUTHORS_SQL);
	expect(pack.queries[1].search).toBe('ISF');
	const { sha256, ...rest } = pack;
	expect(sha256).toBe(createHash('sha256').update(canonical(rest), 'utf8').digest('hex'));

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);

test("a fresh profile on the same sample: hash verified, queries shown before anything runs, results equal to the author's", async () => {
	expect(exported, 'the first test exports the pack').not.toBeNull();
	const app = await start();
	const { page } = app;
	await openHarbor(page);
	const dialog = await openPack(page, exported!.name, exported!.bytes);
	await dialog.getByText('Hash verified:').waitFor({ timeout: TIMEOUT });
	await dialog.getByText('This workspace holds all 1 of them.').waitFor();
	const queries = dialog.getByRole('list', { name: 'Queries in the pack' }).getByRole('listitem');
	expect(await queries.count()).toBe(2);
	expect(await queries.nth(0).locator('pre').innerText()).toBe(AUTHORS_SQL);
	expect(await queries.nth(1).locator('pre').innerText()).toBe('ISF');
	// Nothing ran by itself.
	expect(await dialog.getByText(/rows? now/).count()).toBe(0);
	await screenshot(page, 'pack-open-verified');

	await dialog.getByRole('button', { name: 'Run: Messages per author' }).click();
	await dialog.getByText('5 rows now · same rows as when it was saved: yes').waitFor({ timeout: TIMEOUT });
	await dialog.getByRole('button', { name: 'Run: ISF filings' }).click();
	await dialog.getByText('7 rows now · same rows as when it was saved: yes').waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'pack-open-ran');

	// Adding them to Saved is a separate, explicit step.
	await dialog.getByRole('button', { name: 'Add these queries to Saved' }).click();
	await dialog.getByText('2 of 2 queries added to Saved.').waitFor({ timeout: TIMEOUT });
	await dialog.getByRole('button', { name: 'Close' }).click();
	await expect.poll(() => savedTable(page).getByRole('row').count(), { timeout: TIMEOUT }).toBe(3);

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);

test('another sample: the pack names the archive this workspace lacks, and the result differs', async () => {
	expect(exported).not.toBeNull();
	const app = await start();
	const { page } = app;
	await openOpsTeam(page);
	await go(page, 'Saved');
	await page.getByText('No saved queries yet.').waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'saved-page-empty');
	const dialog = await openPack(page, exported!.name, exported!.bytes);
	await dialog.getByText('Hash verified:').waitFor({ timeout: TIMEOUT });
	await dialog.getByText("This workspace lacks 1 of the pack's 1 archive").waitFor();
	expect(await dialog.getByRole('listitem').filter({ hasText: 'missing' }).innerText()).toContain(HARBOR_SHA256);
	await dialog.getByRole('button', { name: 'Run: Messages per author' }).click();
	await dialog.getByText('3 rows now · same rows as when it was saved: no — 5 rows then, 3 now').waitFor({ timeout: TIMEOUT });
	await screenshot(page, 'pack-open-missing-archive');
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);

const HOSTILE: [string, RegExp][] = [
	["COPY messages TO 'out.csv'", /^Will not run: COPY is refused/],
	["ATTACH 'other.duckdb' AS other", /^Will not run: ATTACH is refused/],
	['INSTALL httpfs', /^Will not run: INSTALL is refused/],
	['SET enable_external_access=true', /^Will not run: SET is refused/],
	['SELECT 1; SELECT 2', /^Will not run: Only one statement runs at a time, and this text holds 2/],
	['DELETE FROM messages', /^Will not run: DELETE is refused/]
];
const READ_URL = "SELECT * FROM read_csv('http://198.51.100.7/x.csv')";

test('hostile packs: every statement refused with its reason, a one-byte change refused as altered, markup inert', async () => {
	expect(exported).not.toBeNull();
	const app = await start();
	const { page } = app;
	await openHarbor(page);
	const base = JSON.parse(exported!.bytes.toString('utf8'));
	const query = (name: string, sql: string) => ({ name, description: 'from a stranger', tags: [], kind: 'sql', sql, row_count: null, result_digest: null });
	const hostile = sealed({
		...base,
		queries: [
			...HOSTILE.map(([sql], i) => query(`hostile ${i + 1}`, sql)),
			query('read a URL', READ_URL),
			query(HOSTILE_NAME, 'SELECT count(*) AS n FROM messages')
		]
	});
	const dialog = await openPack(page, 'hostile.json', hostile);
	await dialog.getByText('Hash verified:').waitFor({ timeout: TIMEOUT });
	const items = dialog.getByRole('list', { name: 'Queries in the pack' }).getByRole('listitem');
	for (const [i, [sql, reason]] of HOSTILE.entries()) {
		const item = items.nth(i);
		expect(await item.locator('pre').innerText()).toBe(sql);
		// Each statement is checked by DuckDB's plan as the dialog opens (EXPLAIN, nothing runs): wait for its verdict.
		await expect.poll(() => item.getByRole('note').innerText(), { timeout: TIMEOUT }).toMatch(reason);
		expect(await item.getByRole('button').count()).toBe(0);
	}
	// Past the first word, DuckDB's own plan of the statement (EXPLAIN, nothing runs) refuses the URL.
	expect(await items.nth(HOSTILE.length).getByRole('note').innerText()).toMatch(/^Will not run: Reading files or URLs is refused/);
	expect(await items.nth(HOSTILE.length).getByRole('button').count()).toBe(0);
	// The markup in a name is characters on the screen: no element made, no handler run.
	await items
		.nth(HOSTILE.length + 1)
		.getByText(HOSTILE_NAME, { exact: true })
		.waitFor();
	expect(await dialog.locator('img').count()).toBe(0);
	await screenshot(page, 'pack-open-hostile');
	await dialog.getByRole('button', { name: 'Add these queries to Saved' }).click();
	await dialog.getByText('1 of 8 queries added to Saved (those the gate refuses were left out).').waitFor({ timeout: TIMEOUT });
	await dialog.getByRole('button', { name: 'Close', exact: true }).click();
	await expect.poll(() => page.getByRole('dialog').count(), { timeout: TIMEOUT }).toBe(0);
	await savedTable(page).getByText(HOSTILE_NAME, { exact: true }).waitFor({ timeout: TIMEOUT });
	expect(await page.locator('main img').count()).toBe(0);
	expect(await page.evaluate(() => (window as unknown as { __parleyPwned?: number }).__parleyPwned)).toBeUndefined();

	// One changed byte inside a string: it still parses, its hash no longer matches, nothing can run.
	const text = exported!.bytes.toString('utf8');
	const at = text.indexOf('Who wrote how much') + 4;
	const altered = Buffer.from(exported!.bytes);
	altered[at] = 'W'.charCodeAt(0);
	const alteredDialog = await openPack(page, 'altered.json', altered);
	await alteredDialog.getByText('Altered: this pack was changed after it was made.').waitFor({ timeout: TIMEOUT });
	expect(await alteredDialog.getByRole('button', { name: /^Run:/ }).count()).toBe(0);
	expect(await alteredDialog.getByRole('button', { name: 'Add these queries to Saved' }).count()).toBe(0);
	await screenshot(page, 'pack-open-altered');
	await alteredDialog.getByRole('button', { name: 'Close', exact: true }).click();

	// Not a pack at all.
	const notPack = await openPack(page, 'broken.json', Buffer.from(text.slice(0, 200)));
	await notPack.getByText(/^Refused: nothing from this file runs\./).waitFor({ timeout: TIMEOUT });

	expect(app.pageErrors).toEqual([]);
	assertNoOffMachineRequests(app.requests);
}, 300_000);

test('links restore each view after a reload, changes are written back, and Copy link copies the view', async () => {
	const app = await start();
	const { page, context, baseURL } = app;
	await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
	await openHarbor(page);
	const open = (path: string) => page.goto(new URL(path, baseURL).href);

	// Each a full page load: the view is applied once the saved workspace has been restored.
	await open('/analytics?bucket=month&clock=utc&window=86400&stack=author');
	await expect.poll(() => page.getByLabel('Bucket').inputValue(), { timeout: TIMEOUT }).toBe('month');
	expect(await page.getByLabel('Clock').inputValue()).toBe('utc');
	expect(await page.getByLabel('Reply window').inputValue()).toBe('86400');
	expect(await page.getByLabel('Stack by').inputValue()).toBe('author');
	await page.getByLabel('Bucket').selectOption('day');
	await expect.poll(() => new URL(page.url()).searchParams.get('bucket'), { timeout: TIMEOUT }).toBe('day');
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect.poll(() => page.evaluate(() => navigator.clipboard.readText()), { timeout: TIMEOUT }).toBe(page.url());
	await screenshot(page, 'analytics-from-link');

	await open('/graph?color=risk&hops=2');
	await expect.poll(() => page.getByRole('radio', { name: 'Risk' }).isChecked(), { timeout: TIMEOUT }).toBe(true);
	await screenshot(page, 'graph-from-link');

	await open('/people?q=dana');
	await expect.poll(() => page.getByRole('searchbox', { name: 'Search people' }).inputValue(), { timeout: TIMEOUT }).toBe('dana');

	await open('/sql?sql=SELECT%2042%20AS%20answer');
	await expect.poll(() => page.getByRole('textbox', { name: 'SQL' }).innerText(), { timeout: TIMEOUT }).toBe('SELECT 42 AS answer');
	await screenshot(page, 'sql-from-link');

	// A garbled link opens the default view rather than a guess.
	await open('/analytics?bucket=%3Cscript%3E&clock=mars');
	await expect.poll(() => page.getByLabel('Bucket').inputValue(), { timeout: TIMEOUT }).toBe('week');
	expect(await page.getByLabel('Clock').inputValue()).toBe('local');

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 300_000);
