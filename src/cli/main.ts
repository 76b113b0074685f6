#!/usr/bin/env node
import { print, UsageError } from './args.js';
import { quietOnClosedPipe, reportFailure } from './exit.js';

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

type Command = (args: string[]) => number | Promise<number>;

/** Each command's module is loaded when it is run: a run loads only what its command needs (an unchanged re-run, no reader). */
const COMMANDS: Record<string, () => Promise<Command>> = {
  ingest: async () => (await import('./commands/ingest.js')).ingest,
  reextract: async () => (await import('./commands/reextract.js')).reextract,
  summary: async () => (await import('./commands/summary.js')).summary,
  search: async () => (await import('./commands/search.js')).search,
  compare: async () => (await import('./commands/compare.js')).compare,
  export: async () => (await import('./commands/export.js')).exportCommand,
  report: async () => (await import('./commands/report.js')).report,
  diff: async () => (await import('./commands/diff.js')).diff,
  eval: async () => (await import('./commands/eval.js')).evaluate,
};

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === '-h' || command === '--help' || command === 'help') return print(HELP);
  const load = COMMANDS[command];
  if (!load) throw new UsageError(`Unknown command '${command}'\n\n${HELP}`);
  return (await load())(rest);
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
