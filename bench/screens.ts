/**
 * Screenshots of every page in the states an analyst meets: empty, loading, error, the sample archives, and a large
 * generated WhatsApp export (100k, 1M messages) dropped through the file input. For looking at, not asserting.
 *
 *   npx vite build --mode e2e && npx vite preview --host 127.0.0.1 --port 4391 --strictPort &
 *   npx tsx bench/screens.ts --base http://127.0.0.1:4391 --out ../screens4-shots --states empty,sample,100k [--widths 1440]
 *
 * `--states` takes any of: empty, error, sample, every, 100k, 1m, header. `header` shoots the top of the workspace at
 * 1024, 1280 and 1440 px wide, before and after an import (the header must not change height when data arrives).
 *
 * `--profile <dir>` keeps the browser profile (and so the saved workspace) in <dir>: a second run of 100k or 1m with
 * the same directory reuses the workspace instead of importing again. `--pages search,analytics` limits the pages.
 *
 * A `loading-…` shot is taken only once the page shows its real loading state (a busy region, a "Loading…" or
 * "Restoring…" status, a progress bar); a page that never shows one within a few seconds is reported, not shot.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { generateWhatsAppText } from './whatsapp-gen';

const args = new Map<string, string>();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i].replace(/^--/, ''), process.argv[i + 1]);
const BASE = args.get('base') ?? 'http://127.0.0.1:4391';
const OUT = args.get('out') ?? 'screens';
const STATES = (args.get('states') ?? 'empty,sample').split(',');
const WIDTH = Number(args.get('width') ?? 1440);
const HEIGHT = Number(args.get('height') ?? 900);
const IMPORT_TIMEOUT = 20 * 60_000;
const PROFILE = args.get('profile') ?? null;

const ALL_PAGES = ['search', 'analytics', 'graph', 'risk', 'people', 'sql', 'saved', 'review', 'audit'] as const;
type PageName = (typeof ALL_PAGES)[number];
const PAGES: readonly PageName[] = args.has('pages') ? ALL_PAGES.filter((p) => args.get('pages')!.split(',').includes(p)) : ALL_PAGES;
const PATH_OF: Record<PageName | 'workspace', string> = {
	workspace: '/',
	search: '/search',
	analytics: '/analytics',
	graph: '/graph',
	risk: '/risk',
	people: '/people',
	sql: '/sql',
	saved: '/saved',
	review: '/review',
	audit: '/audit'
};
/** What a page shows while it waits for data: a busy region, a status that says it loads, a progress bar. */
const LOADING = [
	'[aria-busy="true"]',
	'[role="progressbar"]',
	'progress',
	'[role="status"]:text-matches("Loading|Starting|Building|Restoring|Opening|Counting|Drawing", "i")'
].join(', ');

async function open(
	width = WIDTH,
	height = HEIGHT,
	keep?: string
): Promise<{ context: BrowserContext; page: Page; profile: string; close: () => Promise<void> }> {
	// Only the large states keep their profile (one each): the others start from an empty browser every time.
	const kept = PROFILE && keep ? join(PROFILE, keep) : null;
	const profile = kept ?? mkdtempSync(join(tmpdir(), 'parley-shots-'));
	mkdirSync(profile, { recursive: true });
	const context = await chromium.launchPersistentContext(profile, {
		executablePath: '/usr/bin/chromium',
		headless: true,
		args: [
			'--headless',
			'--no-sandbox',
			'--disable-gpu',
			'--disable-dev-shm-usage',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync'
		],
		viewport: { width, height }
	});
	// Nothing leaves the machine here either.
	await context.route('**/*', (route) => (new URL(route.request().url()).hostname === '127.0.0.1' ? route.continue() : route.abort()));
	const page = context.pages()[0] ?? (await context.newPage());
	page.setDefaultTimeout(IMPORT_TIMEOUT);
	return {
		context,
		page,
		profile,
		close: async () => {
			await context.close();
			if (!kept) rmSync(profile, { recursive: true, force: true });
		}
	};
}

async function shot(page: Page, name: string): Promise<void> {
	mkdirSync(OUT, { recursive: true });
	await page.screenshot({ path: join(OUT, `${name}.png`) });
	console.log(`${name}.png`);
}

async function ready(page: Page): Promise<void> {
	await page.getByRole('button', { name: 'Open sample archive' }).and(page.locator(':enabled')).waitFor();
}

