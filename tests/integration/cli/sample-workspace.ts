import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { folderAsZip } from '../../../bin/read-inputs';
import type { Connector } from '$lib/db/connector';
import { importParsedFile } from '$lib/db/load';
import { createNodeDb } from '$lib/db/node';
import { refreshIdentities } from '$lib/db/queries/identities';
import { parseSource } from '$lib/ingest/parse-source';
import { enabledDefinitions, policyEntries } from '$lib/risk/analysis/policy-set';
import { BUILTIN_POLICIES } from '$lib/risk/policy';
import { scanBatch } from '$lib/risk/scan';
import { scanIpcBatch } from '$lib/risk/worker/batch';
import { scanRules } from '$lib/risk/worker/rules';
import { runScan } from '$lib/risk/worker/scan-run';

/** The samples the workspace-command tests import with `parley import` and with the app's own path. */

// One input of every sample format, as a user would name it (folders for the unpacked multi-file exports).
export const SAMPLES = [
	'data-samples/whatsapp/WhatsApp Chat with Harbor Logistics.txt',
	'data-samples/whatsapp/WhatsApp Chat - Ops Team.zip',
	'data-samples/signal',
	'data-samples/discord/Harbor Dev - Support - help [1151234567890129999].csv',
	'data-samples/discord/Harbor Dev - Text Channels - general [1151234567890123456].json',
	'data-samples/telegram/DataExport_2024-04-12',
	'data-samples/csv/travel_agency_sms_export.csv',
	'data-samples/slack/Northwind Labs Slack export Mar 4 2024 - Mar 8 2024',
	'data-samples/wechat/Lukas Brandt.txt',
	'data-samples/wechat/项目Alpha.json',
	'data-samples/wechat/East China Sales_utf8.csv',
	'data-samples/wechat/wxid_sortega88_0_5000.csv',
	'data-samples/instagram',
	'data-samples/messenger'
];
export const TABLES = ['archives', 'conversations', 'participants', 'identities', 'identity_members', 'messages', 'attachments', 'unparsed_lines', 'risk_hits'];

export function parley(...args: string[]) {
	const r = spawnSync(process.execPath, ['bin/parley.js', ...args], { encoding: 'utf8', maxBuffer: 64 << 20 });
	return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** The app's path: parse, importParsedFile into DuckDB-wasm, the import's risk scan (every detector, every enabled policy), identity linking. */
export async function appWorkspace(): Promise<Connector> {
	const db = await createNodeDb();
	const ids: number[] = [];
	for (const input of SAMPLES) {
		const bytes = statSync(input).isDirectory() ? await folderAsZip(input) : readFileSync(input);
		for (const { file, source } of (await parseSource(basename(input), bytes)).parsed) {
			ids.push((await importParsedFile(db, file, source, { timeZone: 'UTC' })).archiveId);
		}
	}
	const rules = scanRules(enabledDefinitions(policyEntries(BUILTIN_POLICIES, [])), true);
	await runScan(db, { archiveIds: ids, report: () => {}, scan: async (ipc) => scanIpcBatch(ipc, rules, scanBatch) });
	await refreshIdentities(db);
	return db;
}
