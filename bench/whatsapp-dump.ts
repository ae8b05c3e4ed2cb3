// Every record the WhatsApp parsers produce, written out field by field, so a change to the parsers can be checked
// byte for byte: `npx tsx bench/whatsapp-dump.ts out.txt` before and after, then `cmp`. Inputs: every .txt fixture
// under tests/fixtures, the real exports under /work/shared/real-exports and /work/realwa/set when present, and a
// generated 200k-message export. Each input is parsed in memory, streamed in 1 MB chunks, streamed in 4093-byte chunks
// (lines and characters cut at chunk edges) and streamed with records handed on as they complete (the pipeline's path).
import { createWriteStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParsedFile, ParsedMessage } from '../src/lib/model/types.ts';
import { parseWhatsAppStream } from '../src/lib/ingest/container/stream-whatsapp.ts';
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';
import { decodeText } from '../src/lib/ingest/decode.ts';
import { createHandingOnLineStream } from '../src/lib/pipeline/whatsapp-lines.ts';
import type { RecordColumns } from '../src/lib/ingest/whatsapp/columns.ts';
import { generateWhatsAppText } from './whatsapp-gen.ts';

const outPath = process.argv[2];
if (!outPath) throw new Error('usage: tsx bench/whatsapp-dump.ts <out file>');
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

function message(m: ParsedMessage): string {
	return JSON.stringify([m.index, m.author, m.authorRaw, m.ts, m.kind, m.text, m.attachments, m.edited, m.line, m.lineEnd, m.raw, m.conversation ?? null]);
}

function dumpFile(label: string, file: ParsedFile, extra: string): void {
	out.write(`## ${label} ${extra}\n`);
	out.write(JSON.stringify({ platform: file.platform, format: file.format, conversations: file.conversations, notes: file.notes }) + '\n');
	for (const m of file.messages) out.write(message(m) + '\n');
	for (const u of file.unparsed) out.write('unparsed ' + JSON.stringify(u) + '\n');
}

function chunks(bytes: Uint8Array, size: number) {
	return async function* () {
		for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
	};
}

async function dump(label: string, bytes: Uint8Array): Promise<void> {
	const decoded = decodeText(bytes);
	dumpFile(`${label} in-memory`, parseWhatsAppText(decoded.text, label), '');
	for (const size of [1 << 20, 4093]) {
		const s = await parseWhatsAppStream(label, bytes.length, chunks(bytes, size));
		dumpFile(`${label} stream/${size}`, s.file, `${s.sha256} ${s.bytes} ${s.warning}`);
	}
	// Batches kept as handed on and read at the end: a held record may still become a system record at the file's end.
	const handed: RecordColumns[] = [];
	let restarts = 0;
	const s = await parseWhatsAppStream(
		label,
		bytes.length,
		chunks(bytes, 1 << 20),
		{},
		(n, { order }) => createHandingOnLineStream(n, { order }, (batch) => handed.push(batch)),
		() => {
			restarts++;
			handed.length = 0;
		}
	);
	dumpFile(`${label} handed-on`, { ...s.file, messages: handed.flatMap((b) => b.messages()) }, `${s.sha256} ${s.warning} restarts=${restarts}`);
}

const root = join(import.meta.dirname, '..');
const inputs = [...txtFiles(join(root, 'tests/fixtures')), ...txtFiles('/work/shared/real-exports'), ...txtFiles('/work/realwa/set')];
for (const path of inputs) await dump(path.replace(root + '/', ''), new Uint8Array(readFileSync(path)));
await dump('generated-200k', new TextEncoder().encode(generateWhatsAppText(200_000, 7)));
await new Promise<void>((resolve) => out.end(resolve));
console.log(`${inputs.length + 1} inputs dumped to ${outPath}`);
