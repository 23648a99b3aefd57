#!/usr/bin/env node
// The published entry point; the CLI itself is TypeScript run by Node 24's type stripping.
import { runCli } from '../src/cli/main.ts';

const code = await runCli(process.argv);
if (code !== 0 || !process.argv.includes('serve')) process.exit(code);
