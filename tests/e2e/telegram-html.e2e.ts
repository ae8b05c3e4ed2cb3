// Telegram Desktop's HTML export in the browser: a zip of a chat exported in three parts (messages.html,
// messages2.html, messages3.html with its media) and of a one-part chat from the summer, chosen through the file
// chooser with the exporting computer's time zone. The records, their order, a reply across parts, a service record,
// a linked photo and the UTC times are checked in the SQL console against figures written by hand from
// tests/fixtures/telegram/make-html-fixtures.mjs; nothing leaves the machine.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync, type Zippable } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, REPO_ROOT, screenshot, type App } from './harness';

const FIXTURES = join(REPO_ROOT, 'tests/fixtures/telegram');
const TIMEOUT = 90_000;

function exportZip(): Buffer {
	const members: Zippable = {};
	const base = join(FIXTURES, 'html_export_three_parts');
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) walk(path);
			else members[relative(base, path).split(/[\\/]/).join('/')] = readFileSync(path);
		}
	};
	walk(base);
	members['ChatExport_2024-07-03/messages.html'] = readFileSync(join(FIXTURES, 'html_private_chat_calls_summer.html'));
	return Buffer.from(zipSync(members));
}

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function typeSql(page: Page, sql: string) {
	const editor = page.getByRole('textbox', { name: 'SQL' });
	await editor.click();
	await page.keyboard.press('ControlOrMeta+a');
	await page.keyboard.press('Delete');
	await page.keyboard.type(sql);
	await page.keyboard.press('Escape');
}

/** Runs a query whose result is one row and returns its cells. */
async function oneRow(page: Page, sql: string): Promise<string[]> {
	await typeSql(page, sql);
	await page.keyboard.press('ControlOrMeta+Enter');
	await page.getByRole('button', { name: 'Run', exact: true }).and(page.locator(':enabled')).waitFor({ timeout: 30_000 });
	const table = page.getByRole('table', { name: 'Query result' });
	await expect
		.poll(
			() =>
				page
					.getByRole('status')
					.filter({ hasText: /rows? in/ })
					.innerText(),
			{ timeout: 30_000 }
		)
		.toMatch(/^1 row in/);
	return table.getByRole('row').nth(1).getByRole('cell').allInnerTexts();
}

test('a three-part Telegram HTML export imports in order, with replies, service records, media and true UTC times', async () => {
	app = await openApp('/');
	const { page, requests, pageErrors } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	await page.getByLabel('Time zone of the export').selectOption('Europe/Berlin');
	await page.getByLabel('Choose chat export files').setInputFiles([{ name: 'ChatExport_2024-01-15.zip', mimeType: 'application/zip', buffer: exportZip() }]);

	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: TIMEOUT });
	// 23 records in the three parts (day separators are not records) + 5 in the summer chat.
	await expect.poll(() => summary.innerText(), { timeout: TIMEOUT }).toMatch(/Records\s+28\b/i);
	await expect.poll(() => page.getByLabel('Import progress').count(), { timeout: TIMEOUT }).toBe(0);
	const titles = (await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').allInnerTexts()).map((t) => t.split('\n')[0].trim());
	expect(titles).toEqual(expect.arrayContaining(['Harbor Ops 港口', 'Lena Fischer']));
	await screenshot(page, 'telegram-html-import.png');

	await page.getByRole('navigation').getByRole('link', { name: 'SQL', exact: true }).click();
	const group = "(SELECT id FROM conversations WHERE title = 'Harbor Ops 港口')";

	// Every record of the three parts, in order (ids 1–23), the joined records with their carried-over author.
	expect(
		await oneRow(
			page,
			`SELECT count(*), string_agg(source_id, ',' ORDER BY pos), string_agg(author, '|' ORDER BY pos) FILTER (WHERE source_id IN ('3', '8', '20')) FROM messages WHERE conversation_id = ${group}`
		)
	).toEqual(['23', Array.from({ length: 23 }, (_, i) => i + 1).join(','), 'Nadia Petrova|Wei Zhang|Lena Fischer']);
	// A reply in messages2.html to a message in messages.html, linked to it.
	expect(
		await oneRow(
			page,
			`SELECT r.source_id AS reply, t.source_id AS replied_to, t.text FROM messages r JOIN messages t ON t.id = r.reply_to WHERE r.conversation_id = ${group} AND r.source_id = '12'`
		)
	).toEqual(['12', '7', '收到。<script>alert(1)</script> is just text']);
	// A service record: no author, the text tdesktop wrote.
	expect(await oneRow(page, `SELECT kind, author, text FROM messages WHERE conversation_id = ${group} AND source_id = '1'`)).toEqual([
		'system',
		'',
		'Nadia Petrova created group «Harbor Ops 港口» with members Omar Haddad and Lena Fischer'
	]);
	// The photo of record 5, by the relative path the HTML links it with.
	expect(
		await oneRow(
			page,
			`SELECT m.source_id, a.file_name, a.media_type FROM attachments a JOIN messages m ON m.id = a.message_id WHERE m.conversation_id = ${group} AND m.kind = 'media' AND m.source_id = '5'`
		)
	).toEqual(['5', 'photos/photo_1@14-01-2024_09-30-00.jpg', 'image']);
	// UTC: winter 09:00 Berlin is 08:00Z; summer 09:00 Berlin is 07:00Z, though the summer page states UTC+01:00.
	expect(
		await oneRow(
			page,
			"SELECT strftime(max(ts_utc) FILTER (WHERE source_id = '2'), '%Y-%m-%dT%H:%M:%S'), strftime(max(ts_utc) FILTER (WHERE source_id = '301'), '%Y-%m-%dT%H:%M:%S'), string_agg(DISTINCT tz, ',') FROM messages"
		)
	).toEqual(['2024-01-14T08:00:00', '2024-07-02T07:00:00', 'UTC']);
	await screenshot(page, 'telegram-html-sql.png');

	expect(pageErrors).toEqual([]);
	assertNoOffMachineRequests(requests);
});

test('the three parts chosen as separate files import as one chat', async () => {
	app = await openApp('/');
	const { page, requests } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: 120_000 });
	const dir = join(FIXTURES, 'html_export_three_parts/ChatExport_2024-01-15');
	await page
		.getByLabel('Choose chat export files')
		.setInputFiles(
			['messages2.html', 'messages.html', 'messages3.html'].map((name) => ({ name, mimeType: 'text/html', buffer: readFileSync(join(dir, name)) }))
		);
	const summary = page.getByRole('region', { name: 'Import summary' });
	await summary.waitFor({ timeout: TIMEOUT });
	await expect.poll(() => summary.innerText(), { timeout: TIMEOUT }).toMatch(/Records\s+23\b/i);
	await expect.poll(() => page.getByLabel('Import progress').count(), { timeout: TIMEOUT }).toBe(0);
	expect(await summary.getByRole('heading', { level: 3 }).allInnerTexts()).toEqual(['messages2.html and 2 more parts']);
	const titles = (await page.getByRole('list', { name: 'Conversations' }).getByRole('listitem').allInnerTexts()).map((t) => t.split('\n')[0].trim());
	expect(titles).toEqual(['Harbor Ops 港口']);
	assertNoOffMachineRequests(requests);
});
