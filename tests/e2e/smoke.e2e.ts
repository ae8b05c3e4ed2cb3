import { afterEach, expect, test } from 'vitest';
import { assertNoOffMachineRequests, openApp, type App } from './harness';

let app: App | undefined;
afterEach(async () => {
	await app?.close();
	app = undefined;
});

test('the app shell loads with its heading and stays on this machine', async () => {
	app = await openApp('/');
	await app.page.getByRole('heading', { name: 'Parley', level: 1 }).waitFor();
	await app.page.waitForLoadState('networkidle');
	assertNoOffMachineRequests(app.requests);
	expect(app.pageErrors).toEqual([]);
	expect(app.consoleErrors).toEqual([]);
});
