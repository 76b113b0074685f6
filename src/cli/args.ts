import { parseArgs } from 'node:util';

export class UsageError extends Error {}

export type Options = Record<string, { type: 'string' | 'boolean'; default?: string | boolean; short?: string; multiple?: boolean }>;

/** Parses a command's options strictly; anything unknown is a usage error that shows the command's help. */
export function parse(help: string, args: string[], options: Options): { values: Record<string, string | boolean | string[] | undefined>; positionals: string[] } {
  try {
    const parsed = parseArgs({ args, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: parsed.values as Record<string, string | boolean | string[] | undefined>, positionals: parsed.positionals };
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\n\n${help}`);
  }
}

/** A whole number option within bounds, or a usage error. */
export function intOption(help: string, name: string, value: unknown, min: number, max: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min || n > max) throw new UsageError(`Unexpected --${name} ${String(value)}, expected a whole number from ${min} to ${max}\n\n${help}`);
  return n;
}

export function print(text: string): number {
  console.log(text);
  return 0;
}
