#!/usr/bin/env node
import { print, UsageError } from './args.js';
import { quietOnClosedPipe, reportFailure } from './exit.js';
import { compare } from './commands/compare.js';
import { diff } from './commands/diff.js';
import { evaluate } from './commands/eval.js';
import { exportCommand } from './commands/export.js';
import { ingest } from './commands/ingest.js';
import { reextract } from './commands/reextract.js';
import { report } from './commands/report.js';
import { search } from './commands/search.js';
import { summary } from './commands/summary.js';

const HELP = `styrdok: Swedish municipal steering documents into one SQLite database

Usage: styrdok <command> [options]

Commands:
  ingest <file|dir|glob>...   read, extract and store documents
  reextract                   run changed rules over stored documents, without reading files
  summary                     what is stored, one row per document
  search "<words>"            full-text search with snippets, document and page
  compare                     municipality × theme table and status shares
  export                      a table or view as CSV, JSON or JSON Lines
  report --out FILE           one self-contained HTML page with charts and a filterable table
  diff A B                    what changed between two versions of a plan
  eval --gold DIR [paths...]  score the rules against gold annotations

Run 'styrdok <command> --help' for a command's options.`;

const COMMANDS: Record<string, (args: string[]) => number | Promise<number>> = { ingest, reextract, summary, search, compare, export: exportCommand, report, diff, eval: evaluate };

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return print(HELP);
  const run = COMMANDS[command];
  if (!run) throw new UsageError(`Unknown command '${command}'\n\n${HELP}`);
  return run(rest);
}

quietOnClosedPipe();
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.exitCode = reportFailure(error, process.argv.includes('--json'));
  },
);
