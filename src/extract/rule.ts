/**
 * One rule, one place: every rule declares its id, version, a one-line
 * description and examples (input text and expected output); a single test
 * harness runs every rule's examples.
 */
export interface RuleExample<O> {
  input: string;
  output: O;
}

export interface TextRule<O> {
  id: string;
  version: number;
  description: string;
  examples: RuleExample<O>[];
  apply: (text: string) => O;
}

export function defineRule<O>(rule: TextRule<O>): TextRule<O> {
  return rule;
}

/** The registry of text rules, for the example harness and the documentation. */
export const TEXT_RULES: TextRule<unknown>[] = [];

export function registerRules(...rules: TextRule<never>[]): void {
  TEXT_RULES.push(...(rules as unknown as TextRule<unknown>[]));
}
