import { benchWhatsAppParse } from './whatsapp-parse.ts';

const size = Number(process.env.BENCH_MESSAGES ?? 1_000_000);
console.log(`Parley benchmarks — node ${process.version}, ${new Date().toISOString()}`);
benchWhatsAppParse(size);
