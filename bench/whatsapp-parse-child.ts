// One parser over one file, in its own process: prints {ms, cpuMs, messages, peakRssMb, rssBeforeMb} as the last line.
// `parley` and `whatsapp-chat-parser` parse the same string, read before the clock starts; `parley-stream` reads the
// file itself in 1 MB chunks (decode, SHA-256 and parse, as the app's worker does), so its time includes the reading,
// and keeps every record; `parley-stream-handed` reads the same way and hands records on in batches as they complete,
// without keeping them as objects; `parley-stream-columnar` reads the same way and hands records on as RecordColumns
// (no object per record: the pipeline's path, pipeline/records.ts turns each batch into Arrow rows and lets it go).
import { closeSync, createReadStream, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';
import { parseWhatsAppStream, type LineStreamFactory } from '../src/lib/ingest/container/stream-whatsapp.ts';
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';
import { produceImport } from '../src/lib/pipeline/produce.ts';
import { createWhatsAppColumnStream, createWhatsAppLineStream } from '../src/lib/ingest/whatsapp/line-stream.ts';

const [which, path] = process.argv.slice(2);
const text = which.startsWith('parley-stream') ? '' : readFileSync(path, 'utf8');
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
const cpuBefore = process.cpuUsage();
let messages: number;
if (which === 'parley') messages = parseWhatsAppText(text, path).messages.length;
else if (which === 'whatsapp-chat-parser') messages = parseString(text, { parseAttachments: true }).length;
else if (which === 'parley-stream') {
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	messages = (await parseWhatsAppStream(path, statSync(path).size, open)).file.messages.length;
} else if (which === 'parley-stream-handed') {
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	let handed = 0;
	const lines: LineStreamFactory = (name, { order }) => createWhatsAppLineStream(name, { order, emit: (batch) => (handed += batch.length) });
	const streamed = await parseWhatsAppStream(path, statSync(path).size, open, {}, lines);
	if (streamed.file.messages.length !== 0) throw new Error('records kept by a handing-on stream');
	messages = handed;
} else if (which === 'parley-stream-columnar') {
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	let handed = 0;
	const lines: LineStreamFactory = (name, { order }) => createWhatsAppColumnStream(name, { order }, (batch) => (handed += batch.length));
	const streamed = await parseWhatsAppStream(path, statSync(path).size, open, {}, lines);
	if (streamed.file.messages.length !== 0) throw new Error('records kept by a handing-on stream');
	messages = handed;
} else if (which === 'parley-pipeline') {
	// The parse side of the import pipeline (produceImport): the stream's records made into the Arrow batches the
	// loader, the risk scan and the search index read, each batch dropped once made.
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	const size = statSync(path).size;
	const fd = openSync(path, 'r');
	const head = new Uint8Array(65536);
	const got = readSync(fd, head, 0, head.length, 0);
	closeSync(fd);
	let rows = 0;
	const start = { archiveId: 1, conversationId: 1, messageId: 1, participantId: 1, participants: [], knownSha256: [], timeZone: 'Europe/Berlin', sides: true };
	await produceImport({ kind: 'stream', name: path, total: size, head: head.subarray(0, got), open }, start, {}, (e) => {
		if (e.type === 'batch') rows += e.messages;
	});
	messages = rows;
} else throw new Error(`unknown parser ${which}`);
const ms = performance.now() - started;
const cpu = process.cpuUsage(cpuBefore);
const cpuMs = (cpu.user + cpu.system) / 1000;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, cpuMs, messages, peakRssMb, rssBeforeMb: rssBefore / 2 ** 20 }));
