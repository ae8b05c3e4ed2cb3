export interface ParsedArgs {
	command: 'stats' | 'export' | 'risk' | 'help';
	files: string[];
	json: boolean;
	jsonl: boolean;
	/** Mask PII and secret spans in printed text, as the app's redaction switch does. */
	redact: boolean;
}

const COMMANDS = new Set(['stats', 'export', 'risk']);
const FLAGS = new Set(['--json', '--jsonl', '--redact', '--help', '-h']);
const HELP: ParsedArgs = { command: 'help', files: [], json: false, jsonl: false, redact: false };

export function parseArgs(argv: string[]): ParsedArgs {
	const [command, ...rest] = argv;
	if (!command || command === '--help' || command === '-h' || command === 'help') return HELP;
	if (!COMMANDS.has(command)) throw new Error(`unknown command "${command}"`);
	const files: string[] = [];
	const flags = new Set<string>();
	let endOfFlags = false;
	for (const arg of rest) {
		if (endOfFlags || !arg.startsWith('-')) files.push(arg);
		else if (arg === '--') endOfFlags = true;
		else if (FLAGS.has(arg)) flags.add(arg);
		else throw new Error(`unknown option "${arg}"`);
	}
	if (flags.has('--help') || flags.has('-h')) return HELP;
	return { command: command as ParsedArgs['command'], files, json: flags.has('--json'), jsonl: flags.has('--jsonl'), redact: flags.has('--redact') };
}
