import { timeZoneOf, type ParsedArgs } from '../args.ts';
import { eachPart, namesByPart } from '../part-records.ts';
import { cannotRead } from '../read-inputs.ts';
import { Spool, writeOut } from '../spool.ts';
import { toExportRecord } from '../../src/lib/ingest/export-record.ts';
import { cliRedactor } from './redactor.ts';

/** One JSON line per record, input by input, in bounded memory: each input's lines are spooled until it is read to its end. */
export async function runExport(args: ParsedArgs): Promise<number> {
	let unreadable = 0;
	const timeZone = timeZoneOf(args);
	const { redactor, learn } = cliRedactor(args.redact);
	const spool = new Spool();
	try {
		for (const file of args.files) {
			let mark = 0;
			try {
				const names = args.redact ? await namesByPart(file, { timeZone }) : [];
				await eachPart(
					file,
					{ timeZone },
					{
						part: () => {
							mark = spool.mark();
							learn(names.shift() ?? []);
						},
						records: ({ entry, parsed, source }, msgs) => {
							for (const m of msgs) spool.write(JSON.stringify(toExportRecord({ file, entry, parsed, source, timeZone }, m, redactor)) + '\n');
						},
						restart: () => spool.rewind(mark)
					}
				);
			} catch (err) {
				cannotRead(file, err);
				unreadable++;
				spool.rewind(0);
				continue;
			}
			await spool.drain(writeOut);
		}
	} finally {
		spool.close();
	}
	return unreadable > 0 ? 1 : 0;
}
