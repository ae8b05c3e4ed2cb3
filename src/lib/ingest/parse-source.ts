import type { ParsedFile, SourceFile } from '../model/types';
import { decodeText } from './decode';
import { detectFormat } from './detect';
import { sha256Hex } from './hash';
import { parseWhatsAppText } from './whatsapp';

/** A problem with one input, shown to the user with its file (and line where there is one). */
export interface SourceProblem {
	file: string;
	line: number | null;
	message: string;
}

export interface ParsedSource {
	source: SourceFile;
	parsed: ParsedFile | null;
	problems: SourceProblem[];
}

/** Bytes of one source file → hash, decoded text, detected format and canonical records. Used by the app's worker and the CLI. */
export async function parseSource(name: string, bytes: Uint8Array): Promise<ParsedSource> {
	const source: SourceFile = { name, bytes: bytes.byteLength, sha256: await sha256Hex(bytes) };
	const problems: SourceProblem[] = [];
	const decoded = decodeText(bytes);
	if (decoded.warning) problems.push({ file: name, line: null, message: decoded.warning });
	const detection = detectFormat(decoded.text);
	if (!detection.ok) return { source, parsed: null, problems: [...problems, { file: name, line: null, message: detection.message }] };
	const parsed = parseWhatsAppText(decoded.text, name);
	for (const u of parsed.unparsed) {
		problems.push({ file: name, line: u.line, message: `${u.reason}: ${truncate(u.text, 120)}` });
	}
	return { source, parsed, problems };
}

function truncate(text: string, max: number): string {
	return text.length > max ? text.slice(0, max) + '…' : text;
}
