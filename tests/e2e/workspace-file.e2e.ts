// A workspace file built by the command line (parley import --workspace-file) is opened in the app through the page's
// file input: checked, confirmed, restored by the app's own start-up restore with the command line's search index, and
// searched; the app exports its workspace as such a file; a changed file is refused before anything is replaced.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, beforeAll, expect, test } from 'vitest';
import { readWorkspaceFile } from '../../src/lib/db/workspace-file';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

// Written into the fixture by hand: two card numbers and one IBAN among 24 messages.
const FIXTURE = join(REPO_ROOT, 'tests/fixtures/risk/WhatsApp Chat with Dana Whitfield.txt');
const TIMEOUT = 60_000;
const dir = mkdtempSync(join(tmpdir(), 'parley-e2e-wsfile-'));
const file = join(dir, 'dana.parley');
/** The same fixture with its command-line index in shards of 10 messages: the file leaves the index out. */
const shardedFile = join(dir, 'dana-sharded.parley');

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

beforeAll(() => {
	const r = spawnSync(process.execPath, ['bin/parley.js', 'import', FIXTURE, '--db', join(dir, 'dana.duckdb'), '--tz', 'UTC', '--workspace-file', file], {
		cwd: REPO_ROOT,
		encoding: 'utf8'
	});
	if (r.status !== 0) throw new Error(`parley import failed: ${r.stderr}`);
	const sharded = spawnSync(
		process.execPath,
		['bin/parley.js', 'import', FIXTURE, '--db', join(dir, 'dana-sharded.duckdb'), '--tz', 'UTC', '--workspace-file', shardedFile],
		{ cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, PARLEY_SEARCH_SHARD_MESSAGES: '10' } }
	);
	if (sharded.status !== 0 || !/its search index is in 3 shards/.test(sharded.stdout)) throw new Error(`parley import (sharded) failed: ${sharded.stderr}`);
}, 120_000);

const storage = (page: Page) => page.getByTestId('workspace-storage');
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

/** The audit table's rows, oldest first: [seq, time, reviewer, action, what]. */
async function logRows(page: Page): Promise<string[][]> {
	await page.getByRole('combobox', { name: 'Order' }).selectOption('oldest');
	const first = async () => (await page.getByRole('table', { name: 'Audit log' }).getByRole('rowheader').first().innerText()).replace(/^[▸▾]\s*/, '').trim();
	await expect.poll(first, { timeout: TIMEOUT }).toBe('1');
	const rows = page.getByRole('table', { name: 'Audit log' }).getByRole('row');
	const out: string[][] = [];
	for (let i = 1; i < (await rows.count()); i++) {
		const cells = [await rows.nth(i).getByRole('rowheader').innerText(), ...(await rows.nth(i).getByRole('cell').allInnerTexts())];
		if (cells.length >= 5) out.push(cells.map((c) => c.replace(/^[▸▾]\s*/, '').trim()));
	}
	return out;
}

async function verifiedLog(page: Page): Promise<void> {
	await nav(page, 'Audit');
	await page.getByRole('button', { name: 'Verify log' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByRole('button', { name: 'Verify log' }).click();
	await page
		.getByRole('region', { name: 'Verification' })
		.getByText(/The log is intact: \d+ entries/)
		.waitFor({ timeout: TIMEOUT });
}
const hitCount = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*[\d,]+ hits?\s*$/ });

/** Consecutive calls expect different counts, so a count left from the query before never passes. */
async function expectHits(page: Page, query: string, shown: string): Promise<void> {
	await page.getByRole('searchbox', { name: 'Search messages' }).fill(query);
	await expect
		.poll(
			() =>
				hitCount(page)
					.innerText()
					.catch(() => ''),
			{ timeout: TIMEOUT }
		)
		.toBe(shown);
}

