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

