import { writeFileSync } from 'node:fs';
import { loadMigrations, openDatabase } from '../src/store/connection.js';
import { schemaMarkdown } from '../src/store/schema-doc.js';

/** Writes docs/schema.md from the schema and its comments. Usage: npm run schema-docs */
const db = openDatabase(':memory:');
writeFileSync('docs/schema.md', `${schemaMarkdown(db, loadMigrations())}\n`);
console.log('docs/schema.md');
