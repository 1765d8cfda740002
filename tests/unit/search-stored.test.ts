/**
 * Search over the built-in guide from the build's work (dist/search.json) gives exactly
 * what working it all out live gives, for any request and query; custom data never uses it.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIXED_NAMES } from '../../src/spec.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { PLATFORMS, VERSIONED_PLATFORMS, type VersionedPlatform } from '../../src/guide/platforms.js';
import { resolveSelections } from '../../src/guide/select.js';
import { unitKey } from '../../src/search/documents.js';
import { indexGuide } from '../../src/search/live.js';
import { indexTerm } from '../../src/search/stemmed.js';
import { valueIn } from '../../src/search/rank.js';
import { indexTermWith, SEARCH_EVERYWHERE_PRODUCT, SEARCH_PLATFORMS_PRODUCT, searchVersionsProduct, shownFrom, shownKey, unstemmed, type StoredClassParts, type StoredPlatforms, type StoredSearch, type StoredVersions } from '../../src/search/search.js';
import { showing } from '../../src/search/documents.js';
import { viewClasses } from '../../src/view/platform.js';
import { BUILT_GUIDE, cli, FIXTURES, ROOT } from '../helpers.js';
import { expectSameHits, guideWords, version } from './search-requests.js';

const guide = readCompiledGuide(BUILT_GUIDE);
const stored = JSON.parse(readFileSync(`${ROOT}dist/search.json`, 'utf8')) as StoredSearch;
const storedParts = JSON.parse(readFileSync(`${ROOT}dist/search-parts.json`, 'utf8')) as StoredClassParts;
const storedPlatforms = JSON.parse(readFileSync(`${ROOT}dist/${SEARCH_PLATFORMS_PRODUCT}.json`, 'utf8')) as StoredPlatforms;
const storedEverywhere = JSON.parse(readFileSync(`${ROOT}dist/${SEARCH_EVERYWHERE_PRODUCT}.json`, 'utf8')) as StoredVersions;
const storedVersions = Object.fromEntries(VERSIONED_PLATFORMS.map((p) => [p, JSON.parse(readFileSync(`${ROOT}dist/${searchVersionsProduct(p)}.json`, 'utf8')) as StoredVersions])) as Record<VersionedPlatform, StoredVersions>;
const live = indexGuide(guide, FIXED_NAMES, indexTerm);
const classOf = viewClasses(guide);

const words = guideWords(live.docs, stored.lines);

describe("the build's search data", () => {
  it('is the index made live', () => {
    expect(JSON.parse(JSON.stringify({ docs: live.docs, index: live.index }))).toEqual({ docs: stored.docs, index: stored.index });
  });
  it('gives the same hits as working everything out live, for any request and query', () => {
    expectSameHits(guide, { stored, parts: storedParts, versions: storedVersions, platforms: storedPlatforms, everywhere: storedEverywhere }, 400);
  });
  it('holds what every document shows for a request without a version and with at most one platform, as worked out live', () => {
    const requests = [{ platforms: [] }, ...PLATFORMS.map((p) => ({ platforms: [p] }))];
    expect(Object.keys(stored.shown).sort()).toEqual(requests.map((r) => shownKey(r)).sort());
    for (const request of requests) {
      const live = showing(guide, request);
      const answers = stored.shown[shownKey(request)!]!;
      expect(answers.split('\n')).toHaveLength(stored.docs.length);
      const shownAt = shownFrom(stored.lines, answers, '');
      stored.docs.forEach((doc, i) => {
        const shown = live(doc);
        expect(shownAt(i), `${doc.id} ${shownKey(request)}`).toEqual(shown && { command: shown.command, platforms: shown.platforms, lines: shown.lines });
      });
    }
    expect(shownKey({ platforms: ['ios'], osVersion: '17' })).toBeUndefined();
    expect(shownKey({ platforms: ['ios', 'macos'] })).toBeUndefined();
  });
  it('holds every view class any version falls in: nothing is left to work out live', () => {
    fc.assert(
      fc.property(version, (v) => {
        for (const unit of [...guide.topics.map((t) => ({ key: unitKey('topic', t.id), platforms: t.platforms })), ...guide.checklists.map((c) => ({ key: unitKey('checklist', c.id), platforms: c.platforms }))]) {
          for (const platform of unit.platforms) {
            let selections;
            try {
              selections = resolveSelections(guide.frame, unit.platforms, { platforms: [platform], osVersion: v }, 'test');
            } catch {
              continue;
            }
            for (const s of selections) expect(storedParts.parts[unit.key]![storedParts.classes.indexOf(classOf(s))], `${unit.key} ${platform} ${v}`).toBeGreaterThanOrEqual(0);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('stems every word of the built-in guide as the stemmer does', () => {
    expect(words.length).toBeGreaterThan(200);
    for (const word of words) expect(indexTermWith(stored.stems)(word), word).toBe(indexTerm(word));
    for (const word of words) expect(valueIn(stored.stems, word.toLowerCase()) !== undefined || indexTerm(word) === null, word).toBe(true);
  });
  it('needs the stemmer only for a query with a word the guide does not hold', () => {
    expect(unstemmed('Recently DELETED photos', stored.stems)).toBe(false);
    expect(unstemmed('recently screnshot', stored.stems)).toBe(true);
  });
  it('is not used over custom data, even where it replaces a built-in section', async () => {
    const r = await cli(['search', 'staff', 'dock', '--json', '--data', `${FIXTURES}/custom`]);
    expect(JSON.parse(r.out).results[0]).toMatchObject({ topic: 'where', section: 'find-mac', snippet: expect.stringContaining('Staff Macs keep Photos in the Dock') });
    expect(JSON.stringify(JSON.parse((await cli(['search', 'staff', 'dock', '--json'])).out).results)).not.toContain('Staff Macs');
  });
});
