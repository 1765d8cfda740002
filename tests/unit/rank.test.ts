/**
 * The search ranking (src/search/rank.ts) against MiniSearch, whose scoring it follows:
 * the same documents, scores and matched terms for any query over the guide's search
 * documents, built-in and with custom data laid over it.
 */
import fc from 'fast-check';
import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { FIXED_NAMES } from '../../src/spec.js';
import { loadGuide } from '../../src/guide/load.js';
import { searchDocuments } from '../../src/search/documents.js';
import { buildIndex, distanceWithin, postingsOf, rank, tokens } from '../../src/search/rank.js';
import { indexTerm } from '../../src/search/stemmed.js';
import { docBoost, FIELDS, RANKING } from '../../src/search/search.js';
import { BUILT_GUIDE, FIXTURES } from '../helpers.js';

type Doc = ReturnType<typeof searchDocuments>[number];
const field = (d: Doc, f: (typeof FIELDS)[number]): string => (f === 'text' ? d.text : d.doc[f]);

/** MiniSearch, set up as the ranking is. */
function byMiniSearch(docs: readonly Doc[], query: string) {
  const index = new MiniSearch<Doc>({
    fields: [...FIELDS],
    extractField: (d, f) => (f === 'id' ? d.doc.id : field(d, f as (typeof FIELDS)[number])),
    processTerm: indexTerm,
    searchOptions: {
      boost: Object.fromEntries(FIELDS.map((f, i) => [f, RANKING.boosts[i]!])),
      prefix: RANKING.prefix,
      fuzzy: RANKING.fuzzy,
      boostDocument: (id) => docBoost(docs.find((d) => d.doc.id === id)!.doc),
    },
  });
  index.addAll(docs);
  return index.search(query).map((r) => ({ id: r.id as string, score: r.score, terms: [...r.terms].sort() }));
}

function byRank(docs: readonly Doc[], query: string) {
  const index = buildIndex(docs.map((d) => ({ fields: FIELDS.map((f) => field(d, f)), boost: docBoost(d.doc) })), RANKING.boosts, indexTerm);
  return rank(index, docs.map((d) => docBoost(d.doc)), query, indexTerm, RANKING).map((r) => ({ id: docs[r.doc]!.doc.id, score: r.score, terms: [...r.terms].sort() }));
}

/** Results in a canonical order: by score (to 9 places), then id; the order among equal scores is free. */
const canonical = (results: { id: string; score: number; terms: string[] }[]) =>
  results.map((r) => ({ ...r, score: Number(r.score.toPrecision(9)) })).sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));

const corpora = [
  searchDocuments(await loadGuide({ builtIn: BUILT_GUIDE }), FIXED_NAMES),
  searchDocuments(await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [`${FIXTURES}/custom`] }), FIXED_NAMES),
];
const words = [...new Set(corpora.flatMap((docs) => docs.flatMap((d) => FIELDS.flatMap((f) => tokens(field(d, f))))).filter((w) => w.length > 1))];

/** A word of the guide, maybe with a typo, cut short, or in capitals; or any text. */
const word = fc.oneof(
  fc.constantFrom(...words),
  fc.tuple(fc.constantFrom(...words), fc.nat(), fc.constantFrom('drop', 'swap', 'cut', 'upper')).map(([w, i, how]) => {
    const at = i % w.length;
    if (how === 'drop') return w.slice(0, at) + w.slice(at + 1);
    if (how === 'swap') return w.slice(0, at) + 'x' + w.slice(at + 1);
    if (how === 'cut') return w.slice(0, Math.max(1, at));
    return w.toUpperCase();
  }),
  fc.string({ maxLength: 8 }),
);