test('a command-line workspace file opens in the app, is searched with its own index, and the app exports its workspace as one', async () => {
	app = await openApp('/');
	const { page } = app;
	const prompt = page.getByRole('region', { name: 'Reviewer for the audit trail' });
	await prompt.getByRole('textbox', { name: 'Reviewer' }).fill('Lena Fischer');
	await prompt.getByRole('button', { name: 'Record name' }).click();
	await expect.poll(() => page.getByTestId('reviewer-name').innerText()).toBe('Reviewer: Lena Fischer');
	await page.getByText('Open workspace file').waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Open workspace file').setInputFiles(file);
	const dialog = page.getByRole('dialog', { name: 'Replace the workspace with dana.parley?' });
	await dialog.waitFor({ timeout: TIMEOUT });
	expect(await dialog.innerText()).toMatch(/It holds 24 messages in 1 archive, written by parley import \(native DuckDB\)/);
	expect(await dialog.innerText()).toContain('Every file in it matched its SHA-256.');
	await screenshot(page, 'workspace-file-confirm');
	await dialog.getByRole('button', { name: 'Replace and reload' }).click();

	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 24 messages');
	await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').filter({ hasText: 'Dana Whitfield' }).first().waitFor({ timeout: TIMEOUT });

	await page.getByRole('navigation').getByRole('link', { name: 'Search', exact: true }).click();
	// The index came in the file and matched the restored database, so it was not rebuilt.
	await page.getByText(/^Index restored from the saved workspace · 24 messages$/).waitFor({ timeout: TIMEOUT });
	await expectHits(page, 'risk:pii.credit_card', '2 hits');
	await expectHits(page, 'risk:pii.iban', '1 hit');
	await expectHits(page, 'card', '3 hits');
	await screenshot(page, 'workspace-file-searched');

	// The opened file's log goes on, and its next entry says which file was opened, by whom, and what it replaced.
	const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
	await verifiedLog(page);
	const opened = (await logRows(page)).filter((r) => r[3] === 'Workspace file opened');
	expect(opened).toHaveLength(1);
	expect(opened[0][2]).toBe('Lena Fischer');
	expect(opened[0][4]).toMatch(
		new RegExp(`^“dana\\.parley” · SHA-256 ${sha256.slice(0, 12)}… · opened by “Lena Fischer” · replaced 0 archives, 0 messages, a log of 1 entry$`)
	);
	// Saved with the workspace: after another reload it is there once, not recorded again.
	await expect
		.poll(async () => Number((await page.getByTestId('audit-saved').innerText()).replace(/\D/g, '')) >= Number(opened[0][0]), { timeout: TIMEOUT })
		.toBe(true);
	await page.reload();
	await verifiedLog(page);
	expect((await logRows(page)).filter((r) => r[3] === 'Workspace file opened').map((r) => r[0])).toEqual([opened[0][0]]);
	await screenshot(page, 'workspace-file-audit');

	await page.getByRole('navigation').getByRole('link', { name: 'Workspace', exact: true }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download', { timeout: TIMEOUT }),
		page.getByRole('button', { name: 'Export workspace file' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^parley-workspace-\d{4}-\d{2}-\d{2}\.parley$/);
	const exported = readWorkspaceFile(new Uint8Array(readFileSync((await download.path())!)));
	expect(exported.contents).toMatchObject({ createdBy: 'Parley app', messages: 24, schemaVersion: 3 });
	expect(await exported.store.read('search-index.bin')).not.toBeNull();

	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 240_000);

test('a command-line workspace file whose index is in shards opens without it, and the app builds its own and searches', async () => {
	expect(await readWorkspaceFile(new Uint8Array(readFileSync(shardedFile))).store.read('search-index.bin')).toBeNull();
	app = await openApp('/');
	const { page } = app;
	await page.getByText('Open workspace file').waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Open workspace file').setInputFiles(shardedFile);
	const dialog = page.getByRole('dialog', { name: 'Replace the workspace with dana-sharded.parley?' });
	await dialog.waitFor({ timeout: TIMEOUT });
	await dialog.getByRole('button', { name: 'Replace and reload' }).click();
	await expect.poll(() => storage(page).innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 24 messages');

	await page.getByRole('navigation').getByRole('link', { name: 'Search', exact: true }).click();
	await page.getByText(/^Index built · 24 messages$/).waitFor({ timeout: TIMEOUT });
	await expectHits(page, 'risk:pii.credit_card', '2 hits');
	await expectHits(page, 'card', '3 hits');
	await screenshot(page, 'workspace-file-sharded-searched');
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 240_000);

test('a workspace file changed after it was written is refused, and the workspace is left as it was', async () => {
	const members = unzipSync(new Uint8Array(readFileSync(file)));
	members['archive-1-messages.arrow'] = members['archive-1-messages.arrow'].map((b, i) => (i === 300 ? b ^ 1 : b));
	const changed = join(dir, 'changed.parley');
	writeFileSync(changed, zipSync(members));

	app = await openApp('/');
	const { page } = app;
	await page.getByText('Open workspace file').waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Open workspace file').setInputFiles(changed);
	const dialog = page.getByRole('dialog', { name: 'Workspace file' });
	const alert = dialog.getByRole('alert');
	await alert.waitFor({ timeout: TIMEOUT });
	expect(await alert.innerText()).toMatch(/^changed\.parley cannot be opened: archive-1-messages\.arrow is not the file its contents list describes/);
	expect(await dialog.getByRole('button', { name: 'Replace and reload' }).count()).toBe(0);
	expect(await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').count()).toBe(0);
	await screenshot(page, 'workspace-file-refused');
	await dialog.getByRole('button', { name: 'Close' }).click();
	expect(await page.getByTestId('workspace-storage').innerText()).toBe('');
	assertNoOffMachineRequests(app.requests);
}, 240_000);
