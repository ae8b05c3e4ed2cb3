// One parser over one file, in its own process: prints {ms, messages, peakRssMb} as the last line.
import { readFileSync } from 'node:fs';
import { parseString } from 'whatsapp-chat-parser';
import { parseWhatsAppText } from '../src/lib/ingest/whatsapp/index.ts';

const [which, path] = process.argv.slice(2);
const text = readFileSync(path, 'utf8');
globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let messages: number;
if (which === 'parley') messages = parseWhatsAppText(text, path).messages.length;
else if (which === 'whatsapp-chat-parser') messages = parseString(text, { parseAttachments: true }).length;
else throw new Error(`unknown parser ${which}`);
const ms = performance.now() - started;
const peakRssMb = process.resourceUsage().maxRSS / 1024;
console.log(JSON.stringify({ ms, messages, peakRssMb, rssBeforeMb: rssBefore / 2 ** 20 }));
