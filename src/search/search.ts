/**
 * Ranking with MiniSearch (BM25 with prefix and fuzzy matching), over stemmed terms so
 * that "deleted" and "recovering" meet "delete" and "recover", and small typos such
 * as "screnshot" still match.
 */
import MiniSearch, { type SearchResult } from 'minisearch';
import { stemmer } from 'stemmer';
import type { SearchDoc } from './documents.js';

export interface Hit {
  doc: SearchDoc;
  score: number;
  /** The step line that best shows why it matched. */
  snippet: string;
}

/** Words too common to rank by ("where" is not one: it is a command, and the question most asked). */
const STOP_WORDS = new Set('a an and are as at be by can do does for from how i in is it its my of on or the this to was what when which who why with'.split(' '));

const SNIPPET_CHARS = 120;

/** One index term per word: lower-case and stemmed; stop words dropped. */
export function indexTerm(word: string): string | null {
  const lower = word.toLowerCase();
  return STOP_WORDS.has(lower) ? null : stemmer(lower);
}

const termsOf = (text: string): string[] =>
  MiniSearch.getDefault('tokenize')(text).flatMap((w: string) => indexTerm(w) ?? []);

function shorten(line: string): string {
  if (line.length <= SNIPPET_CHARS) return line;
  const cut = line.slice(0, SNIPPET_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SNIPPET_CHARS / 2))}…`;
}

/** The line with the most matched terms; the first line when only the title matched. */
function snippet(doc: SearchDoc, result: SearchResult): string {
  const matched = new Set(result.terms);
  let best = doc.lines[0] ?? '';
  let bestCount = 0;
  for (const line of doc.lines) {
    const count = new Set(termsOf(line).filter((t) => matched.has(t))).size;
    if (count > bestCount) [best, bestCount] = [line, count];
  }
  return shorten(best);
}

/** The best matches for a query, best first. */
export function search(docs: readonly SearchDoc[], query: string, limit: number): Hit[] {
  const byId = new Map(docs.map((d) => [d.id, d]));
  const index = new MiniSearch<SearchDoc>({
    fields: ['title', 'parentTitle', 'names', 'text'],
    storeFields: [],
    extractField: (doc, field) => {
      if (field === 'text') return doc.kind === 'symptom' ? '' : doc.lines.join('\n');
      return String(doc[field as keyof SearchDoc] ?? '');
    },
    processTerm: indexTerm,
    searchOptions: {
      boost: { title: 3, parentTitle: 2, names: 2, text: 1 },
      prefix: (term) => term.length >= 4,
      fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
      // A topic's own section outranks a troubleshooting symptom or step on the same words.
      boostDocument: (id) => (byId.get(id)?.kind === 'section' ? 1 : 0.6),
    },
  });
  index.addAll(docs);
  return index
    .search(query)
    .slice(0, limit)
    .map((result) => {
      const doc = byId.get(result.id as string)!;
      return { doc, score: result.score, snippet: snippet(doc, result) };
    });
}
