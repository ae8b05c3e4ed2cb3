// The audit trail in the browser: a series of actions is recorded with the reviewer's name and verifies after a
// reload; a log edited in the saved workspace (OPFS) fails at the edited entry; a message changed straight in DuckDB
// (as someone could through the developer tools) is named by "Verify workspace"; a long log pages and filters.
// Hashes are checked here with node:crypto and this file's own canonical JSON, not the app's code.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';
import { readOpfs, rewriteTable, savedTableFile, writeOpfs } from './saved-tables';

const TIMEOUT = 60_000;
let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

const sha256 = (data: string | Uint8Array) => createHash('sha256').update(data).digest('hex');

/** Canonical JSON as documented (keys sorted by UTF-16 code units, no whitespace), written independently here. */
function canonical(v: unknown): string {
	if (v === null || typeof v !== 'object') return JSON.stringify(v);
	if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
	const o = v as Record<string, unknown>;
	return `{${Object.keys(o)
		.filter((k) => o[k] !== undefined)
		.sort()
		.map((k) => `${JSON.stringify(k)}:${canonical(o[k])}`)
		.join(',')}}`;
}

function seal(prev: string, e: { seq: number; time: string; actor: string; action: string; subject: string; details: unknown }): string {
	return sha256(prev + canonical({ action: e.action, actor: e.actor, details: e.details, seq: e.seq, subject: e.subject, time: e.time }));
}

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

async function importSample(page: Page) {
	const button = page.getByRole('button', { name: 'Open sample archive' });
	await button.and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await button.click();
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: TIMEOUT });
	await expect.poll(() => summary.innerText(), { timeout: TIMEOUT }).toMatch(/\b91\b/);
}

async function runSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape');
	await page.getByRole('button', { name: 'Run', exact: true }).click();
	await page
		.getByRole('status')
		.filter({ hasText: /rows? in/ })
		.waitFor({ timeout: TIMEOUT });
}

/** Waits until the Audit page says every entry so far is in the saved workspace. */
async function waitLogSaved(page: Page) {
	await nav(page, 'Audit');
	const latest = async () => Number((await page.getByTestId('audit-entries').innerText()).replaceAll(',', ''));
	await expect.poll(async () => `${await page.getByTestId('audit-saved').innerText()}` === `up to entry ${await latest()}`, { timeout: TIMEOUT }).toBe(true);
	return latest();
}

/** Every row of the audit table on the current page: [seq, time, reviewer, action, what]. */
async function logRows(page: Page): Promise<string[][]> {
	const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
	const out: string[][] = [];
	for (let i = 1; i < (await rows.count()); i++) {
		const cells = [await rows.nth(i).getByRole('rowheader').innerText(), ...(await rows.nth(i).getByRole('cell').allInnerTexts())];
		if (cells.length >= 5) out.push(cells.map((c) => c.replace(/^[▸▾]\s*/, '').trim()));
	}
	return out;
}

