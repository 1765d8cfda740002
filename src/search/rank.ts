/**
 * BM25 ranking with prefix and fuzzy matching: the scoring of MiniSearch 7 (BM25+ with
 * k 1.2, b 0.7, d 0.5; prefix matches weighted 0.375 and fuzzy ones 0.45, less the
 * further they are from the query term). It is kept here, split into an index the
 * build can make once and a query that only does arithmetic, because loading that
 * library and indexing on every run cost several times the search itself.
 * tests/unit/rank.test.ts checks that both rank alike.
 */

/** A document to index: one text per field (in the order of RankOptions' boosts), and a boost. */
export interface RankDoc {
  fields: readonly string[];
  boost: number;
}

/** The spaces and punctuation marks among ASCII characters: all that most text needs. */
const ASCII_SEPARATORS = /[\n\r !"#%&'()*,\-./:;?@[\\\]_{}]+/;
const ASCII = /^[\u0000-\u007f]*$/;
/**
 * Every space and punctuation mark, made on first use: a pattern of Unicode classes
 * costs time to make, and a literal one is made when the code is compiled.
 */
let separators: RegExp | undefined;

/** A text's words as MiniSearch tokenizes them: split on spaces and punctuation, empty ones kept. */
export const tokens = (text: string): string[] => text.split(ASCII.test(text) ? ASCII_SEPARATORS : (separators ??= new RegExp('[\\n\\r\\p{Z}\\p{P}]+', 'u')));

export interface RankOptions {
  /** Each field's boost, in the order of RankDoc.fields. */
  boosts: readonly number[];
  /** Whether a query term also matches longer terms it begins. */
  prefix: (term: string) => boolean;
  /** How far (as a fraction of its length) a query term may be from a term it matches. */
  fuzzy: (term: string) => number | false;
}

/** Turns a word into its index term; null drops it. */
export type TermOf = (word: string) => string | null;

/** An index as JSON can hold it: per field, each document's length and each term's postings. */
export interface RankIndex {
  boosts: number[];
  /** Every term once, in the order the fields hold them, each between newlines: scanned natively for prefixes and typos. */
  terms: string;
  fields: {
    /** Distinct words per document: BM25's field length. */
    lengths: number[];
    average: number;
    /**
     * Each term's postings, "document occurrences document occurrences", as keyedLines:
     * one string, not an object of arrays, as a search looks up only the few terms it reaches.
     */
    postings: string;
  }[];
}

/**
 * Keyed values as one string: "key:value" lines between newlines. Read with valueIn, it
 * costs a fraction of the time an object of as many keys costs to read from JSON. No key
 * may hold a colon or a newline (no word does: tokens splits on both).
 */
export const keyedLines = (entries: Iterable<readonly [string, string]>): string => `\n${[...entries].map(([key, value]) => `${key}:${value}`).join('\n')}\n`;

/** The value of a key in keyedLines' string, or undefined. */
export function valueIn(lines: string, key: string): string | undefined {
  const at = lines.indexOf(`\n${key}:`);
  if (at < 0) return undefined;
  const start = at + key.length + 2;
  return lines.slice(start, lines.indexOf('\n', start));
}

/** A term's postings in a field: [document, occurrences, document, occurrences, ...], or undefined. */
export function postingsOf(field: RankIndex['fields'][number], term: string): number[] | undefined {
  return valueIn(field.postings, term)?.split(' ').map(Number);
}

export interface Ranked {
  /** Index of the document in the array indexed. */
  doc: number;
  score: number;
  /** The document terms that matched. */
  terms: string[];
}

const K = 1.2;
const B = 0.7;
const D = 0.5;
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;
const MAX_FUZZY = 6;

/** Whether a and b differ by exactly one edit (the usual case, asked without the full table). */
function oneEdit(a: string, b: string): boolean {
  // plain assignments, not destructuring: this runs for every term of the index, mostly
  // before V8 has compiled it, where destructuring an array costs an iterator
  const short = a.length <= b.length ? a : b;
  const long = short === a ? b : a;
  if (long.length - short.length > 1) return false;
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  if (short.length === long.length) return i < short.length && short.slice(i + 1) === long.slice(i + 1);
  return short.slice(i) === long.slice(i + 1);
}

/** Levenshtein distance of a and b, or Infinity once it is certain to exceed `max`. */
export function distanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return Infinity;
  if (a === b) return 0;
  if (max === 1) return oneEdit(a, b) ? 1 : Infinity;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      best = Math.min(best, next[j]!);
    }
    if (best > max) return Infinity;
    row = next;
  }
  return row[b.length]! <= max ? row[b.length]! : Infinity;
}

