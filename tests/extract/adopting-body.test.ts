import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import { exampleBlocks } from '../../src/extract/constructions/define.js';
import { extract } from '../../src/extract/index.js';

const adopted = (line: string) => extract(buildDoc('text', exampleBlocks(`# Underhållsplan för gatubelysning 2026\n${line}\n| Åtgärd | Ansvar |\n| Byta armaturer på Storgatan | Gatuenheten |`), { pageCount: null })).metadata.adopted?.value ?? null;

describe('a board named by an adjective adopts a plan as any nämnd does', () => {
  it("reads 'tekniska nämnden' and 'sociala nämnden', the verb before or after, in a sentence of its own or after others", () => {
    expect(adopted('Fastställd av tekniska nämnden 2025-11-26.')).toEqual({ date: '2025-11-26', by: 'tekniska nämnden' });
    expect(adopted('Gatuenheten, Rapportdatum 2026-10-12. Planen fastställd av tekniska nämnden 2025-11-26.')).toEqual({ date: '2025-11-26', by: 'tekniska nämnden' });
    expect(adopted('Antagen av sociala nämnden 2024-05-14, § 31.')).toEqual({ date: '2024-05-14', by: 'sociala nämnden' });
  });

  it('takes no adoption from a board named without an adopting verb', () => {
    expect(adopted('Planen skickas till tekniska nämnden 2025-11-26.')).toBeNull();
  });
});
