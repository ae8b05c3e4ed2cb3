import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { parseSource, parseSourceStream, type ParsedSource, type ParseOptions, type SourceProblem } from '../src/lib/ingest/parse-source.ts';
import { readRecords, type ProduceInput, type RecordSink } from '../src/lib/pipeline/records.ts';

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
			yield { file, ok: false, error: cannotRead(file, err) };
			continue;
		}
		for (const p of result.problems) process.stderr.write(`${problemText(p)}\n`);
		yield { file, ok: true, result };
	}
}

/** Says on stderr that a file could not be read, and why; returns the why. */
export function cannotRead(file: string, err: unknown): string {
	const error = (err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (err as Error).message;
	process.stderr.write(`${file}: cannot read: ${error}\n`);
	return error;
}

/**
 * One input's records, part by part and batch by batch (pipeline/records.ts), in bounded memory where its format
 * streams; its problems go to stderr at its end. `sha256` is the file's own hash, known before any record (a
 * streamed part's hash is otherwise known only at its close). Throws when the file cannot be read.
 */
export async function readInputRecords(file: string, opts: ParseOptions, sink: (sha256: string) => RecordSink, report = true): Promise<void> {
	const { input, sha256 } = await produceInputOf(file);
	const to = sink(await sha256());
	await readRecords(input, opts, (e) => {
		if (e.type === 'done' && report) for (const p of e.problems) process.stderr.write(`${problemText(p)}\n`);
		to(e);
	});
}

/**
 * A file or folder as the pipeline's input (read in 1 MB chunks; a folder is zipped first), and the file's own
 * SHA-256 when asked for (a read of the whole file: `parley import` has hashed it already and does not ask).
 * `name` is what the archive and its problems are named by (the path as given unless the caller says otherwise).
 */
export async function produceInputOf(file: string, name: string = file): Promise<{ input: ProduceInput; sha256: () => Promise<string> }> {
	const info = await stat(file);
	if (info.isDirectory()) {
		const bytes = await folderAsZip(file);
		const open = async function* () {
			yield bytes;
		};
		const sha256 = async () => createHash('sha256').update(bytes).digest('hex');
		return { sha256, input: { kind: 'stream', name, total: bytes.length, head: bytes.subarray(0, HEAD_BYTES), open } };
	}
	const open = () => createReadStream(file, { highWaterMark: 1 << 20 });
	return { sha256: () => fileSha256(file), input: { kind: 'stream', name, total: info.size, head: await readHead(file), open } };
}

async function fileSha256(file: string): Promise<string> {
	const hash = createHash('sha256');
	for await (const chunk of createReadStream(file, { highWaterMark: 1 << 20 })) hash.update(chunk as Uint8Array);
	return hash.digest('hex');
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