/** Indexes documents; the index holds no boosts of documents, which `rank` takes apart. */
export function buildIndex(docs: readonly RankDoc[], boosts: readonly number[], termOf: TermOf): RankIndex {
  const fields = boosts.map((_, f) => {
      const lengths: number[] = [];
      const postings = new Map<string, Map<number, number>>();
      let average = 0;
      docs.forEach((doc, d) => {
        const words = tokens(doc.fields[f] ?? '');
        lengths.push(new Set(words).size);
        average = (average * d + lengths[d]!) / (d + 1); // a running mean, as MiniSearch keeps it
        for (const word of words) {
          const term = termOf(word);
          if (!term) continue;
          const byDoc = postings.get(term) ?? new Map<number, number>();
          byDoc.set(d, (byDoc.get(d) ?? 0) + 1);
          postings.set(term, byDoc);
        }
      });
      return { lengths, average, postings: [...postings] };
  });
  const terms = new Set(fields.flatMap((field) => field.postings.map(([term]) => term)));
  return {
    boosts: [...boosts],
    terms: `\n${[...terms].join('\n')}\n`,
    fields: fields.map(({ lengths, average, postings }) => ({
      lengths,
      average,
      postings: keyedLines(postings.map(([term, byDoc]) => [term, [...byDoc].flat().join(' ')])),
    })),
  };
}

const escapeRegExp = (s: string): string => s.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');

/**
 * A pattern for the terms (whole lines of RankIndex.terms) that may begin with the query
 * or be within `maxDistance` edits of it: a sieve, so that the interpreted checks run on
 * a few terms, not on all of them.
 */
function sieve(query: string, prefix: boolean, maxDistance: number): RegExp {
  const ways = prefix ? [`${escapeRegExp(query)}.*`] : [];
  if (maxDistance > 0) {
    // split into one piece more than the edits allowed, one piece is left whole: the term holds it
    const size = query.length / (maxDistance + 1);
    const pieces = Array.from({ length: maxDistance + 1 }, (_, i) => escapeRegExp(query.slice(Math.round(i * size), Math.round((i + 1) * size))));
    ways.push(`(?=.{${Math.max(1, query.length - maxDistance)},${query.length + maxDistance}}$).*(?:${pieces.join('|')}).*`);
  }
  return new RegExp(`^(?:${ways.join('|')})$`, 'gm');
}

/** The index terms one query term reaches, each with its weight. */
function expand(query: string, terms: string, options: RankOptions): Map<string, number> {
  const reached = new Map<string, number>([[query, 1]]);
  const prefix = options.prefix(query);
  const fraction = options.fuzzy(query);
  const maxDistance = fraction === false ? 0 : Math.min(MAX_FUZZY, Math.round(query.length * fraction));
  if (!prefix && maxDistance === 0) return reached;
  for (const [term] of terms.matchAll(sieve(query, prefix, maxDistance))) {
    if (term === query) continue;
    if (prefix && term.startsWith(query)) {
      const distance = term.length - query.length;
      reached.set(term, (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
    } else if (maxDistance > 0) {
      const distance = distanceWithin(query, term, maxDistance);
      if (distance !== Infinity) reached.set(term, (FUZZY_WEIGHT * term.length) / (term.length + distance));
    }
  }
  return reached;
}

/** What matched one document so far: the query terms and the document's terms, each once, in order found. */
interface Found {
  score: number;
  queryTerms: string[];
  terms: string[];
}

const addOnce = (list: string[], item: string): void => {
  if (!list.includes(item)) list.push(item);
};

/** The documents that match any query term, best first (ties in document order). `boosts` weighs each document. */
export function rank(index: RankIndex, docBoosts: readonly number[], query: string, termOf: TermOf, options: RankOptions): Ranked[] {
  const count = docBoosts.length;
  const found = new Map<number, Found>();
  for (const queryTerm of tokens(query).flatMap((w) => termOf(w) || [])) {
    for (const [term, weight] of expand(queryTerm, index.terms, options)) {
      index.fields.forEach((field, f) => {
        const postings = postingsOf(field, term);
        if (!postings) return;
        const matching = postings.length / 2;
        const idf = Math.log(1 + (count - matching + 0.5) / (matching + 0.5));
        for (let i = 0; i < postings.length; i += 2) {
          const d = postings[i]!;
          const frequency = postings[i + 1]!;
          const bm25 = idf * (D + (frequency * (K + 1)) / (frequency + K * (1 - B + (B * field.lengths[d]!) / field.average)));
          let hit = found.get(d);
          if (!hit) found.set(d, (hit = { score: 0, queryTerms: [], terms: [] }));
          hit.score += weight * index.boosts[f]! * docBoosts[d]! * bm25;
          addOnce(hit.queryTerms, queryTerm);
          addOnce(hit.terms, term);
        }
      });
    }
  }
  return [...found]
    .map(([doc, hit]) => ({ doc, score: hit.score * hit.queryTerms.length, terms: hit.terms }))
    .sort((a, b) => b.score - a.score || a.doc - b.doc);
}
