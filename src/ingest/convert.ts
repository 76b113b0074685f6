import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { UnreadableError } from './errors.js';
import { findProgram } from './programs.js';

const run = promisify(execFile);

/** LibreOffice takes seconds to start; a conversion that takes minutes is stuck. */
const CONVERT_TIMEOUT_MS = 120_000;

const NAMES = { doc: 'Word 97–2003 (.doc)', odt: 'OpenDocument text (.odt)' };

/** LibreOffice's soffice, or null when it is not installed. */
export function findLibreOffice(): string | null {
  return findProgram('STYRDOK_SOFFICE', ['soffice', 'libreoffice']);
}

/**
 * Converts a legacy Word or OpenDocument file to DOCX with LibreOffice
 * (`soffice --headless`), in a temporary folder with a profile of its own so
 * that conversions in parallel workers do not wait on one another's lock.
 */
export async function convertToDocx(bytes: Uint8Array, from: 'doc' | 'odt'): Promise<Uint8Array> {
  const soffice = findLibreOffice();
  if (!soffice) {
    throw new UnreadableError(
      `Unexpected ${NAMES[from]} file with no LibreOffice to convert it, expected PDF, DOCX, HTML or text; install LibreOffice (Debian: apt-get install libreoffice-writer-nogui) or save the file as DOCX`,
      `ingest/${from}-needs-libreoffice`,
    );
  }
  const dir = await mkdtemp(path.join(tmpdir(), 'styrdok-convert-'));
  try {
    const input = path.join(dir, `document.${from}`);
    await writeFile(input, bytes);
    try {
      await run(
        soffice,
        ['--headless', '--norestore', '--nolockcheck', `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`, '--convert-to', 'docx:MS Word 2007 XML', '--outdir', dir, input],
        { timeout: CONVERT_TIMEOUT_MS, killSignal: 'SIGKILL' },
      );
    } catch (error) {
      throw new UnreadableError(`Unexpected failure of LibreOffice converting a ${NAMES[from]} file (${(error as Error).message.split('\n')[0]}), expected a DOCX`, `ingest/${from}-conversion`);
    }
    try {
      return new Uint8Array(await readFile(path.join(dir, 'document.docx')));
    } catch {
      throw new UnreadableError(`Unexpected ${NAMES[from]} file that LibreOffice could not convert (damaged or protected?), expected a readable document`, `ingest/${from}-conversion`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
