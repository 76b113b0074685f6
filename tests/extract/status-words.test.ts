import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../src/extract/rules/status.js';

const statusOf = (text: string) => classifyStatus(text)?.status ?? null;

describe('status words and their negations', () => {
  it('reads a negated done word as work not done, not as done', () => {
    expect(['Ej genomförd', 'Inte utförd, medel saknades', 'Ej klar', 'Inte helt genomförd', 'Ej helt klar'].map(statusOf)).toEqual(['not_started', 'not_started', 'ongoing', 'ongoing', 'ongoing']);
  });

  it('reads the less common words of work under way, done and dropped', () => {
    expect(['Genomförs', 'Igång', 'Fortlöper enligt plan', 'Implementerad', 'Rutinen är införd på alla boenden', 'Ej aktuell', 'Inte längre aktuellt'].map(statusOf)).toEqual(['ongoing', 'ongoing', 'ongoing', 'done', 'done', 'cancelled', 'cancelled']);
  });

  it('leaves a present passive about something else in a comment alone', () => {
    expect(statusOf('Ersätts av en regional satsning som genomförs av länsstyrelsen.')).not.toBe('ongoing');
  });
});
