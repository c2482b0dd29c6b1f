#!/usr/bin/env node
import '../wasm-location.js';
import { installInterruptHandlers } from '../interrupt.js';
import { main } from './main.js';

installInterruptHandlers((s) => process.stderr.write(s));

// A stray promise rejection (a driver dying mid-run) must end in one line, not a stack trace.
process.on('unhandledRejection', (e) => {
  process.stderr.write(`migration-guard: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(2);
});

const code = await main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  isTTY: Boolean(process.stdout.isTTY),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
});
process.exitCode = code;