/** Waits until the background tasks after an import are over. */
async function settled(page: Page): Promise<void> {
	// The workspace page shows a progress bar while an import or its follow-up tasks (saving, indexing, scanning, linking) run.
	// <progress> is a progress bar without the attribute; a restore shows one until the tables are back.
	await page.waitForFunction(
		() =>
			document.querySelectorAll('[role="progressbar"], progress').length === 0 &&
			!/Restoring the saved workspace|Opening the workspace|Reading the saved workspace|Starting the local database/.test(document.body.innerText),
		null,
		{ timeout: IMPORT_TIMEOUT }
	);
	await page.waitForTimeout(1500);
}

async function visit(page: Page, path: string): Promise<void> {
	await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: path, exact: true }).click();
	// The click only starts the navigation: wait until the new page is the one on screen.
	const name = path === 'Workspace' ? 'workspace' : (path.toLowerCase() as PageName);
	const want = PATH_OF[name];
	await page.waitForFunction((want) => location.pathname.replace(/\/$/, '') === want.replace(/\/$/, ''), want, { timeout: 30_000 });
}

/** Shoots the page only once it shows its loading state (see LOADING); says so when it never does. */
async function loadingShot(page: Page, name: string, within = 8_000): Promise<boolean> {
	const seen = await page
		.locator(LOADING)
		.first()
		.waitFor({ state: 'visible', timeout: within })
		.then(
			() => true,
			() => false
		);
	if (!seen) {
		console.log(`${name}: no loading state within ${within / 1000} s (the page answered first)`);
		return false;
	}
	await shot(page, name);
	return true;
}

/** Every page, plus the workspace and one open conversation, named `<state>-<page>`. `loading` shoots each page at once too. */
async function everyPage(page: Page, state: string, loading = false): Promise<void> {
	await visit(page, 'Workspace');
	await page.waitForTimeout(500);
	await shot(page, `${state}-workspace`);
	const conversation = page.getByRole('list', { name: 'Conversations' }).getByRole('link').first();
	if (await conversation.count()) {
		await conversation.click();
		await page.waitForTimeout(1500);
		await shot(page, `${state}-conversation`);
	}
	for (const name of PAGES) {
		await visit(page, name === 'sql' ? 'SQL' : name[0].toUpperCase() + name.slice(1));
		if (loading) await loadingShot(page, `loading-${state}-${name}`);
		await page.waitForTimeout(name === 'graph' ? 6000 : 2500);
		await shot(page, `${state}-${name}`);
	}
}

async function importText(page: Page, name: string, text: string): Promise<void> {
	const input = page.getByLabel('Choose chat export files');
	const buffer = Buffer.from(text, 'utf8');
	// Playwright takes at most 50 MB as a buffer; a larger file goes by path.
	if (buffer.length < 50 << 20) return input.setInputFiles({ name, mimeType: 'text/plain', buffer });
	const dir = mkdtempSync(join(tmpdir(), 'parley-shots-file-'));
	writeFileSync(join(dir, name), buffer);
	await input.setInputFiles(join(dir, name));
}

async function large(n: number, label: string): Promise<void> {
	const { page, close, profile } = await open(WIDTH, HEIGHT, label);
	// Written once the import has settled: a later run with the same --profile reuses the saved workspace.
	const imported = join(profile, `parley-shots-${label}.imported`);
	try {
		await page.goto(BASE + '/');
		if (existsSync(imported)) {
			// The saved workspace is read back: every page's real loading state at this size.
			await loadingShot(page, `loading-${label}-restoring-workspace`, 30_000);
			for (const name of ['search', 'analytics'] as const) {
				await visit(page, name[0].toUpperCase() + name.slice(1));
				await loadingShot(page, `loading-${label}-restoring-${name}`, 30_000);
			}
			await visit(page, 'Workspace');
			await settled(page);
		} else {
			await ready(page);
			await importText(page, `WhatsApp Chat with Large Group ${label}.txt`, generateWhatsAppText(n, 7));
			await page.getByRole('progressbar', { name: 'Import progress' }).waitFor({ timeout: 60_000 });
			await shot(page, `loading-${label}-workspace`);
			// One more shot a minute while it loads: what the progress card says at each step.
			const summary = page.getByRole('region', { name: 'Import summary' });
			for (let minute = 1; minute * 60_000 < IMPORT_TIMEOUT; minute++) {
				const done = await summary.waitFor({ timeout: 60_000 }).then(
					() => true,
					() => false
				);
				if (done) break;
				await shot(page, `loading-${label}-workspace-${String(minute).padStart(2, '0')}min`);
			}
			await summary.waitFor({ timeout: IMPORT_TIMEOUT });
			await shot(page, `${label}-imported-workspace`);
			for (let minute = 1; (await page.getByRole('progressbar').count()) > 0 && minute < 20; minute++) {
				await page.waitForTimeout(60_000);
				await shot(page, `loading-${label}-followup-${String(minute).padStart(2, '0')}min`);
			}
			await settled(page);
			if (PROFILE) writeFileSync(imported, new Date().toISOString());
		}
		await everyPage(page, label, true);
		// Search with hits and a SQL answer over the whole archive.
		await visit(page, 'Search');
		await page.getByRole('searchbox').first().fill('invoice customs');
		await loadingShot(page, `loading-${label}-search-hits`, 4_000);
		await page.waitForTimeout(4000);
		await shot(page, `${label}-search-hits`);
		await visit(page, 'SQL');
		await runSql(page, 'SELECT author, count(*) AS messages FROM messages GROUP BY 1 ORDER BY 2 DESC', `loading-${label}-sql-result`);
		await shot(page, `${label}-sql-result`);
	} finally {
		await close();
	}
}