test('a series of actions is recorded with the reviewer name, survives a reload and verifies; exports carry the hash of their bytes', async () => {
	app = await openApp('/audit');
	const { page, requests, pageErrors } = app;
	await page.getByText('The log is empty.').waitFor({ timeout: 120_000 });
	await screenshot(page, 'audit-empty');

	// Asked once, without blocking anything.
	const prompt = page.getByRole('region', { name: 'Reviewer for the audit trail' });
	await prompt.getByRole('textbox', { name: 'Reviewer' }).fill('Lena Fischer');
	await prompt.getByRole('button', { name: 'Record name' }).click();
	await expect.poll(() => page.getByTestId('reviewer-name').innerText()).toBe('Reviewer: Lena Fischer');
	expect(await prompt.count()).toBe(0);

	await nav(page, 'Workspace');
	await importSample(page);

	await nav(page, 'SQL');
	await runSql(page, 'SELECT count(*) AS n FROM messages');

	await nav(page, 'Search');
	await page.getByRole('searchbox', { name: 'Search messages' }).fill('Evergreen');
	await page
		.getByRole('status')
		.filter({ hasText: /^\s*3 hits\s*$/ })
		.waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Export hits…' }).click();
	const exportDialog = page.getByRole('dialog', { name: 'Export hits' });
	const [download] = await Promise.all([page.waitForEvent('download'), exportDialog.getByRole('button', { name: 'Export', exact: true }).click()]);
	await exportDialog.getByRole('button', { name: 'Close' }).click();
	const exportedBytes = readFileSync((await download.path())!);

	await nav(page, 'Risk');
	await page
		.getByRole('table', { name: 'Policies' })
		.getByRole('checkbox', { name: 'Enabled: gifts and entertainment for clients' })
		.uncheck({ timeout: TIMEOUT });

	await nav(page, 'People');
	await page.getByRole('checkbox', { name: 'Select Bo Li' }).check({ timeout: TIMEOUT });
	await page.getByRole('checkbox', { name: 'Select Ana Silva' }).check();
	await page.getByRole('button', { name: 'Merge', exact: true }).click();
	const merge = page.getByRole('dialog', { name: 'Merge 2 people' });
	await merge.getByRole('button', { name: 'Merge', exact: true }).click();
	await merge.waitFor({ state: 'detached' });

	await page.getByRole('switch', { name: 'Redact PII and secrets' }).check();
	const savedThrough = await waitLogSaved(page);

	await page.reload();
	await page.getByRole('heading', { name: 'Audit trail' }).waitFor();
	await page.getByRole('button', { name: 'Verify log' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await page.getByRole('button', { name: 'Verify log' }).click();
	await page
		.getByRole('region', { name: 'Verification' })
		.getByText(/The log is intact: \d+ entries/)
		.waitFor({ timeout: TIMEOUT });

	await page.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
	await expect.poll(async () => (await logRows(page))[0]?.[0]).toBe('1');
	const rows = await logRows(page);
	const actions = rows.map((r) => r[3]);
	for (const action of [
		'Reviewer name set',
		'Archive imported',
		'SQL query run',
		'Search run',
		'File exported',
		'Policy switched off',
		'People merged',
		'Redaction switched on',
		'Workspace restored',
		'Audit log verified'
	]) {
		expect(actions, action).toContain(action);
	}
	// In the order they were done; everything by the named reviewer.
	const order = [
		'Reviewer name set',
		'Archive imported',
		'SQL query run',
		'Search run',
		'File exported',
		'Policy switched off',
		'People merged',
		'Redaction switched on'
	];
	expect(order.map((a) => actions.indexOf(a))).toEqual([...order.map((a) => actions.indexOf(a))].sort((a, b) => a - b));
	expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['Lena Fischer']));
	expect(rows.find((r) => r[3] === 'Search run')?.[4]).toMatch(/“Evergreen” · 3 hits/);
	expect(rows.find((r) => r[3] === 'SQL query run')?.[4]).toMatch(/“SELECT count\(\*\) AS n FROM messages” · 1 row$/);
	const restored = rows.find((r) => r[3] === 'Workspace restored')!;
	expect(Number(restored[0])).toBe(savedThrough + 1);

	// The export entry holds the SHA-256 of exactly the bytes the browser saved.
	const exportRow = rows.find((r) => r[3] === 'File exported')!;
	await page.getByRole('button', { name: `Entry ${exportRow[0]}: details` }).click();
	const details = JSON.parse(await page.getByRole('table', { name: 'Audit log' }).locator('pre').innerText());
	expect(details).toMatchObject({ file: 'parley-search-hits.csv', bytes: exportedBytes.byteLength, sha256: sha256(exportedBytes) });
	await screenshot(page, 'audit-log');

	// The log exported as JSON Lines verifies outside the browser, and names its head.
	const [jsonl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export JSON Lines' }).click()]);
	const lines = readFileSync((await jsonl.path())!, 'utf8')
		.trimEnd()
		.split('\n')
		.map((l) => JSON.parse(l));
	const [header, ...entries] = lines;
	let prev = '0'.repeat(64);
	for (const [i, e] of entries.entries()) {
		expect(e.seq).toBe(i + 1);
		expect(e.prev_hash).toBe(prev);
		expect(seal(prev, e)).toBe(e.hash);
		prev = e.hash;
	}
	expect(header).toMatchObject({ format: 'parley-audit-log', verified: true, entries: entries.length, head_seq: entries.length, head_hash: prev });
	expect(jsonl.suggestedFilename()).toBe(`parley-audit-log-${String(entries.length).padStart(6, '0')}-${prev.slice(0, 12)}.jsonl`);

	assertNoOffMachineRequests(requests);
	expect(pageErrors).toEqual([]);
}, 600_000);

test('a log edited in the saved workspace fails verification at the edited entry, after a reload', async () => {
	app = await openApp('/');
	const { page, requests } = app;
	await importSample(page);
	await nav(page, 'SQL');
	await runSql(page, "SELECT 'marker-one' AS m");
	await runSql(page, "SELECT 'marker-two' AS m");
	expect(await waitLogSaved(page)).toBe(3);

	// 1. Bytes of the saved audit_log file edited: the query text of entry 3, same length, nothing else touched.
	const file = await savedTableFile(page, 'audit_log');
	const original = await readOpfs(page, file);
	const at = Buffer.from(original).indexOf('marker-two');
	expect(at).toBeGreaterThan(0);
	const edited = original.slice();
	edited.set(new TextEncoder().encode('marker-TWO'), at);
	await writeOpfs(page, file, edited);
	await page.reload();
	const banner = page.getByRole('alert').filter({ hasText: 'The audit log fails verification at entry 3.' });
	await banner.waitFor({ timeout: 120_000 });
	expect(await banner.innerText()).toMatch(/Entry 3 \(query\.run, .* UTC, by unnamed reviewer\) was changed after it was written/);
	await banner.getByRole('link', { name: 'Open the audit trail' }).click();
	const report = page.getByRole('region', { name: 'Verification' });
	await report.getByRole('alert').filter({ hasText: 'The log fails verification at entry 3.' }).waitFor();
	await report.getByRole('button', { name: 'Show entry 3' }).click();
	await expect.poll(() => page.getByRole('button', { name: 'Entry 3: details' }).getAttribute('aria-expanded')).toBe('true');
	await screenshot(page, 'audit-failed');

	// 2. The file rewritten with entry 2 left out (every other byte as the app wrote it).
	await writeOpfs(page, file, await rewriteTable(original, 'audit_log', ['DELETE FROM audit_log WHERE seq = 2']));
	await page.reload();
	await page
		.getByRole('alert')
		.filter({ hasText: 'The audit log fails verification at entry 2. Entry 2 is missing: the log goes from entry 1 straight to entry 3.' })
		.waitFor({ timeout: 120_000 });

	// 3. Rewritten with one field changed (the reviewer of entry 1).
	await writeOpfs(page, file, await rewriteTable(original, 'audit_log', [`UPDATE audit_log SET actor = 'Someone Else' WHERE seq = 1`]));
	await page.reload();
	await page.getByRole('alert').filter({ hasText: 'The audit log fails verification at entry 1.' }).waitFor({ timeout: 120_000 });

	// The original file verifies again.
	await writeOpfs(page, file, original);
	await page.reload();
	await nav(page, 'Audit');
	await page.getByRole('button', { name: 'Verify log' }).and(page.locator(':enabled')).click({ timeout: 120_000 });
	await page
		.getByRole('region', { name: 'Verification' })
		.getByText(/The log is intact/)
		.waitFor({ timeout: TIMEOUT });
	expect(await page.getByRole('alert').count()).toBe(0);
	assertNoOffMachineRequests(requests);
}, 600_000);

/** Keeps every Worker the page creates, as a person in the developer tools could reach them. */
function captureWorkers() {
	const Original = window.Worker;
	const seen: { url: string; worker: Worker }[] = [];
	(window as unknown as { __workers: typeof seen }).__workers = seen;
	window.Worker = class extends Original {
		constructor(url: string | URL, options?: WorkerOptions) {
			super(url, options);
			seen.push({ url: String(url), worker: this });
		}
	};
}

/** Runs SQL straight on DuckDB's worker, in its own connection: nothing of Parley is involved. */
async function sqlBehindTheApp(page: Page, sql: string): Promise<void> {
	await page.evaluate(async (text) => {
		const { worker } = (window as unknown as { __workers: { url: string; worker: Worker }[] }).__workers.find((w) => w.url.includes('duckdb'))!;
		let id = 900_000_000;
		const call = (type: string, data: unknown) =>
			new Promise<unknown>((resolve, reject) => {
				const messageId = ++id;
				const onMessage = (e: MessageEvent) => {
					if (e.data?.requestId !== messageId) return;
					worker.removeEventListener('message', onMessage);
					if (e.data.type === 'ERROR') reject(new Error(e.data.data.message));
					else resolve(e.data.data);
				};
				worker.addEventListener('message', onMessage);
				worker.postMessage({ messageId, type, data });
			});
		const connection = await call('CONNECT', null);
		await call('RUN_QUERY', [connection, text]);
	}, sql);
}

test('a message changed straight in DuckDB, behind the app, is named by Verify workspace', async () => {
	app = await openApp('/');
	const { page, requests, context } = app;
	await context.addInitScript(captureWorkers);
	await importSample(page);
	const saved = await waitLogSaved(page);
	await page.reload();
	// The restore is recorded, then its check of the fingerprints (which finds nothing wrong yet).
	await expect.poll(() => page.getByTestId('audit-entries').innerText(), { timeout: 120_000 }).toBe(String(saved + 2));
	const report = page.getByRole('region', { name: 'Verification' });
	await report.getByText(/The archive matches the fingerprints recorded at import/).waitFor();

	await sqlBehindTheApp(page, `UPDATE messages SET text = 'FORGED' WHERE id = (SELECT min(id) + 10 FROM messages)`);
	await page.getByRole('button', { name: 'Verify workspace' }).click();
	await expect.poll(() => page.getByTestId('audit-entries').innerText(), { timeout: TIMEOUT }).toBe(String(saved + 3));
	await report
		.getByRole('alert')
		.filter({ hasText: '1 of 1 archives no longer match what was imported: archive 1 (“WhatsApp Chat with Harbor Logistics.zip' })
		.waitFor({ timeout: TIMEOUT });
	const row = report.getByRole('table', { name: 'Archive fingerprints' }).getByRole('row').nth(1);
	expect(await row.innerText()).toMatch(/Changed[\s\S]*The content of its messages changed: same number \(91\), different rows\./);
	await page.getByRole('alert').filter({ hasText: 'Evidence changed: archive 1' }).waitFor();
	await screenshot(page, 'audit-workspace-changed');
	assertNoOffMachineRequests(requests);
}, 600_000);

test('a long log pages and filters, and a chain written outside the app verifies inside it', async () => {
	app = await openApp('/');
	const { page, requests } = app;
	await importSample(page);
	await nav(page, 'SQL');
	await runSql(page, 'SELECT 1 AS one');
	const saved = await waitLogSaved(page);

	// 2,400 more entries sealed here with node:crypto, continuing the saved chain, written into the saved file.
	const file = await savedTableFile(page, 'audit_log');
	const original = await readOpfs(page, file);
	const prevHash = await page.getByTestId('audit-head').getAttribute('title');
	const actors = ['Lena Fischer', 'Ana Silva', 'Ravi Kumar'];
	const values: string[] = [];
	let prev = prevHash!;
	const start = Date.UTC(2026, 1, 1, 8, 0, 0);
	for (let i = 1; i <= 2400; i++) {
		const seq = saved + i;
		const time = new Date(start + i * 60_000).toISOString().replace('Z', '000Z');
		const query = i % 3 === 0;
		const e = {
			seq,
			time,
			actor: actors[i % 3],
			action: query ? 'query.run' : 'search.run',
			subject: query ? 'query' : 'search',
			details: query ? { sql: `SELECT ${i} AS n`, rows: 1 } : { hits: i % 17, query: i % 100 === 0 ? `needle ${i}` : `term ${i}`, sort: 'rank' }
		};
		const hash = seal(prev, e);
		const q = (s: string) => `'${s.replaceAll("'", "''")}'`;
		values.push(`(${seq}, ${q(time)}::TIMESTAMP, ${q(e.actor)}, ${q(e.action)}, ${q(e.subject)}, ${q(canonical(e.details))}, ${q(prev)}, ${q(hash)})`);
		prev = hash;
	}
	await writeOpfs(page, file, await rewriteTable(original, 'audit_log', [`INSERT INTO audit_log VALUES ${values.join(', ')}`]));
	await page.reload();
	// After a restore: the restore itself, then the check of the archives' fingerprints.
	const before = saved + 2400 + 2;
	await expect.poll(() => page.getByTestId('audit-entries').innerText(), { timeout: 120_000 }).toBe(before.toLocaleString('en'));
	await page.getByRole('button', { name: 'Verify log' }).click();
	const total = before + 1;
	await page
		.getByRole('region', { name: 'Verification' })
		.getByText(`The log is intact: ${before.toLocaleString('en')} entries`)
		.waitFor({ timeout: TIMEOUT });
	const status = page.getByRole('status').filter({ hasText: /^Entries/ });
	await expect.poll(() => status.innerText()).toBe(`Entries 1–100 of ${total.toLocaleString('en')}, newest first`);
	await screenshot(page, 'audit-long-log');

	await page.getByRole('button', { name: 'Next 100 ›' }).click();
	await expect.poll(() => status.innerText()).toBe(`Entries 101–200 of ${total.toLocaleString('en')}, newest first`);
	await expect.poll(async () => (await logRows(page))[0]?.[0]).toBe(String(total - 100));

	// Keyboard only: the text filter, then the reviewer filter.
	await page.getByRole('searchbox', { name: 'Text' }).focus();
	await page.keyboard.type('needle');
	// i % 100 === 0 and not a query (i % 3 !== 0): 24 − 8 = 16 searches for a needle.
	await expect.poll(() => status.innerText()).toBe('Entries 1–16 of 16 matching the filter, newest first');
	await page.keyboard.press('Tab');
	await page.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
	await page.getByRole('combobox', { name: 'Reviewer' }).selectOption('Ana Silva');
	// i % 100 === 0 and i % 3 === 1 → Ana Silva: i = 100, 400, 700, …, 2200: 8 entries.
	await expect.poll(() => status.innerText()).toBe('Entries 1–8 of 8 matching the filter, oldest first');
	await expect.poll(async () => (await logRows(page)).length).toBe(8);
	const filtered = await logRows(page);
	expect(filtered.map((r) => r[4])).toEqual([100, 400, 700, 1000, 1300, 1600, 1900, 2200].map((i) => `“needle ${i}” · ${i % 17} hits`));
	expect(new Set(filtered.map((r) => r[2]))).toEqual(new Set(['Ana Silva']));
	await page.getByRole('button', { name: `Entry ${saved + 700}: details` }).press('Enter');
	await expect.poll(() => page.getByRole('button', { name: `Entry ${saved + 700}: details` }).getAttribute('aria-expanded')).toBe('true');
	await screenshot(page, 'audit-filtered');
	assertNoOffMachineRequests(requests);
}, 600_000);

test('clearing the workspace keeps the log as files first, and the next log starts by naming its last entry', async () => {
	app = await openApp('/');
	const { page, requests } = app;
	const prompt = page.getByRole('region', { name: 'Reviewer for the audit trail' });
	await prompt.getByRole('textbox', { name: 'Reviewer' }).fill('Ana Silva');
	await prompt.getByRole('button', { name: 'Record name' }).click();
	await importSample(page);
	await waitLogSaved(page);

	await page.getByRole('button', { name: 'Clear saved workspace' }).click();
	const dialog = page.getByRole('dialog', { name: 'Clear the saved workspace?' });
	expect(await dialog.getByRole('checkbox', { name: 'Audit log as JSON Lines (verifiable)' }).isChecked()).toBe(true);
	await dialog.getByRole('checkbox', { name: 'Audit log as CSV' }).check();
	await screenshot(page, 'audit-clear-dialog');
	const downloads: { name: string; bytes: Buffer }[] = [];
	page.on('download', async (d) => downloads.push({ name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) }));
	await dialog.getByRole('button', { name: 'Clear and reload' }).click();
	await page.getByRole('heading', { name: 'Read your chat exports without sending them anywhere' }).waitFor({ timeout: 120_000 });
	await expect.poll(() => downloads.length).toBe(2);

	const jsonl = downloads.find((d) => d.name.endsWith('.jsonl'))!;
	const csv = downloads.find((d) => d.name.endsWith('.csv'))!;
	const [header, ...entries] = jsonl.bytes
		.toString('utf8')
		.trimEnd()
		.split('\n')
		.map((l) => JSON.parse(l));
	const last = entries.at(-1);
	expect(last).toMatchObject({ action: 'workspace.cleared', actor: 'Ana Silva', details: { archives: 1, messages: 91 } });
	expect(header).toMatchObject({ head_seq: last.seq, head_hash: last.hash, verified: true });
	expect(csv.bytes.toString('utf8').trimEnd().split('\r\n').at(-1)).toMatch(new RegExp(`^${last.seq},.*,${last.hash}$`));

	await nav(page, 'Audit');
	await page.getByRole('button', { name: 'Entry 1: details' }).click({ timeout: 120_000 });
	const details = JSON.parse(await page.getByRole('table', { name: 'Audit log' }).locator('pre').innerText());
	expect(details).toMatchObject({
		after: 'workspace cleared',
		previous_seq: last.seq,
		previous_hash: last.hash,
		cleared_by: 'Ana Silva',
		reviewer: 'Ana Silva',
		kept_files: [
			{ file: jsonl.name, bytes: jsonl.bytes.byteLength, sha256: sha256(jsonl.bytes) },
			{ file: csv.name, bytes: csv.bytes.byteLength, sha256: sha256(csv.bytes) }
		]
	});
	expect(await page.getByTestId('reviewer-name').innerText()).toBe('Reviewer: Ana Silva');
	// Nothing is saved until something happens in the new, empty workspace.
	expect(await page.getByTestId('workspace-storage').innerText()).toBe('');
	assertNoOffMachineRequests(requests);
}, 600_000);
