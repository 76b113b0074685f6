import { describe, expect, it } from 'vitest';
import { isInfinitive, isShortVerbBeforeObject } from '../../src/lang/morphology.js';
import { actionKind } from '../../src/extract/constructions/action-item.js';

describe('verbs the word list gives by their forms', () => {
  it('reads a word in -a as an infinitive when the list has its present and its past', () => {
    // tända: tänder, tände; hyra: hyr, hyrde.
    expect(['tända', 'Hyra'].map(isInfinitive)).toEqual([true, true]);
    // 'breda' is an adjective's plural as well ('bredast'): its superlative keeps it from reading as a verb.
    expect(isInfinitive('breda')).toBe(false);
    // ersätta: ersätter, and a past that turns the stem's 'ä' into 'a' (ersatte).
    expect(isInfinitive('Ersätta')).toBe(true);
  });

  it('reads no adjective or noun in -a as one, as none has a past', () => {
    expect(['lokala', 'lampa', 'gröna', 'glada', 'kyrka', 'nya', 'gamla', 'stora', 'våta'].map(isInfinitive)).toEqual(Array(9).fill(false));
  });

  it('opens an action with a verb of two letters only before an article or number that opens its object', () => {
    expect(isShortVerbBeforeObject('Så', 'en')).toBe(true);
    expect(isShortVerbBeforeObject('sy', 'två')).toBe(true);
    expect(isShortVerbBeforeObject('Så', 'ett')).toBe(true);
    expect(['här', 'långt', 'att', 'som', undefined].map((next) => isShortVerbBeforeObject('Så', next))).toEqual(Array(5).fill(false));
    // A two-letter word that is no verb ('då', 'nu') opens nothing, whatever follows.
    expect(['Då', 'Nu', 'De'].map((w) => isShortVerbBeforeObject(w, 'en'))).toEqual([false, false, false]);
  });

  it('reads items so opened as actions, in any case and after a bullet, and a heading word alone as none', () => {
    expect(actionKind('så en blomsteräng vid skolan')).toBe('verb');
    expect(actionKind('Så två rader fruktträd längs gång- och cykelvägen')).toBe('verb');
    expect(actionKind('"Tända ljusslingor i centrum, december')).toBe('verb');
    expect(actionKind('hyra ut lokaler; föreningar först')).toBe('verb');
    expect(actionKind('Ersätta oljepannan i simhallen med bergvärme (fastighet, 2027)')).toBe('verb');
    // A rent table's heading and the adverbs that open a sentence are no actions.
    expect(actionKind('Hyra')).toBe('none');
    expect(actionKind('Så här gör vi')).toBe('none');
    expect(actionKind('Så långt möjligt ska maten lagas på plats')).not.toBe('verb');
  });
});

describe('a run of actions flattened into one line', () => {
  it('cuts before a verb the list gives by its forms, as before any infinitive', async () => {
    const { cutActions } = await import('../../src/clean/action-stretches.js');
    const words = 'Rusta upp motionsspåret vid Storberget Ersätta belysningen längs elljusspåret med LED Tända spåret från klockan sex Hyra ut skidor till skolklasser'.split(' ');
    expect(cutActions(words, 0, words.length)).toEqual([
      'Rusta upp motionsspåret vid Storberget',
      'Ersätta belysningen längs elljusspåret med LED',
      'Tända spåret från klockan sex',
      'Hyra ut skidor till skolklasser',
    ]);
    // 'Så' before an adverb is no verb, in a run as at an item's head: the item runs on.
    const adverb = 'Rusta upp motionsspåret Så länge snön ligger kvar'.split(' ');
    expect(cutActions(adverb, 0, adverb.length)).toEqual(['Rusta upp motionsspåret Så länge snön ligger kvar']);
  });
});
