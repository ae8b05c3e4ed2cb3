import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parseSource, parseSourceStream, type ParsedSource, type ParseOptions, type SourceProblem } from '../src/lib/ingest/parse-source.ts';

export type InputResult = { file: string; ok: true; result: ParsedSource } | { file: string; ok: false; error: string };

export interface ReadOptions extends ParseOptions {
	/**
	 * Read files in chunks (parseSourceStream, the browser's path): a zip is unpacked as it is read and a WhatsApp
	 * text export is parsed batch by batch; other formats are still read whole.
	 */
	stream?: boolean;
}

const HEAD_BYTES = 65536;

/** Reads and parses each input in turn, reporting problems to stderr as it goes. */
export async function* readInputs(files: string[], opts: ReadOptions = {}): AsyncGenerator<InputResult> {
	for (const file of files) {
		let result: ParsedSource;
		try {
			result = await readInput(file, opts);
		} catch (err) {
			const error = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
			process.stderr.write(`${file}: cannot read: ${error}\n`);
			yield { file, ok: false, error };
			continue;
		}
		for (const p of result.problems) process.stderr.write(`${problemText(p)}\n`);
		yield { file, ok: true, result };
	}
}

/** file[!member][:line]: message — the shape every command prints problems in. */
export function problemText(p: SourceProblem): string {
	return `${p.file}${p.path ? `!${p.path}` : ''}${p.line !== null ? `:${p.line}` : ''}: ${p.message}`;
}

async function readInput(file: string, opts: ReadOptions): Promise<ParsedSource> {
	const info = await stat(file);
	if (info.isDirectory()) return parseSource(file, await folderAsZip(file), opts);
	if (!opts.stream) return parseSource(file, await readFile(file), opts);
	return parseSourceStream(file, info.size, await readHead(file), () => createReadStream(file, { highWaterMark: 1 << 20 }), opts);
}

async function readHead(file: string): Promise<Uint8Array> {
	const handle = await open(file, 'r');
	try {
		const buffer = new Uint8Array(HEAD_BYTES);
		const { bytesRead } = await handle.read(buffer, 0, HEAD_BYTES, 0);
		return buffer.subarray(0, bytesRead);
	} finally {
		await handle.close();
	}
}

/** A folder (an unpacked Slack or Messenger export) is read exactly as its zip would be: same paths, same parsers. */
export async function folderAsZip(dir: string): Promise<Uint8Array> {
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
