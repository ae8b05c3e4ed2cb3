export interface ParsedArgs {
	command: 'stats' | 'export' | 'risk' | 'help';
	files: string[];
	json: boolean;
	jsonl: boolean;
	/** Mask names that are phone numbers or e-mail addresses, and PII and secret spans, as the app's redaction switch does. */
	redact: boolean;
	/** IANA zone naive times are read in (`--tz`); null for this machine's zone. */
	tz: string | null;
}

const COMMANDS = new Set(['stats', 'export', 'risk']);
const FLAGS = new Set(['--json', '--jsonl', '--redact', '--help', '-h']);
const HELP: ParsedArgs = { command: 'help', files: [], json: false, jsonl: false, redact: false, tz: null };

function zone(value: string | undefined): string {
	if (!value) throw new Error('--tz needs a time zone, e.g. --tz Europe/Berlin');
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: value });
	} catch {
		throw new Error(`unknown time zone "${value}"`);
	}
	return value;
}

export function parseArgs(argv: string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') return HELP;
	if (!COMMANDS.has(command)) throw new Error(`unknown command "${command}"`);
	const files: string[] = [];
	const flags = new Set<string>();
	let tz: string | null = null;
	let endOfFlags = false;
	for (let i = 0; i < rest.length; i++) {
		const arg = rest[i];
		if (endOfFlags || !arg.startsWith('-')) files.push(arg);
		else if (arg === '--') endOfFlags = true;
		else if (arg === '--tz') tz = zone(rest[++i]);
		else if (arg.startsWith('--tz=')) tz = zone(arg.slice(5));
		else if (FLAGS.has(arg)) flags.add(arg);
		else throw new Error(`unknown option "${arg}"`);
	}
	if (flags.has('--help') || flags.has('-h')) return HELP;
	return { command: command as ParsedArgs['command'], files, json: flags.has('--json'), jsonl: flags.has('--jsonl'), redact: flags.has('--redact'), tz };
}

/** The zone naive times are read in: the one given, else this machine's. */
export function timeZoneOf(args: ParsedArgs): string {
	return args.tz ?? Intl.DateTimeFormat().resolvedOptions().timeZone ?? 'UTC';
}
