#!/usr/bin/env node
// The command-line tool runs the app's own TypeScript parsers; tsx compiles them on the fly.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
