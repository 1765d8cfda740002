/**
 * The index term of any word, by the stemmer: for indexing custom data, which has no
 * table of stems, and for the build, which makes that table. Its own chunk, so that
 * searching the built-in guide loads the stemmer only for a word the table lacks.
 */
import { stemmer } from 'stemmer';
import type { TermOf } from './rank.js';
import { termWith } from './search.js';

export { stemmer };

/** One index term per word: lower-case and stemmed; stop words dropped. */
export const indexTerm: TermOf = termWith(stemmer);
