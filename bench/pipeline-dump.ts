// Every event the import pipeline's parse side emits for WhatsApp .txt inputs, every row of every Arrow batch
// (messages, attachments, the risk scan's and the search index's columns, unparsed lines) written out column by
// column, so a change to the parser or the batch builder can be checked byte for byte:
// `npx tsx bench/pipeline-dump.ts out.txt` before and after, then `cmp`. Inputs as bench/whatsapp-dump.ts: every .txt
// fixture under tests/fixtures, the real exports under /work/shared/real-exports and /work/realwa/set when present,
// and a generated 200k-message export, each streamed in 1 MB chunks as the tab and the command line read it.
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import { produceImport } from '../src/lib/pipeline/produce.ts';
import type { PipelineEvent, StreamStart } from '../src/lib/pipeline/events.ts';
import { generateWhatsAppText } from './whatsapp-gen.ts';

const outPath = process.argv[2];
if (!outPath) throw new Error('usage: tsx bench/pipeline-dump.ts <out file>');
const out = createWriteStream(outPath);

function txtFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	const found: string[] = [];
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) found.push(...txtFiles(path));
		else if (name.endsWith('.txt')) found.push(path);
	}
	return found;
}

const json = (v: unknown) => JSON.stringify(v, (_k, x) => (typeof x === 'bigint' ? `${x}n` : x instanceof Date ? x.toISOString() : x));

function rows(label: string, ipc: Uint8Array | null): void {
	if (ipc === null) return void out.write(`${label} null\n`);
	const table = tableFromIPC(ipc);
	const names = table.schema.fields.map((f) => `${f.name}:${f.type}`);
	out.write(`${label} ${table.numRows} ${names.join(',')}\n`);
	const columns = table.schema.fields.map((f) => table.getChild(f.name)!);
	for (let i = 0; i < table.numRows; i++) out.write(json(columns.map((c) => c.get(i))) + '\n');
}

function dumpEvent(e: PipelineEvent): void {
	switch (e.type) {
		case 'batch':
			out.write(`batch ${e.archiveId} ${e.messages} ${json(e.conversations)} ${json(e.participants)}\n`);
			for (const t of e.tables) rows(`table ${t.table}`, t.ipc);
			rows('scan', e.scan);
			rows('search', e.search);
			return;
		case 'close': {
			const { unparsed, ...rest } = e;
			out.write(`close ${json(rest)}\n`);
			return rows('unparsed', unparsed?.ipc ?? null);
		}
		case 'progress':
			return;
		default:
			out.write(`${e.type} ${json(e)}\n`);
	}
}

function chunks(bytes: Uint8Array, size: number) {
	return async function* () {
		for (let i = 0; i < bytes.length; i += size) yield bytes.slice(i, i + size);
	};
}

const START: StreamStart = {
	archiveId: 1,
	conversationId: 1,
	messageId: 1,
	participantId: 1,
	participants: [],
	knownSha256: [],
	timeZone: 'Europe/Berlin',
	sides: true
};

async function dump(label: string, bytes: Uint8Array): Promise<void> {
	out.write(`## ${label}\n`);
	const input = { kind: 'stream' as const, name: label.split('/').pop()!, total: bytes.length, head: bytes.subarray(0, 65536), open: chunks(bytes, 1 << 20) };
	await produceImport(input, START, {}, dumpEvent);
}

const root = join(import.meta.dirname, '..');
const only = process.env.DUMP_ONLY;
const inputs = [...txtFiles(join(root, 'tests/fixtures')), ...txtFiles('/work/shared/real-exports'), ...txtFiles('/work/realwa/set')].filter(
	(p) => !only || p.includes(only)
);
for (const path of inputs) await dump(path.replace(root + '/', ''), new Uint8Array(readFileSync(path)));
if (!only) await dump('generated-200k.txt', new TextEncoder().encode(generateWhatsAppText(200_000, 7)));
await new Promise<void>((resolve) => out.end(resolve));
console.log(`${inputs.length + (only ? 0 : 1)} inputs dumped to ${outPath}`);
