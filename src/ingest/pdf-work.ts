/**
 * A count of the costly steps of reading PDFs in this thread: operator lists
 * fetched (reading a page's drawing costs about as much as its text), those
 * fetched for nothing but a look for images of text, the looks for images of
 * text made, and the fetches that paid off. It says whether a change fetches
 * drawings only where they can pay off; reading never depends on it.
 */
export interface PdfWork {
  /** Pages whose operator list was fetched. */
  operatorLists: number;
  /** Of those, pages fetched only to look for images of text. */
  forImagesOnly: number;
  /** Pages searched for images of text. */
  imageSearches: number;
  /**
   * Of the pages whose operator list was fetched, those whose drawing changed
   * the reading: a ruled table or swatch legend read, a drawn bullet written,
   * a picture placed in a column, or an image of text kept for OCR. The rest
   * cost a fetch for nothing: what stronger evidence from the text could save.
   */
  paidOff: number;
}

const work: PdfWork = { operatorLists: 0, forImagesOnly: 0, imageSearches: 0, paidOff: 0 };

/** Counts one page's fetch of its operator list, and what it was fetched for. */
export function countOperatorList(reasons: { images: boolean; other: boolean }): void {
  work.operatorLists++;
  if (reasons.images && !reasons.other) work.forImagesOnly++;
  if (reasons.images) work.imageSearches++;
}

/** Counts a fetched operator list whose drawing changed the page's reading. */
export function countPaidOff(): void {
  work.paidOff++;
}

/** The counts so far, as a copy. */
export function pdfWork(): PdfWork {
  return { ...work };
}

export function resetPdfWork(): void {
  work.operatorLists = 0;
  work.forImagesOnly = 0;
  work.imageSearches = 0;
  work.paidOff = 0;
}
