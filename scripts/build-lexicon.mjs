// The Swedish word list's stems in the compact form the compiled lexicon loads (src/lang/lexicon.ts), written beside it.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { COMPACT_FILE, compactStems } from '../dist/src/lang/lexicon.js';

const dic = path.join(path.dirname(createRequire(import.meta.url).resolve('dictionary-sv')), 'index.dic');
writeFileSync(path.join('dist/src/lang', COMPACT_FILE), compactStems(readFileSync(dic, 'utf8')));
