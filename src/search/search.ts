/**
 * Search: ranks the guide's documents (src/search/documents.ts) by their words, stemmed
 * so that "deleted" and "recovering" meet "delete" and "recover", with prefixes and small
 * typos ("screnshot") matching too (src/search/rank.ts); then keeps the matches the
 * request shows, each with the line that best shows why it matched.
 *
 * For the built-in guide the build makes the index, the parts and a table of stems once
 * (dist/search.json), and this module answers the requests asked most from them alone.
 * The rest, custom data and the stemmer (for words the table lacks) are in
 * src/search/live.ts, loaded only when a search needs them.
 */
import { versionArgs, type Guide } from '../guide/guide.js';
import { isVersioned, PLATFORMS, type Platform, type VersionedPlatform } from '../guide/platforms.js';
import { resolveSelections, type Selection, type SelectRequest } from '../guide/select.js';
import { viewClasses } from '../view/platform.js';
import type { SearchDoc, Shown, StoredParts } from './documents.js';
import { rank, tokens, valueIn, type RankIndex, type RankOptions, type TermOf } from './rank.js';

/** Words too common to rank by ("where" is not one: it is a command, and the question most asked). */
const STOP_WORDS = new Set('a an and are as at be by can do does for from how i in is it its my of on or the this to was what when which who why with'.split(' '));

const SNIPPET_CHARS = 120;

/** The lower-case word to stem, or null for none and for a stop word. */
const toStem = (word: string): string | null => {
  const lower = word.toLowerCase();
  return !lower || STOP_WORDS.has(lower) ? null : lower;
};

/** A word's index term (lower-case and stemmed; null for a stop word), given the stemmer. */
export function termWith(stem: (word: string) => string): TermOf {
  return (word) => {
    const lower = toStem(word);
    return lower === null ? null : stem(lower);
  };
}

/**
 * The index term of a word, its stem looked up in `stems` (the build's table of every
 * word of the built-in guide); `stem` stems any other word, and must be given when the
 * words searched may hold one (see unstemmed).
 */
export function indexTermWith(stems: Stems, stem?: (word: string) => string): TermOf {
  return termWith((lower) => {
    const stored = valueIn(stems, lower);
    if (stored !== undefined) return stored;
    if (!stem) throw new Error(`search: no stem stored for '${lower}'`);
    return stem(lower);
  });
}

/** Whether a query holds a word that `stems` lacks, so that searching it needs the stemmer. */
export const unstemmed = (query: string, stems: Stems): boolean =>
  tokens(query).some((word) => {
    const lower = toStem(word);
    return lower !== null && valueIn(stems, lower) === undefined;
  });

/** The fields searched, in order, and how much a match in each counts. */
export const FIELDS = ['title', 'parentTitle', 'names', 'text'] as const;
const BOOSTS = { title: 3, parentTitle: 2, names: 2, text: 1 };

export const RANKING: RankOptions = {
  boosts: FIELDS.map((f) => BOOSTS[f]),
  prefix: (term) => term.length >= 4,
  fuzzy: (term) => (term.length >= 5 ? 0.2 : false),
};

/** A topic's own section outranks a troubleshooting symptom or step on the same words. */
export const docBoost = (doc: SearchDoc): number => (doc.kind === 'section' ? 1 : 0.6);

/** Lower-case word -> stem, for every word of the built-in guide, as keyedLines (src/search/rank.ts). */
export type Stems = string;

/** A guide's documents and their index. */
export interface SearchIndex {
  docs: SearchDoc[];
  index: RankIndex;
}

/**
 * The build's products for search over the built-in guide: the index, the stems and what
 * each document shows for the requests asked most (dist/search.json); the parts of each
 * view class, for any other request (dist/search-parts.json).
 */
export const SEARCH_PRODUCT = 'search';
export const SEARCH_PARTS_PRODUCT = 'search-parts';
/** What each document shows for several platforms without a version (dist/search-platforms.json), by the platforms joined by spaces (in PLATFORMS' order). */
export const SEARCH_PLATFORMS_PRODUCT = 'search-platforms';
export type StoredPlatforms = Record<string, StoredShown>;
/**
 * What each document shows for a version with no platform named (dist/search-everywhere.json),
 * by everywhereKey: as StoredVersions holds it.
 */
