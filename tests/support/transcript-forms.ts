/**
 * The two transcript forms of ../shared/GENRE.md, built from a plan's page
 * texts (each page already run onto one line): the seed form, with a sharing
 * site's 'Relevanta dokument' list before 'Transkript:' and 'N (M)' before
 * each page, and the bare form, with the page's number alone.
 */
export const seedForm = (pages: string[]): string =>
  `${pages[0].slice(0, 60)}\n\nRelevanta dokument\nAvfallsplan 2022–2030\n\nTranskript:\n\n${pages.map((p, i) => `${i + 1} (${pages.length}) ${p}`).join('\n\n')}\n`;

export const bareForm = (pages: string[]): string => `${pages[0].slice(0, 60)}\n\nTranskript\n\n${pages.map((p, i) => `${i + 1} ${p}`).join('\n\n')}\n`;
