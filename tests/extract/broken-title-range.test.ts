import { describe, expect, it } from 'vitest';
import { buildDoc } from '../../src/core/build-doc.js';
import type { RawBlock } from '../../src/core/types.js';
import { extract } from '../../src/extract/index.js';

const titleOf = (blocks: RawBlock[]) => extract(buildDoc('docx', blocks, { pageCount: null })).metadata.title?.value;
const heading = (text: string): RawBlock => ({ kind: 'heading', text, page: null, level: 1 });
const paragraph = (text: string): RawBlock => ({ kind: 'paragraph', text, page: null });

describe('a title broken inside its range of years', () => {
  it('ends on the next line, which closes the range, with no space inside the range', () => {
    expect(titleOf([heading('Program för idrottsplatser och motionsspår 2026–'), heading('2030'), paragraph('Programmet gäller fyra år.')])).toBe(
      'Program för idrottsplatser och motionsspår 2026–2030',
    );
  });

  it('takes no sentence that begins with a year, nor a line that begins with no year', () => {
    const sentence = [paragraph('Nämnden antog en handlingsplan för skolgårdar 2025–'), paragraph('2027. Planen gäller alla skolor.')];
    expect(titleOf(sentence)).toBe('Nämnden antog en handlingsplan för skolgårdar 2025–');
    expect(titleOf([heading('Handlingsplan för skolgårdar 2025–'), heading('Sammanfattning')])).toBe('Handlingsplan för skolgårdar 2025–');
  });

  it("reads a cover's large lines as one title, the range whole again", () => {
    const cover = (text: string, size: number): RawBlock => ({ kind: 'heading', text, page: 1, level: 1, size });
    const blocks = [cover('Kulturplan för Haga kommun 2026–', 3), cover('2029', 3), { ...paragraph('Planen gäller fyra år.'), page: 1, size: 1 }];
    expect(extract(buildDoc('pdf', blocks, { pageCount: 1 })).metadata.title?.value).toBe('Kulturplan för Haga kommun 2026–2029');
  });
});
