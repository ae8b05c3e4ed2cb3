import { readFile } from 'node:fs/promises';
import { parseSource, type ParsedSource } from '../src/lib/ingest/parse-source.ts';

export type InputResult = { file: string; ok: true; result: ParsedSource } | { file: string; ok: false; error: string };

/** Reads and parses each input in turn, reporting problems to stderr as it goes. */
export async function* readInputs(files: string[]): AsyncGenerator<InputResult> {
	for (const file of files) {
		let bytes: Uint8Array;
		try {
			bytes = await readFile(file);
		} catch (err) {
			const error = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
			process.stderr.write(`${file}: cannot read: ${error}\n`);
			yield { file, ok: false, error };
			continue;
		}
		const result = await parseSource(file, bytes);
		for (const p of result.problems) {
			process.stderr.write(`${p.file}${p.path ? `!${p.path}` : ''}${p.line !== null ? `:${p.line}` : ''}: ${p.message}\n`);
		}
		yield { file, ok: true, result };
	}
}
