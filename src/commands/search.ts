/** `search <words...>`: ranked matches across every topic section and checklist step. */
import type { Options } from '../argv.js';
import { FIXED_NAMES } from '../spec.js';
import { UsageError } from '../errors.js';
import type { SelectRequest } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { findHits, indexTermWith, search, SEARCH_EVERYWHERE_PRODUCT, SEARCH_PARTS_PRODUCT, SEARCH_PLATFORMS_PRODUCT, SEARCH_PRODUCT, searchVersionsProduct, storedShown, unstemmed, type Hit, type Showing, type StoredClassParts, type StoredPlatforms, type StoredSearch, type StoredVersions } from '../search/search.js';
import { stripControl } from '../util/sanitize.js';
import type { SearchView } from '../view/model.js';
import type { CommandContext } from './context.js';

const DEFAULT_LIMIT = 10;

function parseLimit(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  const limit = Number(value);
  if (!/^\d+$/.test(value.trim()) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not '${stripControl(value)}'`);
  return limit;
}

export async function runSearch(ctx: CommandContext, words: readonly string[], options: Options): Promise<Reply> {
  // echoed back on stderr and in headings: no control characters from the command line
  const query = stripControl(words.join(' ')).trim();
  if (!query) throw new UsageError('search needs some words', 'For example: facetime-help search recently deleted');
  const limit = parseLimit(options.limit);
  const request = { platforms: options.platforms, ...(options.osVersion !== undefined && { osVersion: options.osVersion }) };
  const hits = await hitsFor(ctx, request, query, limit);
  const document: SearchView = {
    kind: 'search',
    query,
    results: hits.map((h) => ({ kind: h.doc.kind, ...h.doc.ref, title: h.doc.title, parentTitle: h.doc.parentTitle, snippet: h.snippet, platforms: h.shown.platforms, score: h.score, command: h.shown.command })),
  };
  const messages = hits.length ? [] : [`No matches for '${query}'. Try other or fewer words, or 'facetime-help topics'.`];
  return { document, messages };
}

/**
 * The build's answers for the requests asked most over the built-in guide, with the
 * stemmer loaded only for a word new to the guide; any other search worked out live.
 */
async function hitsFor(ctx: CommandContext, request: SelectRequest, query: string, limit: number): Promise<Hit[]> {
  // the build's work for the built-in guide holds only while no custom data is laid over it
  const stored = ctx.customData ? undefined : ctx.products.read<StoredSearch>(SEARCH_PRODUCT);
  const showing: Showing = {
    ...(stored && { stored }),
    versions: (platform) => ctx.products.read<StoredVersions>(searchVersionsProduct(platform)),
    platforms: () => ctx.products.read<StoredPlatforms>(SEARCH_PLATFORMS_PRODUCT),
    everywhere: () => ctx.products.read<StoredVersions>(SEARCH_EVERYWHERE_PRODUCT),
    parts: () => ctx.products.read<StoredClassParts>(SEARCH_PARTS_PRODUCT),
  };
  const shownAt = storedShown(ctx.guide, request, showing);
  if (!stored) {
    const [live, { indexTerm }] = await Promise.all([import('../search/live.js'), import('../search/stemmed.js')]);
    return search(ctx.guide, request, query, limit, live.indexGuide(ctx.guide, FIXED_NAMES, indexTerm), indexTerm, { live });
  }
  const termOf = indexTermWith(stored.stems, unstemmed(query, stored.stems) ? (await import('stemmer')).stemmer : undefined);
  if (shownAt) return findHits(stored, shownAt, query, limit, termOf);
  return search(ctx.guide, request, query, limit, stored, termOf, { ...showing, live: await import('../search/live.js') });
}
