import './wasm-location.js';
import { run } from './action/main.js';

await run();
