import './wasm-location.js';
import { run } from './action/main.js';
import { installInterruptHandlers } from './interrupt.js';

installInterruptHandlers((s) => process.stderr.write(s));

await run();