export const SEARCH_EVERYWHERE_PRODUCT = 'search-everywhere';
/** The key of the answers for a version with no platform named: the versionKey of each platform it selects. */
export const everywhereKey = (selections: readonly Selection[], classOf: (selection: Selection) => string): string => selections.map((s) => versionKey(s, classOf)).join('|');
/** The answers for one platform at a version, a file a platform: only that platform's are read. */
export const searchVersionsProduct = (platform: VersionedPlatform): string => `search-versions-${platform}`;
export interface StoredSearch extends SearchIndex {
  stems: Stems;
  /** Every line shown, once: StoredShown and the parts point into it. */
  lines: string[];
  /** The terms of each line (termsIn), each once, joined by spaces: a search stems none of them. */
  lineTerms: string[];
  /** The terms of each document's title, parent's title and names, each once, joined by spaces. */
  named: string[];
  /** What each document shows for a request without a version and with at most one platform, by the platform ("" for none). */
  shown: Record<string, StoredShown>;
}

/**
 * What each document shows for one request, a line each (in the order of `docs`): its
 * command, its platforms joined by spaces and its lines' numbers in `lines` joined by
 * spaces, between tabs; an empty line where the request does not show it. One string:
 * a run splits only the request's it wants.
 */
export type StoredShown = string;

/** StoredShown for each document's command, platforms and lines' numbers, or undefined where it is not shown. */
export const storeShown = (answers: readonly ([command: string, platforms: readonly string[], lines: readonly number[]] | undefined)[]): StoredShown =>
  answers.map((a) => (a ? `${a[0]}\t${a[1].join(' ')}\t${a[2].join(' ')}` : '')).join('\n');

/**
 * What each document shows for one platform at a version (dist/search-versions-PLATFORM.json),
 * by versionKey: as `shown` holds it, but for the end of each command, the version asked.
 */
export type StoredVersions = Record<string, StoredShown>;

/** The key of StoredVersions for a selection: its platform and its view class (see viewClasses). */
export const versionKey = (selection: Selection, classOf: (selection: Selection) => string): string => `${selection.platform}@${classOf(selection)}`;

/** The key of `shown` that holds a request's answers, if any does. */
export const shownKey = (request: SelectRequest): string | undefined =>
  request.osVersion === undefined && request.platforms.length <= 1 ? (request.platforms[0] ?? '') : undefined;

export type StoredClassParts = Omit<StoredParts, 'lines'>;

/**
 * How a search learns what each match shows: from the build's answers (`stored`) for
 * the requests they hold; otherwise worked out by `live` (src/search/live.ts, loaded
 * only then), from the parts of each view class the build stored, when given.
 */
export interface Showing {
  stored?: StoredSearch;
  /** The answers for one platform at a version, read only for such a request. */
  versions?: (platform: VersionedPlatform) => StoredVersions | undefined;
  /** The answers for several platforms without a version, read only for such a request. */
  platforms?: () => StoredPlatforms | undefined;
  /** The answers for a version with no platform named, read only for such a request. */
  everywhere?: () => StoredVersions | undefined;
  /** The parts of each view class (for the stored `lines`), read only when `stored` does not hold the request. */
  parts?: () => StoredClassParts | undefined;
  live?: { liveShown: (guide: Guide, request: SelectRequest, docs: readonly SearchDoc[], showing: Showing) => ShownAt };
}

export interface Hit {
  doc: SearchDoc;
  shown: Shown;
  score: number;
  /** The step line that best shows why it matched. */
  snippet: string;
}

