import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Regenerates src/lang/municipalities.ts from an SCB list of
 * municipalities (CSV: code,name,county_code,county).
 * Usage: node dist/scripts/build-register.js [scripts/kommuner.csv]
 */
const source = process.argv[2] ?? 'scripts/kommuner.csv';
const [header, ...lines] = readFileSync(source, 'utf8').trim().split(/\r?\n/);
if (header !== 'code,name,county_code,county') throw new Error(`Unexpected header '${header}', expected 'code,name,county_code,county'`);
const rows = lines.map((line) => {
  const [code, name, countyCode, county] = line.split(',');
  return `  { code: ${JSON.stringify(code)}, name: ${JSON.stringify(name)}, countyCode: ${JSON.stringify(countyCode)}, county: ${JSON.stringify(county)} },`;
});
const out = [
  '/**',
  " * All 290 Swedish municipalities with their SCB code and county (SCB 'Län och kommuner 2023').",
  ' * Generated from kommuner.csv by scripts/build-register.ts; do not edit by hand.',
  ' */',
  "import type { Municipality } from '../../core/types.js';",
  '',
  'export const MUNICIPALITIES: Municipality[] = [',
  ...rows,
  '];',
  '',
].join('\n');
writeFileSync('src/lang/municipalities.ts', out);
console.log(`${rows.length} municipalities written`);
