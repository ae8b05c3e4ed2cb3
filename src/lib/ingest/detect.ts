import type { Platform } from '../model/types';
import { looksLikeWhatsApp } from './whatsapp';

interface FormatProbe {
	platform: Platform;
	label: string;
	matches(sample: string): boolean;
}

/** Every format Parley can read, tried in order, by content (never by file name). */
export const FORMAT_PROBES: readonly FormatProbe[] = [
	{ platform: 'whatsapp', label: 'WhatsApp chat export (.txt, Android or iOS)', matches: looksLikeWhatsApp }
];

export type Detection = { ok: true; platform: Platform } | { ok: false; message: string };

const SAMPLE_CHARS = 64 * 1024;

export function detectFormat(text: string): Detection {
	const sample = text.slice(0, SAMPLE_CHARS);
	const probe = FORMAT_PROBES.find((p) => p.matches(sample));
	if (probe) return { ok: true, platform: probe.platform };
	const tried = FORMAT_PROBES.map((p) => p.label).join('; ');
	return { ok: false, message: `not a recognised chat export. Tried: ${tried}. The file begins: ${describeStart(sample)}` };
}

function describeStart(sample: string): string {
	if (sample.trim() === '') return '(empty file)';
	const lines = sample.split(/\r\n|\r|\n/, 20).filter((l) => l.trim() !== '').slice(0, 3).map((l) => JSON.stringify(l.length > 80 ? l.slice(0, 80) + '…' : l));
	return lines.join(' / ');
}
