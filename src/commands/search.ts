/** `search <words...>`: ranked matches across every topic section and checklist step. */
import { UsageError } from '../errors.js';
import type { Guide } from '../guide/guide.js';
import type { IO } from '../io/io.js';
import { searchDocuments } from '../search/documents.js';
import { searchJson, searchMarkdown, searchPlain } from '../search/render.js';
import { search } from '../search/search.js';
import { stripControl } from '../util/sanitize.js';
import { outputSettings, requestedPlatforms, type RawOptions } from './options.js';

export interface SearchOptions extends RawOptions {
  limit: string;
}

function parseLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 1 || limit > 1000) throw new UsageError(`--limit must be a whole number from 1 to 1000, not '${value}'`);
  return limit;
}

export async function runSearch(guide: Guide, words: readonly string[], options: SearchOptions, io: IO): Promise<void> {
  // echoed back on stderr and in headings: no control characters from the command line
  const query = stripControl(words.join(' ')).trim();
  if (!query) throw new UsageError('search needs some words', "For example: facetime-help search recently deleted");
  const settings = outputSettings(options, io);
  const docs = searchDocuments(guide, { platforms: requestedPlatforms(options), osVersion: options.osVersion });
  const hits = search(docs, query, parseLimit(options.limit));
  if (hits.length === 0) io.err.write(`No matches for '${query}'. Try other or fewer words, or 'facetime-help topics'.\n`);
  if (settings.format === 'json') {
    io.out.write(searchJson(query, hits));
  } else if (hits.length === 0) {
    return;
  } else if (settings.format === 'plain') {
    io.out.write(searchPlain(hits));
  } else if (settings.format === 'markdown') {
    io.out.write(searchMarkdown(query, hits));
  } else {
    const { renderPretty } = await import('../render/pretty.js');
    io.out.write(renderPretty(searchMarkdown(query, hits), settings));
  }
}
