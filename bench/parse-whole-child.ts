// Child process of the stream-formats suite: the whole-file path (parseSource on the file read whole), for its peak RSS.
import { readFileSync } from 'node:fs';
import { parseSource } from '../src/lib/ingest/parse-source.ts';

const file = process.argv[2];
const { parsed } = await parseSource(file, readFileSync(file));
console.log(parsed.reduce((n, p) => n + p.file.messages.length, 0));
