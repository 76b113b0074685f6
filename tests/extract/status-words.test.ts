import { describe, expect, it } from 'vitest';
import { classifyStatus } from '../../src/extract/rules/status.js';

const statusOf = (text: string) => classifyStatus(text)?.status ?? null;

describe('status words and their negations', () => {
  it('reads a negated done word as work not done, not as done', () => {
    expect(['Ej genomförd', 'Inte utförd, medel saknades', 'Ej klar', 'Inte helt genomförd', 'Ej helt klar'].map(statusOf)).toEqual(['not_started', 'not_started', 'ongoing', 'ongoing', 'ongoing']);
  });

  it('reads a negation with a modal or ännu between, and in the passive, as work not begun', () => {
    expect(['Har inte kunnat genomföras på grund av personalbrist.', 'Insatsen har inte genomförts ännu.', 'Upphandlingen har ännu inte startats.', 'Har inte hunnit påbörjas', 'Inte helt genomförd'].map(statusOf)).toEqual(['not_started', 'not_started', 'not_started', 'not_started', 'ongoing']);
  });

  it('reads partly carried out as under way', () => {
    expect(['Delvis genomförd', 'Åtgärden är delvis utförd.'].map(statusOf)).toEqual(['ongoing', 'ongoing']);
  });

  it('reads the less common words of work under way, done and dropped', () => {
    expect(['Genomförs', 'Igång', 'Fortlöper enligt plan', 'Implementerad', 'Rutinen är införd på alla boenden', 'Ej aktuell', 'Inte längre aktuellt'].map(statusOf)).toEqual(['ongoing', 'ongoing', 'ongoing', 'done', 'done', 'cancelled', 'cancelled']);
  });

  it('leaves a present passive about something else in a comment alone', () => {
    expect(statusOf('Ersätts av en regional satsning som genomförs av länsstyrelsen.')).not.toBe('ongoing');
  });
});

describe('statuses written as the verb of a sentence', () => {
  it('reads work put off or stopped in any tense of the passive', () => {
    expect(['Har skjutits upp till hösten 2027.', 'Sköts fram ett år på grund av budgetläget.', 'Projektet avbröts när bidraget drogs in.', 'Insatsen avbryts och ersätts av en regional satsning.', 'Bygget har avbrutits.'].map(statusOf)).toEqual([
      'postponed',
      'postponed',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
  });

  it('reads a thing made ready as done', () => {
    expect(['Vägledningen är framtagen och publicerad.', 'Tre nya rutiner framtagna.'].map(statusOf)).toEqual(['done', 'done']);
  });

  it('leaves the infinitive and other words on the same stems alone', () => {
    expect(statusOf('Kommunen kan avbryta avtalet om villkoren inte följs.')).not.toBe('cancelled');
    expect(statusOf('Avbrottet i vattenleveransen varade två timmar.')).not.toBe('cancelled');
    expect(statusOf('Vi ska ta fram en plan för att skjuta på investeringen.')).not.toBe('postponed');
  });
});
