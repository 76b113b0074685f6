import { readFileSync } from 'node:fs';

/** The bytes of the file a one-file script was given, or its usage and exit code 2 when it was given none or one it cannot read. */
export function fileArgument(script: string): Uint8Array {
  const file = process.argv[2];
  if (!file) {
    console.error(`usage: node dist/scripts/${script}.js FILE`);
    process.exit(2);
  }
  try {
    return new Uint8Array(readFileSync(file));
  } catch (e) {
    console.error(`${file}: cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    process.exit(2);
  }
}
