import type { ParsedArgs } from '../args.ts';
import { readInputs } from '../read-inputs.ts';
import { toExportRecord } from '../../src/lib/ingest/export-record.ts';
import { redactText } from '../../src/lib/risk/redact.ts';

const FLUSH_CHARS = 1 << 20;

export async function runExport(args: ParsedArgs): Promise<number> {
	let unreadable = 0;
	let buffer = '';
	for await (const input of readInputs(args.files)) {
		if (!input.ok) {
			unreadable++;
			continue;
		}
		for (const { file } of input.result.parsed) {
			for (const m of file.messages) {
				const record = toExportRecord(input.file, file, m);
				if (args.redact) record.text = redactText(record.text);
				buffer += JSON.stringify(record) + '\n';
				if (buffer.length > FLUSH_CHARS) {
					await write(buffer);
					buffer = '';
				}
			}
		}
	}
	await write(buffer);
	return unreadable > 0 ? 1 : 0;
}

function write(text: string): Promise<void> {
	return new Promise((resolve) => (process.stdout.write(text) ? resolve() : process.stdout.once('drain', resolve)));
}
