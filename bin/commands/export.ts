import { timeZoneOf, type ParsedArgs } from '../args.ts';
import { readInputs } from '../read-inputs.ts';
import { toExportRecord } from '../../src/lib/ingest/export-record.ts';
import { cliRedactor } from './redactor.ts';

const FLUSH_CHARS = 1 << 20;

export async function runExport(args: ParsedArgs): Promise<number> {
	let unreadable = 0;
	let buffer = '';
	const timeZone = timeZoneOf(args);
	const { redactor, learn } = cliRedactor(args.redact);
	for await (const input of readInputs(args.files, { timeZone })) {
		if (!input.ok) {
			unreadable++;
			continue;
		}
		for (const { entry, file, source } of input.result.parsed) {
			learn(file);
			for (const m of file.messages) {
				buffer += JSON.stringify(toExportRecord({ file: input.file, entry, parsed: file, source, timeZone }, m, redactor)) + '\n';
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
