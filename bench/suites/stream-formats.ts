import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, writeSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { telegramExportPieces, type TelegramExportCounts } from '../../tests/helpers/telegram-export.ts';
import { fixed, printTable } from '../lib/table.ts';

/**
 * `parley stats`, `export` and `risk` on a generated Telegram full-account result.json of BENCH_STREAM_MB (default
 * 300 MB), each in its own process under /usr/bin/time -v: peak RSS stays flat whatever the input's size, because
 * the JSON is read record by record. Peers in the same run: the same commands on a file of BENCH_STREAM_SMALL_MB
 * (default 30 MB), and the whole-file parse (parseSource on the file read whole, as the commands read before) on
 * that small file. The export is written to the file piece by piece; it is never one string.
 */
const MESSAGE_BYTES = 230;

function generate(path: string, mb: number): TelegramExportCounts {
	const counts: TelegramExportCounts = { messages: 0, risky: 0 };
	const perChat = 50_000;
	const chats = Math.max(1, Math.ceil((mb * 1e6) / MESSAGE_BYTES / perChat));
	const fd = openSync(path, 'w');
	let pending = '';
	for (const piece of telegramExportPieces({ chats, perChat, seed: 11 }, counts)) {
		pending += piece;
		if (pending.length > 1 << 20) {
			writeSync(fd, pending);
			pending = '';
		}
	}
	writeSync(fd, pending);
	closeSync(fd);
	return counts;
}

interface Run {
	wallS: number;
	peakRssMb: number;
	stdout: string;
}

function timed(args: string[]): Run {
	const r = spawnSync('/usr/bin/time', ['-v', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
	if (r.status !== 0) throw new Error(`${args.join(' ')} failed (${r.status}): ${r.stderr.slice(-2000)}`);
	const field = (name: string) => r.stderr.match(new RegExp(`${name}: (.+)`))?.[1] ?? '';
	const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
	return {
		wallS: wall.reduce((acc, x) => acc * 60 + x, 0),
		peakRssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024,
		stdout: r.stdout
	};
}

/** The command with its stdout sent to /dev/null by a shell, so that a large export is not buffered here. */
function command(cmd: string, file: string): Run {
	const shell = `${JSON.stringify(process.execPath)} bin/parley.js ${cmd} ${JSON.stringify(file)} > /dev/null`;
	const r = spawnSync('/usr/bin/time', ['-v', 'sh', '-c', shell], { encoding: 'utf8', maxBuffer: 64 << 20 });
	if (r.status !== 0) throw new Error(`parley ${cmd} failed (${r.status}): ${r.stderr.slice(-2000)}`);
	const field = (name: string) => r.stderr.match(new RegExp(`${name}: (.+)`))?.[1] ?? '';
	const wall = field('Elapsed \\(wall clock\\) time \\(h:mm:ss or m:ss\\)').split(':').map(Number);
	return { wallS: wall.reduce((acc, x) => acc * 60 + x, 0), peakRssMb: Number(field('Maximum resident set size \\(kbytes\\)')) / 1024, stdout: '' };
}

export async function run(): Promise<void> {
	const bigMb = Number(process.env.BENCH_STREAM_MB ?? 300);
	const smallMb = Number(process.env.BENCH_STREAM_SMALL_MB ?? 30);
	const dir = mkdtempSync(join(tmpdir(), 'parley-bench-stream-'));
	try {
		const small = join(dir, 'small', 'result.json');
		const big = join(dir, 'big', 'result.json');
		for (const p of [small, big]) spawnSync('mkdir', ['-p', join(p, '..')]);
		const smallCounts = generate(small, smallMb);
		const bigCounts = generate(big, bigMb);
		const load = loadavg()
			.map((x) => x.toFixed(1))
			.join(' ');
		const stats = timed(['bin/parley.js', 'stats', '--json', big]);
		const records = (JSON.parse(stats.stdout) as { records: number }[])[0]?.records ?? 0;
		if (records !== bigCounts.messages) throw new Error(`parley stats counted ${records} records, the generator wrote ${bigCounts.messages}`);
		const rows: (string | number)[][] = [];
		const sizeOf = (f: string) => statSync(f).size / 1e6;
		const add = (what: string, f: string, r: Run) =>
			rows.push([what, fixed(sizeOf(f), 0), fixed(r.wallS), fixed(r.peakRssMb, 0), fixed(r.peakRssMb / sizeOf(f), 2)]);
		add('parley stats (streamed)', big, stats);
		add('parley export --jsonl (streamed)', big, command('export', big));
		add('parley risk --jsonl (streamed)', big, command('risk --jsonl', big));
		add('parley stats (streamed)', small, timed(['bin/parley.js', 'stats', '--json', small]));
		add('parley export --jsonl (streamed)', small, command('export', small));
		add('whole-file parse (parseSource, file read whole)', small, timed(['--import', 'tsx', 'bench/parse-whole-child.ts', small]));
		printTable(
			`Telegram result.json read by the command line: ${bigCounts.messages.toLocaleString('en')} messages (${fixed(sizeOf(big), 0)} MB) and ${smallCounts.messages.toLocaleString('en')} (${fixed(sizeOf(small), 0)} MB); load average before: ${load}`,
			['run', 'input MB', 'wall s', 'peak RSS MB', 'RSS ÷ input'],
			rows
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}
