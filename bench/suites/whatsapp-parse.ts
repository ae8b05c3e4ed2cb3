import { benchWhatsAppParse } from '../whatsapp-parse.ts';

export function run(): void {
	benchWhatsAppParse(Number(process.env.BENCH_MESSAGES ?? 1_000_000));
}
