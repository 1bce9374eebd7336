#!/usr/bin/env node
// `compute-advisor` / `npx compute-advisor`: the terminal adapter (see run.ts for the modes).
import { runCliProcess } from './run.js';

runCliProcess(process.argv.slice(2));
