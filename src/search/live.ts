/**
 * Search worked out live: the index of any guide (custom data is indexed on each run,
 * with the stemmer of src/search/stemmed.ts), and what matches show for requests the
 * build did not answer. Loaded only when a search needs it: the build answers the
 * requests asked most over the built-in guide (src/search/search.ts).
 */
import type { Guide } from '../guide/guide.js';
import type { SelectRequest } from '../guide/select.js';
import { searchDocuments, showing as showingFor, type SearchDoc } from './documents.js';
import { buildIndex, type TermOf } from './rank.js';
import { docBoost, FIELDS, RANKING, type SearchIndex, type Showing, type ShownAt } from './search.js';

/** A guide's documents and their index, each word's term given by `termOf` (stemmed.ts's indexTerm). */
export function indexGuide(guide: Guide, reserved: Iterable<string>, termOf: TermOf): SearchIndex {
  const docs = searchDocuments(guide, reserved);
  const fields = docs.map(({ doc, text }) => ({ fields: FIELDS.map((f) => (f === 'text' ? text : doc[f])), boost: docBoost(doc) }));
  return { docs: docs.map((d) => d.doc), index: buildIndex(fields, RANKING.boosts, termOf) };
}

/** What the document at an index shows for the request, worked out (from the build's parts, when `showing` holds them). */
export function liveShown(guide: Guide, request: SelectRequest, docs: readonly SearchDoc[], showing: Showing): ShownAt {
  const parts = showing.stored && showing.parts?.();
  const shownFor = showingFor(guide, request, parts && { lines: showing.stored!.lines, ...parts });
  return (at) => shownFor(docs[at]!);
}
