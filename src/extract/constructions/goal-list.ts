import { actionKind } from './action-item.js';
import { defineConstruction } from './define.js';
import { COMMENT_LABEL, goalTableStart, splitGoals } from './flat-table.js';
import type { Proposal } from '../resolve/proposal.js';
import { OBLIGATION_WORD } from '../../lang/sections.js';

export const goalList = defineConstruction({
  id: 'section/goal-list',
  description: "A report tool's goal list set as lines: 'Nämndmål Bedömning X' opens it, each goal after it is a sentence with its assessment (words, or a light symbol), a goal's comment follows 'Kommentar:'. The goals head the activities of a later table that repeats them (see table/flattened-body).",
  positive: [
    {
      doc: '# Kultur för alla\nNämndmål Bedömning Fler barn ska delta i kulturskolans kurser. Delvis uppfyllt\nKommentar:\nDeltagandet ökade under hösten.\nInvånarna ska ha tillgång till ett levande bibliotek. Uppfyllt\n| Aktivitet | Status | Färdiggrad |\nFler barn ska delta i kulturskolans kurser.\nErbjuda avgiftsfria prova-på-kurser.\nKommentar:\nKurserna hölls i mars.\nInvånarna ska ha tillgång till ett levande bibliotek.\nUtöka öppettiderna på lördagar.',
      subAreas: ['Fler barn ska delta i kulturskolans kurser.', 'Invånarna ska ha tillgång till ett levande bibliotek.'],
      activities: ['Erbjuda avgiftsfria prova-på-kurser.', 'Utöka öppettiderna på lördagar.'],
    },
    {
      // The header on its line of its own, each goal under it closed by its light.
      doc: '# Trygg uppväxt\nNämndmål Bedömning\nFler unga ska delta i fritidsgårdarnas verksamhet. ✅\nKommentar:\nBesöken ökade under året.\nFörebygga skadegörelse i skolmiljön. ⚠\n| Aktivitet | Status | Färdiggrad |\nFler unga ska delta i fritidsgårdarnas verksamhet.\nÖppna fritidsgården på lördagar.\nFörebygga skadegörelse i skolmiljön.\nOrdna nattvandringar med föräldrar.',
      subAreas: ['Fler unga ska delta i fritidsgårdarnas verksamhet.', 'Förebygga skadegörelse i skolmiljön.'],
      activities: ['Öppna fritidsgården på lördagar.', 'Ordna nattvandringar med föräldrar.'],
    },
  ],
  negative: [
    { doc: '# Kultur\nNämndmål Bedömning\nBiblioteket har haft fler besökare i år.', focusAreas: [], activities: [] },
  ],
  propose(view) {
    const out: Proposal[] = [];
    const base = { construction: 'section/goal-list', role: 'goal' as const };
    view.blocks.forEach((b, i) => {
      if (b.kind === 'row') return;
      const trimmed = view.trimmed(i);
      const start = goalTableStart(trimmed);
      if (start) {
        // One line may hold several goals, each followed by its assessment ('… ska öka. Delvis uppfyllt Andelen …').
        const at = view.begin(i) + trimmed.indexOf(start.goal);
        out.push({ ...base, block: i, rule: 'section/goal-list', evidence: [{ id: 'goal-header-run-in', weight: 0.85 }], acts: [{ op: 'goals', start: true, goals: splitGoals(start.goal).map((g) => ({ ...g, base: at })) }] });
        return;
      }
      if (b.kind !== 'paragraph') return;
      // The header may stand on its line of its own, as a PDF that spaces its paragraphs sets it ('Nämndmål Bedömning' /
      // '… ska öka. ✅'): the list opens with the line under it where that line is a goal with its assessment.
      const next = view.blocks[i + 1]?.kind === 'paragraph' ? view.trimmed(i + 1) : null;
      const under = next !== null && goalTableStart(`${trimmed} ${next}`)?.goal === next ? splitGoals(next) : [];
      if (under.length > 0 && under.every((g) => g.assessment !== undefined)) {
        out.push({ ...base, block: i, rule: 'section/goal-list', role: 'frame', evidence: [{ id: 'goal-header-alone', weight: 0.85 }], acts: [{ op: 'skip' }] });
        out.push({ ...base, block: i + 1, rule: 'section/goal-list', evidence: [{ id: 'goal-header-above', weight: 0.85 }], acts: [{ op: 'goals', start: true, goals: under.map((g) => ({ ...g, base: view.begin(i + 1) })) }] });
        return;
      }
      // The goal list goes on after a goal's comment ('Kommentar:' and its prose) with the next goal, a line that says what shall be.
      if (COMMENT_LABEL.test(trimmed)) {
        out.push({ ...base, block: i, rule: 'section/goal-list-line', role: 'field', evidence: [{ id: 'comment-label', weight: 0.8 }], when: (ctx) => ctx.goalList.open, acts: [{ op: 'goal-comment' }] });
        return;
      }
      // The goal's own assessment may close the line, or stand inside it ('… landsbygd. ✅').
      const goals = splitGoals(trimmed);
      const goal = goals.length === 1 ? goals[0] : undefined;
      if (goal !== undefined && goal.title.length <= 250 && /[.!?]$/.test(goal.title)) {
        const states = OBLIGATION_WORD.test(goal.title) || actionKind(goal.title) === 'verb';
        out.push({ ...base, block: i, rule: 'section/goal-list-line', evidence: [{ id: 'sentence-with-assessment', weight: 0.7 }], when: (ctx) => ctx.goalList.open && (!ctx.goalList.commenting || states), acts: [{ op: 'goals', start: false, goals: [{ ...goal, base: view.begin(i) }] }] });
      }
      out.push({ ...base, block: i, rule: 'section/goal-list-comment', role: 'frame', evidence: [{ id: 'comment-prose', weight: 0.6 }], when: (ctx) => ctx.goalList.open && ctx.goalList.commenting, acts: [{ op: 'skip' }] });
    });
    return out;
  },
});