async function runSql(page: Page, sql: string, loadingName?: string): Promise<void> {
	const editor = page.getByRole('textbox', { name: /SQL/ }).first();
	await editor.click();
	await page.keyboard.press('Control+A');
	await page.keyboard.type(sql);
	await page.getByRole('button', { name: /^Run/ }).first().click();
	if (loadingName) await loadingShot(page, loadingName, 3_000);
	await page.waitForTimeout(3000);
}

const scenes: Record<string, () => Promise<void>> = {
	async empty() {
		const { page, close } = await open();
		try {
			await page.goto(BASE + '/');
			await loadingShot(page, 'loading-start-workspace', 3_000);
			await ready(page);
			await everyPage(page, 'empty');
		} finally {
			await close();
		}
	},
	async error() {
		const { page, close } = await open();
		try {
			await page.goto(BASE + '/');
			await ready(page);
			await importText(page, 'WhatsApp Chat with Nobody.txt', 'this is not a chat export\nnor is this line\n');
			await page.waitForTimeout(4000);
			await shot(page, 'error-workspace-import');
			await visit(page, 'Search');
			await page.getByRole('searchbox').first().fill('invoice AND (customs');
			await page.waitForTimeout(2000);
			await shot(page, 'error-search');
			await visit(page, 'SQL');
			await runSql(page, 'SELECT nope FROM messages');
			await shot(page, 'error-sql');
		} finally {
			await close();
		}
	},
	async sample() {
		const { page, close } = await open();
		try {
			await page.goto(BASE + '/');
			await ready(page);
			await page.getByRole('button', { name: 'Open sample archive' }).click();
			await page.getByRole('region', { name: 'Import summary' }).waitFor();
			await shot(page, 'sample-imported-workspace');
			await settled(page);
			await everyPage(page, 'sample');
		} finally {
			await close();
		}
	},
	async every() {
		const { page, close } = await open();
		try {
			await page.goto(BASE + '/');
			await ready(page);
			await page.getByRole('button', { name: 'Open a sample of every format' }).click();
			const dialog = page.getByRole('dialog', { name: /Map the columns of/ });
			if (
				await dialog.waitFor({ timeout: 60_000 }).then(
					() => true,
					() => false
				)
			) {
				await page.waitForTimeout(500);
				await shot(page, 'every-csv-mapping');
				await dialog.getByRole('button', { name: 'Import with these columns' }).click();
			}
			await page.getByRole('region', { name: 'Import summary' }).waitFor();
			await settled(page);
			await shot(page, 'every-imported-workspace');
		} finally {
			await close();
		}
	},
	'100k': () => large(100_000, '100k'),
	'1m': () => large(1_000_000, '1m'),
	async header() {
		for (const width of [1024, 1280, 1440]) {
			const { page, close } = await open(width, 700);
			try {
				await page.goto(BASE + '/');
				await ready(page);
				await shot(page, `header-${width}-empty`);
				const before = await page.locator('header').boundingBox();
				await page.getByRole('button', { name: 'Open sample archive' }).click();
				await page.getByRole('region', { name: 'Import summary' }).waitFor();
				await settled(page);
				const after = await page.locator('header').boundingBox();
				await shot(page, `header-${width}-imported`);
				console.log(`header at ${width}px: ${before?.height}px tall before an import, ${after?.height}px after`);
			} finally {
				await close();
			}
		}
	}
};

for (const state of STATES) {
	const scene = scenes[state];
	if (!scene) throw new Error(`unknown state ${state}; known: ${Object.keys(scenes).join(', ')}`);
	await scene();
}
