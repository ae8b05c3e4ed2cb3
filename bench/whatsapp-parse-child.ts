// One parser over one file, in its own process: prints {ms, messages, peakRssMb, rssBeforeMb} as the last line.
// `parley` and `whatsapp-chat-parser` parse the same string, read before the clock starts; `parley-stream` reads the
// file itself in 1 MB chunks (decode, SHA-256 and parse, as the app's worker does), so its time includes the reading,
// and keeps every record; `parley-stream-handed` reads the same way and hands records on in batches as they complete,
// without keeping them (the pipeline's path: pipeline/records.ts turns each batch into rows and lets it go).
import { createReadStream, readFileSync, statSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';
import { parseWhatsAppStream, type LineStreamFactory } from '../src/lib/ingest/container/stream-whatsapp.ts';
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';
import { createHandingOnLineStream } from '../src/lib/pipeline/whatsapp-lines.ts';

const [which, path] = process.argv.slice(2);
const text = which.startsWith('parley-stream') ? '' : readFileSync(path, 'utf8');
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let messages: number;
if (which === 'parley') messages = parseWhatsAppText(text, path).messages.length;
else if (which === 'whatsapp-chat-parser') messages = parseString(text, { parseAttachments: true }).length;
else if (which === 'parley-stream') {
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	messages = (await parseWhatsAppStream(path, statSync(path).size, open)).file.messages.length;
} else if (which === 'parley-stream-handed') {
	const open = () => createReadStream(path, { highWaterMark: 1 << 20 });
	let handed = 0;
	const lines: LineStreamFactory = (name, { order }) => createHandingOnLineStream(name, { order }, (batch) => (handed += batch.length));
	const streamed = await parseWhatsAppStream(path, statSync(path).size, open, {}, lines);
	if (streamed.file.messages.length !== 0) throw new Error('records kept by a handing-on stream');
	messages = handed;
} else throw new Error(`unknown parser ${which}`);
const ms = performance.now() - started;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, messages, peakRssMb, rssBeforeMb: rssBefore / 2 ** 20 }));
