import { initParser } from '../src/parse/parser.js';

await initParser();