describe('ranking as MiniSearch ranks', () => {
  it('the same documents, scores and matched terms for any query, built-in guide or custom data', () => {
    fc.assert(
      fc.property(fc.nat({ max: corpora.length - 1 }), fc.array(word, { minLength: 1, maxLength: 4 }), (c, query) => {
        const docs = corpora[c]!;
        const text = query.join(' ');
        const ours = byRank(docs, text);
        expect(canonical(ours)).toEqual(canonical(byMiniSearch(docs, text)));
        for (let i = 1; i < ours.length; i++) expect(ours[i]!.score).toBeLessThanOrEqual(ours[i - 1]!.score);
      }),
      { numRuns: 400 },
    );
  });
  it('the same for terms and queries that hold characters a pattern reads specially', () => {
    const texts = ['ab+cd and a|bcd code', 'a^bcd or x*yzw for $5000', 'abxcd (x*y)', 'costs $5000+ each', 'plain photo words'];
    const docs = texts.map((text, i) => ({ doc: { id: `d${i}`, kind: 'section', title: '', parentTitle: '', names: '' }, text }) as unknown as Doc);
    // prefixes (four letters or more) and typos (five or more) of those terms, and patterns
    const found = ['ab+c', 'ab+cx', 'abbcd', 'a|bc', 'a^bc', '$500', '$5000+', 'x*yz', 'x*yzv'];
    for (const query of [...found, 'xyzw', 'ab+', '.*', '.+', 'a|b', '(x*y)', 'ab+c+', '^abx', '[ab]cd', 'ab\\cd']) {
      expect(canonical(byRank(docs, query)), query).toEqual(canonical(byMiniSearch(docs, query)));
    }
    for (const query of found) expect(byRank(docs, query).length, query).toBeGreaterThan(0);
  });
  it('finds a term one or two edits away whatever part of the query the edits fall in', () => {
    // "screnshot" allows two edits; each of these keeps whole one third of it, and only one
    const texts = ['xcrexshot', 'sxrenxhot', 'scrxnshxt', 'screnshot', 'xcrenshxt', 'xxrenshot', 'screnshxx', 'xxxenshot'];
    const docs = texts.map((text, i) => ({ doc: { id: `d${i}`, kind: 'section', title: '', parentTitle: '', names: '' }, text }) as unknown as Doc);
    const ours = byRank(docs, 'screnshot');
    expect(ours.map((r) => r.id).sort()).toEqual(['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'd6']);
    expect(canonical(ours)).toEqual(canonical(byMiniSearch(docs, 'screnshot')));
    // "albun" allows one edit: in either half
    const near = ['xlbun', 'albux', 'alxun', 'albun', 'lbun', 'xalbun', 'xlbux'].map((text, i) => ({ doc: { id: `e${i}`, kind: 'section', title: '', parentTitle: '', names: '' }, text }) as unknown as Doc);
    expect(byRank(near, 'albun').map((r) => r.id).sort()).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5']);
    expect(canonical(byRank(near, 'albun'))).toEqual(canonical(byMiniSearch(near, 'albun')));
  });
  it.each([['recently deleted'], ['screnshot'], ['where are my photos'], ['no shutter button'], ['photos photos']])('"%s": the same results in the same order', (query) => {
    const ours = byRank(corpora[0]!, query);
    expect(ours.length).toBeGreaterThan(0);
    expect(canonical(ours)).toEqual(canonical(byMiniSearch(corpora[0]!, query)));
  });
});

describe('edit distance within a bound', () => {
  it.each([
    ['kitten', 'sitting', 3, 3],
    ['kitten', 'sitting', 2, Infinity],
    ['', 'abc', 3, 3],
    ['screnshot', 'screenshot', 1, 1],
    ['same', 'same', 0, 0],
    ['abcdef', 'ab', 3, Infinity],
  ])('%s to %s within %i: %s', (a, b, max, expected) => {
    expect(distanceWithin(a, b, max)).toBe(expected);
  });
});

describe('edit distance within one', () => {
  it('agrees with the full table for any two short words', () => {
    const full = (a: string, b: string): number => {
      const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
      for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++) d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      return d[a.length]![b.length]!;
    };
    const short = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 6 });
    fc.assert(
      fc.property(short, short, fc.integer({ min: 0, max: 3 }), (a, b, max) => {
        const d = full(a, b);
        expect(distanceWithin(a, b, max)).toBe(d <= max ? d : Infinity);
      }),
      { numRuns: 3000 },
    );
  });
});

describe('words', () => {
  const unicode = (text: string): string[] => text.split(/[\n\r\p{Z}\p{P}]+/u);
  it('split ASCII text as the Unicode classes of spaces and punctuation do', () => {
    fc.assert(fc.property(fc.string({ unit: fc.integer({ min: 0, max: 127 }).map((c) => String.fromCharCode(c)), maxLength: 30 }), (text) => {
      expect(tokens(text)).toEqual(unicode(text));
    }), { numRuns: 3000 });
  });
  it('split any text so', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), (text) => {
      expect(tokens(text)).toEqual(unicode(text));
    }), { numRuns: 2000 });
    expect(tokens('Settings\u2026 \u201cquoted\u201d\u00a0word')).toEqual(['Settings', 'quoted', 'word']);
  });
});

describe('ranking in detail', () => {
  const index = (texts: string[]) => buildIndex(texts.map((t) => ({ fields: [t], boost: 1 })), [1], indexTerm);
  const ranked = (texts: string[], query: string) => rank(index(texts), texts.map(() => 1), query, indexTerm, RANKING).map((r) => r.doc);
  it('keeps documents that score the same in their own order', () => {
    expect(ranked(['photo kept', 'other words', 'photo kept', 'photo kept'], 'photo')).toEqual([0, 2, 3]);
  });
  it('indexes no stop word, not even as the word "null"', () => {
    const field = index(['the photo of a call']).fields[0]!;
    expect(field.postings).toBe('\nphoto:0 1\ncall:0 1\n');
    expect([postingsOf(field, 'photo'), postingsOf(field, 'call'), postingsOf(field, 'the'), postingsOf(field, 'ph')]).toEqual([[0, 1], [0, 1], undefined, undefined]);
    expect(ranked(['the photo of a call'], 'null')).toEqual([]);
  });
});