function shorten(line: string): string {
  if (line.length <= SNIPPET_CHARS) return line;
  const cut = line.slice(0, SNIPPET_CHARS);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), SNIPPET_CHARS / 2))}…`;
}

/** Terms of a text. */
export const termsIn = (text: string, termOf: TermOf): string[] => tokens(text).flatMap((w) => termOf(w) || []);

/** The terms of the texts that name a document (its title, its parent's title, its names). */
export const namedTerms = (doc: SearchDoc, termOf: TermOf): string[] => [doc.title, doc.parentTitle, doc.names].flatMap((text) => termsIn(text, termOf));

/** What the document at an index shows for a request, or undefined where the request does not show it. */
export type ShownAt = (at: number) => Shown | undefined;

/**
 * The best matches the request shows, best first. A match counts only where what it
 * shows for the request holds a matched word (its text may hold it only elsewhere).
 */
export function search(guide: Guide, request: SelectRequest, query: string, limit: number, searched: SearchIndex, termOf: TermOf, showing: Showing): Hit[] {
  return findHits(searched, storedShown(guide, request, showing) ?? liveShown(guide, request, searched.docs, showing), query, limit, termOf);
}

/**
 * What matches show for the request, from the build's answers, if they hold it; first,
 * the same errors as a topic command gives for a request with a version. (Without one,
 * no request gives any: search covers every platform.)
 */
export function storedShown(guide: Guide, request: SelectRequest, { stored, versions, platforms, everywhere }: Showing): ShownAt | undefined {
  if (!stored) return undefined;
  const found = (table: Readonly<Record<string, StoredShown>> | undefined, key: string, version: string): ShownAt | undefined =>
    table && Object.hasOwn(table, key) ? shownFrom(stored.lines, table[key]!, version) : undefined;
  const key = shownKey(request);
  if (key !== undefined) return found(stored.shown, key, '');
  if (request.osVersion === undefined) return found(platforms?.(), request.platforms.join(' '), '');
  if (request.platforms.length > 1) return undefined;
  const selections = resolveSelections(guide.frame, PLATFORMS, request, 'search');
  const version = ` ${versionArgs(request.osVersion).join(' ')}`;
  if (request.platforms.length === 0) return found(everywhere?.(), everywhereKey(selections, viewClasses(guide)), version);
  const [selection] = selections;
  return isVersioned(selection!.platform) ? found(versions?.(selection!.platform), versionKey(selection!, viewClasses(guide)), version) : undefined;
}

/**
 * The best matches of the documents shown, best first. The terms of names and lines are
 * taken from the build's tables where `searched` holds them (see StoredSearch).
 */
export function findHits(searched: SearchIndex & Partial<Pick<StoredSearch, 'lines' | 'lineTerms' | 'named'>>, shownAt: ShownAt, query: string, limit: number, termOf: TermOf): Hit[] {
  const { lines, lineTerms, named: storedNamed } = searched;
  const lineTermsOf = (line: string): string[] => {
    const at = lineTerms ? lines!.indexOf(line) : -1;
    return at >= 0 ? lineTerms![at]!.split(' ') : termsIn(line, termOf);
  };
  const hits: Hit[] = [];
  for (const ranked of rank(searched.index, searched.docs.map(docBoost), query, termOf, RANKING)) {
    const doc = searched.docs[ranked.doc]!;
    const shown = shownAt(ranked.doc);
    if (!shown) continue;
    const matched = new Set(ranked.terms);
    const named = (storedNamed ? storedNamed[ranked.doc]!.split(' ') : namedTerms(doc, termOf)).some((t) => matched.has(t));
    // a symptom's lines are shown, not searched
    const counts = doc.kind === 'symptom' ? [] : shown.lines.map((line) => new Set(lineTermsOf(line).filter((t) => matched.has(t))).size);
    if (!named && !counts.some((n) => n > 0)) continue;
    // the first line with the most matched terms; the first line when only the names matched
    const best = counts.reduce((b, n, i) => (n > counts[b]! ? i : b), 0);
    hits.push({ doc, shown, score: ranked.score, snippet: shorten(shown.lines[best] ?? '') });
    if (hits.length === limit) break;
  }
  return hits;
}

/**
 * What matches show, worked out; first, the same errors as a topic command gives for the
 * request. (The build's answers hold every request without a version; at one, all but
 * those that name two platforms or more, or select a class the build did not store.)
 */
function liveShown(guide: Guide, request: SelectRequest, docs: readonly SearchDoc[], showing: Showing): ShownAt {
  resolveSelections(guide.frame, PLATFORMS, request, 'search');
  if (!showing.live) throw new Error('search: a request the stored answers do not hold, and no live search to work it out');
  return showing.live.liveShown(guide, request, docs, showing);
}

/** What the document at an index shows, from the build's answers; `version` ends each command. */
export function shownFrom(lines: readonly string[], answers: StoredShown, version: string): ShownAt {
  const rows = answers.split('\n');
  return (at) => {
    const row = rows[at];
    if (!row) return undefined;
    const [command, platforms, numbers] = row.split('\t') as [string, string, string];
    return { lines: numbers ? numbers.split(' ').map((n) => lines[Number(n)]!) : [], platforms: platforms.split(' ') as Platform[], command: `${command}${version}` };
  };
}
