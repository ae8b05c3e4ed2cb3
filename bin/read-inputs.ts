import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parseSource, type ParsedSource } from '../src/lib/ingest/parse-source.ts';

export type InputResult = { file: string; ok: true; result: ParsedSource } | { file: string; ok: false; error: string };

/** Reads and parses each input in turn, reporting problems to stderr as it goes. */
export async function* readInputs(files: string[]): AsyncGenerator<InputResult> {
	for (const file of files) {
		let bytes: Uint8Array;
		try {
			bytes = (await stat(file)).isDirectory() ? await folderAsZip(file) : await readFile(file);
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

/** A folder (an unpacked Slack or Messenger export) is read exactly as its zip would be: same paths, same parsers. */
async function folderAsZip(dir: string): Promise<Uint8Array> {
	const members: Record<string, Uint8Array> = {};
	for (const path of await filesUnder(dir)) members[relative(dir, path).split('\\').join('/')] = await readFile(path);
	return zipSync(members, { level: 0 });
}

async function filesUnder(dir: string): Promise<string[]> {
	const out: string[] = [];
	for (const entry of await readdir(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) out.push(...(await filesUnder(path)));
		else if (entry.isFile()) out.push(path);
	}
	return out.sort();
}
