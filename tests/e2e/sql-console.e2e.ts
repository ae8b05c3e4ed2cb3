// SQL console: typed through the CodeMirror editor, results in a virtualised table, errors marked where they are,
// a slow query cancelled, a CSV download, a chart of the result, the history. Elements found by role and name.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

// The bundled sample (data-samples/whatsapp/README.md): 91 records, authors counted by hand there.
const RECORDS = 91;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function importSample(page: Page) {
	// The button waits for the database to start and the saved workspace to be restored.
	const button = page.getByRole('button', { name: 'Open sample archive' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await button.click();
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: 60_000 });
	await expect.poll(() => summary.innerText(), { timeout: 60_000 }).toMatch(new RegExp(`\\b${RECORDS}\\b`));
}

/** Replaces the editor's text by typing it, as a person would. */
async function typeSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape'); // close a completion popup, if one is open
}

const status = (page: Page) => page.getByRole('status').filter({ hasText: /rows? in|Cancelled|Running/ });

async function runAndWait(page: Page, sql: string) {
	await typeSql(page, sql);
	await page.keyboard.press('ControlOrMeta+Enter');
	await page.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
}

test('the SQL console runs, marks errors, cancels, exports, charts and remembers', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await importSample(page);
	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();

	// The schema browser lists the tables with exact row counts.
	const tables = page.getByRole('list', { name: 'Tables' });
	await expect
		.poll(
			() =>
				tables
					.getByRole('listitem')
					.filter({ hasText: /^▸\s*messages/ })
					.innerText(),
			{ timeout: 30_000 }
		)
		.toMatch(/91 rows/);

	// Typed through the editor, run with Ctrl+Enter.
	await runAndWait(page, "SELECT author, count(*) AS n FROM messages WHERE author <> '' GROUP BY author ORDER BY n DESC, author");
	const table = page.getByRole('table', { name: 'Query result' });
	await table.getByRole('columnheader', { name: 'author', exact: true }).waitFor();
	expect(await table.getByRole('columnheader').allInnerTexts()).toEqual(['author\nVARCHAR', 'n\nBIGINT']);
	const firstRow = table.getByRole('row').nth(1);
	// Lines that open a message, counted with grep per author: Bo Li 21, Ana Silva 20, Dana Weiss 19, …
	expect(await firstRow.getByRole('cell').allInnerTexts()).toEqual(['Bo Li', '21']);
	await expect.poll(() => status(page).innerText()).toMatch(/^\d+ rows in \d/);
	await screenshot(page, 'sql-console.png');

	// Export CSV: a real download whose header is the result's columns.
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export CSV' }).click()]);
	const csv = readFileSync((await download.path())!, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('\ufeffauthor,n,redacted');
	expect(csv.split('\r\n').slice(1, 3)).toEqual(['Bo Li,21,false', 'Ana Silva,20,false']);

	// Chart this result: a text column and a number column make a bar chart, drawn where the analyst is looking.
	await page.getByRole('button', { name: 'Chart this result' }).click();
	const figure = page.getByRole('figure', { name: 'Chart of the result' });
	await figure.locator('svg').first().waitFor();
	await figure.getByText(/^Bar chart of n by author; first guessed/).waitFor();
	expect(await figure.getByRole('combobox', { name: 'Mark' }).inputValue()).toBe('bar');
	expect(await figure.evaluate((el) => el.getBoundingClientRect().top < innerHeight)).toBe(true);
	// The builder: another mark redraws the same roles.
	await figure.getByRole('combobox', { name: 'Mark' }).selectOption('dot');
	await figure.getByText(/^Dot chart of n by author/).waitFor();
	await expect.poll(() => figure.locator('g[aria-label="dot"] circle').count()).toBeGreaterThan(3);
	await figure.scrollIntoViewIfNeeded();
	await screenshot(page, 'sql-chart.png');

	// A table name clicked in the schema browser is its own word in the editor.
	await typeSql(page, 'SELECT count(*) FROM');
	await tables.getByRole('button', { name: 'messages', exact: true }).click();
	await expect.poll(() => page.getByRole('textbox', { name: 'SQL' }).innerText()).toBe('SELECT count(*) FROM messages');

	// A syntax error in words (never the engine's JSON), with its line and column, and the place marked.
	await runAndWait(page, 'SELECT author FROM messages GROUP BY ORDER BY 1');
	await page.getByRole('alert').waitFor();
	expect(await page.getByRole('alert').innerText()).toMatch(/^Parser Error: syntax error at or near "ORDER"\s+At line 1, column 38/);
	expect(await page.getByRole('alert').innerText()).not.toContain('{');

	// An error: the message, where it is, and the word marked in the editor.
	await runAndWait(page, 'SELECT author,\n  nope\nFROM messages');
	const alert = page.getByRole('alert');
	await alert.waitFor();
	expect(await alert.innerText()).toMatch(/Referenced column "nope" not found[\s\S]*line 2, column 3/);
	const sqlBox = page.getByRole('textbox', { name: 'SQL' });
	expect(await sqlBox.getAttribute('aria-invalid')).toBe('true');
	expect(await sqlBox.getAttribute('aria-describedby')).toBe('sql-error');
	expect(await sqlBox.locator('.cm-sql-error').innerText()).toBe('nope');
	await screenshot(page, 'sql-error.png');

	// A slow query is cancelled, and the console works afterwards.
	await typeSql(page, 'SELECT count(*) FROM range(100000000) a, range(100000000) b WHERE a.range + b.range = 7');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	const cancel = page.getByRole('button', { name: 'Cancel' });
	await cancel.waitFor();
	await page.getByRole('status').filter({ hasText: 'Running' }).waitFor();
	await cancel.click();
	await page
		.getByRole('status')
		.filter({ hasText: /^Cancelled after/ })
		.waitFor({ timeout: 30_000 });
	await runAndWait(page, 'SELECT 42 AS fresh');
	expect(await table.getByRole('cell').allInnerTexts()).toEqual(['42']);

	// 100,000 rows: all counted, only a window rendered, the last one reachable by scrolling.
	await runAndWait(page, "SELECT range AS i, 'row ' || range AS label FROM range(100000)");
	await expect.poll(() => table.getAttribute('aria-rowcount')).toBe('100001');
	expect(await table.getByRole('row').count()).toBeLessThan(100);
	await page.getByRole('region', { name: 'Query result rows' }).evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
	await table.getByRole('cell', { name: 'row 99999', exact: true }).waitFor();

	// History: newest first, each query once; clicking one loads it into the editor.
	const history = page.getByRole('list', { name: 'Query history' }).getByRole('listitem');
	expect((await history.first().innerText()).startsWith('SELECT range AS i')).toBe(true);
	await runAndWait(page, 'SELECT 42 AS fresh');
	expect(await history.filter({ hasText: 'SELECT 42 AS fresh' }).count()).toBe(1);
	expect((await history.first().innerText()).startsWith('SELECT 42 AS fresh')).toBe(true);
	await history.filter({ hasText: 'SELECT author, count(*)' }).getByRole('button').click();
	await expect.poll(() => page.getByRole('textbox', { name: 'SQL' }).innerText()).toContain('GROUP BY author ORDER BY n DESC');

	// An example query loads with one click and runs.
	await page.getByRole('button', { name: 'Messages per conversation per month' }).click();
	await expect.poll(() => page.getByRole('textbox', { name: 'SQL' }).innerText()).toContain("date_trunc('month', m.ts_utc)");
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await table.getByRole('columnheader', { name: 'month', exact: true }).waitFor();
	// Conversation × month × count: one line per conversation over the months, not one zig-zag through every row.
	await page.getByRole('button', { name: 'Chart this result' }).click();
	await figure.getByText(/^Line chart of messages by month, one colour per conversation/).waitFor();
	// The sample is one conversation (Harbor Logistics): one line.
	await expect.poll(() => figure.locator('g[aria-label="line"] path').count()).toBe(1);
	await figure.scrollIntoViewIfNeeded();
	await screenshot(page, 'sql-chart-time.png');

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 300_000);
