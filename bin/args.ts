export interface ParsedArgs {
	command: 'stats' | 'export' | 'risk' | 'import' | 'query' | 'search' | 'help';
	/** Inputs; for `query`, the database and then the SQL. */
	files: string[];
	json: boolean;
	jsonl: boolean;
	/** Mask names that are phone numbers or e-mail addresses, and PII and secret spans, as the app's redaction switch does. */
	redact: boolean;
	/** `import --workspace-file`: also write the workspace as a file the app opens (`.parley`). */
	workspaceFile?: string;
	/** `search --limit`: hits to print (the total is always counted). */
	limit?: number;
	/** `search --sort`: best first (rank, the default) or oldest first (time). */
	sort?: 'rank' | 'time';
	/** `query --csv`, `search --csv`: the result as CSV. */
	csv?: boolean;
	/** `import --db`: the DuckDB file to import into (created when missing). */
	db?: string;
	/** `import --parquet`: a folder to write every table to as Parquet. */
	parquet?: string;
	/** `--tz` (import, export, risk): IANA zone the exports' naive timestamps are read in (default: this machine's). */
	tz?: string;
}

const COMMANDS = new Set(['stats', 'export', 'risk', 'import', 'query', 'search']);
const FLAGS = new Set(['--json', '--jsonl', '--redact', '--csv', '--help', '-h']);
const VALUED = { '--db': 'db', '--parquet': 'parquet', '--tz': 'tz', '--limit': 'limit', '--sort': 'sort', '--workspace-file': 'workspaceFile' } as const;
/** Options of the database commands, refused elsewhere rather than silently ignored. */
const NEW_OPTIONS: [option: '--csv' | keyof typeof VALUED, commands: string[]][] = [
	['--csv', ['query', 'search']],
	['--limit', ['search']],
	['--sort', ['search']],
	['--db', ['import', 'risk']],
	['--parquet', ['import']],
	['--workspace-file', ['import']],
	['--tz', ['import', 'export', 'risk']]
];
const HELP: ParsedArgs = { command: 'help', files: [], json: false, jsonl: false, redact: false };

function zone(value: string): string {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: value });
	} catch {
		throw new Error(`unknown time zone "${value}"`);
	}
	return value;
}

function limitOf(value: string): string {
	if (!/^\d+$/.test(value) || Number(value) < 1) throw new Error(`--limit needs a whole number of hits, at least 1, got "${value}"`);
	return value;
}

function sortOf(value: string): string {
	if (value !== 'rank' && value !== 'time') throw new Error(`--sort is rank (best first) or time (oldest first), got "${value}"`);
	return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') return HELP;
	if (!COMMANDS.has(command)) throw new Error(`unknown command "${command}"`);
	const files: string[] = [];
	const flags = new Set<string>();
	const values: Partial<Record<(typeof VALUED)[keyof typeof VALUED], string>> = {};
	let endOfFlags = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
		if (endOfFlags || !arg.startsWith('-')) files.push(arg);
		else if (arg === '--') endOfFlags = true;
		else if (name in VALUED) {
			const value = inline ?? rest[++i];
			if (value === undefined || value === '')
				throw new Error(name === '--tz' ? '--tz needs a time zone, e.g. --tz Europe/Berlin' : `option "${name}" needs a value`);
			values[VALUED[name as keyof typeof VALUED]] =
				name === '--tz' ? zone(value) : name === '--limit' ? limitOf(value) : name === '--sort' ? sortOf(value) : value;
		} else if (FLAGS.has(arg)) flags.add(arg);
		else throw new Error(`unknown option "${arg}"`);
	}
	if (flags.has('--help') || flags.has('-h')) return HELP;
	for (const [option, commands] of NEW_OPTIONS) {
		const given = option === '--csv' ? flags.has(option) : values[VALUED[option]] !== undefined;
		if (given && !commands.includes(command)) throw new Error(`option "${option}" does not apply to ${command}`);
	}
	const { limit, sort, ...named } = values;
	const parsed: ParsedArgs = {
		command: command as ParsedArgs['command'],
		files,
		json: flags.has('--json'),
		jsonl: flags.has('--jsonl'),
		redact: flags.has('--redact'),
		...named
	};
	if (limit !== undefined) parsed.limit = Number(limit);
	if (sort !== undefined) parsed.sort = sort as 'rank' | 'time';
	if (flags.has('--csv')) parsed.csv = true;
	return parsed;
}

/** The zone naive times are read in: the one given, else this machine's. */
export function timeZoneOf(args: ParsedArgs): string {
	return args.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}
