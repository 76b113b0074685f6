/** A file that cannot be read at all: the reason names what is wrong and, where it helps, what to do. */
export class UnreadableError extends Error {
  constructor(
    reason: string,
    readonly ruleId: string,
  ) {
    super(reason);
    this.name = 'UnreadableError';
  }
}
