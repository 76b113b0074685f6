import type { Doc } from '../../core/types.js';
import { proposeAll } from '../constructions/index.js';
import { resolve } from '../resolve/resolve.js';
import { buildView } from '../view/document-view.js';
import type { Outline } from './types.js';

/**
 * A document's outline: every construction proposes what its blocks are
 * (constructions/), and the resolver chooses one consistent reading by the
 * precedence table (resolve/). Nothing is decided here.
 */
export function buildOutline(doc: Doc): Outline {
  const view = buildView(doc);
  return resolve(view, proposeAll(view));
}
