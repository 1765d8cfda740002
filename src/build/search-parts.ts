/**
 * Search over the built-in guide, worked out at build time: the index of its documents,
 * the stem of every word and what each document shows for the requests asked most
 * (dist/search.json); the parts of each topic and the checklist for each view class (see
 * src/search/documents.ts), from one selection of every class on every platform
 * (dist/search-parts.json). Two selections of one class must give the same parts; the
 * build fails if they do not.
 */
import { versionArgs, type Guide } from '../guide/guide.js';
import { PLATFORMS, VERSIONED_PLATFORMS, type Platform, type VersionedPlatform } from '../guide/platforms.js';
import { resolveSelections, type Selection, type SelectRequest } from '../guide/select.js';
import { toPlain } from '../render/inline.js';
import { checklistParts, searchDocuments, showing, topicParts, unitKey, updatesOf, type Parts, type SearchDoc, type StoredParts } from '../search/documents.js';
import { keyedLines, tokens } from '../search/rank.js';
import { indexGuide } from '../search/live.js';
import { indexTerm } from '../search/stemmed.js';
import { everywhereKey, namedTerms, termsIn, versionKey, type Stems, type StoredClassParts, storeShown, type StoredPlatforms, type StoredSearch, type StoredShown, type StoredVersions } from '../search/search.js';
import { viewClasses } from '../view/platform.js';
import { representativeRequests, representativeSelections, representativeVersions } from './prerender.js';

/** The index of an item in a list, added at the end if the list does not hold it. */
function indexIn<T>(list: T[], item: T, same = (a: T, b: T) => a === b): number {
  const at = list.findIndex((x) => same(x, item));
  return at >= 0 ? at : list.push(item) - 1;
}

function storedParts(guide: Guide): StoredParts {
  const classOf = viewClasses(guide);
  const updates = updatesOf(guide);
  const lines: string[] = [];
  const classes: string[] = [];
  const sets: StoredParts['sets'] = [];
  const sameJson = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
  const found = new Map<string, Map<number, number>>();
  const store = (key: string, platforms: readonly Platform[], work: (selection: Selection) => Parts): void => {
    const byClass = new Map<number, number>();
    for (const platform of platforms) {
      for (const [selection] of representativeSelections(guide, platforms, platform)) {
        const name = indexIn(classes, classOf(selection!));
        const set = indexIn(sets, work(selection!).map(([id, ...text]): [string, ...number[]] => [id, ...text.map((line) => indexIn(lines, line))]), sameJson);
        if (byClass.has(name) && byClass.get(name) !== set) throw new Error(`search: two versions of view class ${classes[name]} show different parts of ${key}`);
        byClass.set(name, set);
      }
    }
    found.set(key, byClass);
  };
  for (const topic of guide.topics) store(unitKey('topic', topic.id), topic.platforms, (s) => topicParts(guide, topic, s, updates));
  for (const checklist of guide.checklists) store(unitKey('checklist', checklist.id), checklist.platforms, (s) => checklistParts(guide, checklist, s));
  const parts = Object.fromEntries([...found].map(([key, byClass]) => [key, classes.map((_, c) => byClass.get(c) ?? -1)]));
  return { lines, classes, sets, parts };
}

/** Lower-case word -> stem, for every word the documents, their titles and the stored lines hold. */
function stemsOf(guide: Guide, texts: readonly string[]): Stems {
  const titles = [
    ...guide.topics.flatMap((t) => [t.title, t.id, t.command ?? '', ...(t.aliases ?? []), ...t.sections.map((s) => s.title)]),
    ...guide.checklists.flatMap((c) => [c.title, c.id, ...c.symptoms.map((s) => s.title), ...c.steps.flatMap((step) => [step.title, ...(step.sections ?? []).map((s) => s.title)])]),
  ].map(toPlain);
  const words = [...new Set([...texts, ...titles].flatMap(tokens).map((w) => w.toLowerCase()))].sort();
  return keyedLines(words.flatMap((w): [string, string][] => {
    const stem = indexTerm(w);
    return stem ? [[w, stem]] : [];
  }));
}

/**
 * What each document shows for requests without a version, by their platforms joined by
 * spaces, worked out from the stored parts; lines not yet in `lines` (a symptom's step
 * titles) are added.
 */
function storedShown(guide: Guide, docs: readonly SearchDoc[], parts: StoredParts, requests: readonly { platforms: Platform[] }[]): Record<string, StoredShown> {
  return Object.fromEntries(requests.map((request) => {
    const shownFor = showing(guide, request, parts);
    const answers = storeShown(docs.map((doc) => {
      const shown = shownFor(doc);
      return shown && [shown.command, shown.platforms, shown.lines.map((line) => indexIn(parts.lines, line))];
    }));
    return [request.platforms.join(' '), answers];
  }));
}

/**
 * What each document shows for one platform at a version, for one version of every
 * class (see StoredVersions); lines not yet in `lines` are added. The build fails if two
 * versions of one class show different things.
 */
function storedVersions(guide: Guide, docs: readonly SearchDoc[], parts: StoredParts): Record<VersionedPlatform, StoredVersions> {
  const classOf = viewClasses(guide);
  const byPlatform = { ios: {}, ipados: {}, macos: {} } as Record<VersionedPlatform, StoredVersions>;
  for (const platform of VERSIONED_PLATFORMS) {
    for (const asked of representativeRequests(guide, PLATFORMS, platform)) {
      const [osVersion, selection] = [asked.osVersion!, asked.selections[0]!]; // a versioned platform: both there
      storeAt(byPlatform[platform], versionKey(selection, classOf), answersAt(guide, docs, parts, { platforms: [platform], osVersion }));
    }
  }
  return byPlatform;
}

/**
 * What each document shows for a version with no platform named, for one version of
 * every class of each platform (see SEARCH_EVERYWHERE_PRODUCT); lines not yet in `lines`
 * are added. The build fails if two versions of the same classes show different things.
 */
function storedEverywhere(guide: Guide, docs: readonly SearchDoc[], parts: StoredParts): StoredVersions {
  const classOf = viewClasses(guide);
  const everywhere: StoredVersions = {};
  for (const osVersion of new Set(VERSIONED_PLATFORMS.flatMap((p) => representativeVersions(guide, p)))) {
    let selections: Selection[];
    try {
      selections = resolveSelections(guide.frame, PLATFORMS, { platforms: [], osVersion }, 'search');
    } catch {
      continue; // a version of no platform ("20")
    }
    storeAt(everywhere, everywhereKey(selections, classOf), answersAt(guide, docs, parts, { platforms: [], osVersion }));
  }
  return everywhere;
}

/** What each document shows for a request with a version, each command without the version (a run puts back the one asked). */
function answersAt(guide: Guide, docs: readonly SearchDoc[], parts: StoredParts, request: SelectRequest & { osVersion: string }): StoredShown {
  const suffix = ` ${versionArgs(request.osVersion).join(' ')}`;
  const shownFor = showing(guide, request, parts);
  return storeShown(docs.map((doc) => {
    const shown = shownFor(doc);
    if (!shown) return undefined;
    if (!shown.command.endsWith(suffix)) throw new Error(`search: the command '${shown.command}' does not end with the version asked`);
    return [shown.command.slice(0, -suffix.length), shown.platforms, shown.lines.map((line) => indexIn(parts.lines, line))];
  }));
}

/** Stores answers under a key of classes, failing the build where two versions of those classes differ. */
function storeAt(table: StoredVersions, key: string, answers: StoredShown): void {
  if (Object.hasOwn(table, key) && table[key] !== answers) throw new Error(`search: two versions of view classes ${key} show different matches`);
  table[key] = answers;
}

/** The products for search over the built-in guide. */
export function storedSearch(guide: Guide, reserved: Iterable<string>): { search: StoredSearch; parts: StoredClassParts; versions: Record<VersionedPlatform, StoredVersions>; platforms: StoredPlatforms; everywhere: StoredVersions } {
  const { lines, ...parts } = storedParts(guide);
  const index = indexGuide(guide, reserved, indexTerm);
  const shown = storedShown(guide, index.docs, { lines, ...parts }, [{ platforms: [] }, ...PLATFORMS.map((p) => ({ platforms: [p] }))]);
  // every set of two platforms or more, in PLATFORMS' order, as the command line gives them
  const sets = PLATFORMS.reduce<Platform[][]>((all, p) => [...all, ...all.map((set) => [...set, p])], [[]]).filter((set) => set.length > 1);
  const platforms = storedShown(guide, index.docs, { lines, ...parts }, sets.map((set) => ({ platforms: set })));
  const versions = storedVersions(guide, index.docs, { lines, ...parts });
  const everywhere = storedEverywhere(guide, index.docs, { lines, ...parts });
  const texts = searchDocuments(guide, reserved).map((d) => d.text);
  const distinct = (terms: string[]): string => [...new Set(terms)].join(' ');
  const lineTerms = lines.map((line) => distinct(termsIn(line, indexTerm)));
  const named = index.docs.map((doc) => distinct(namedTerms(doc, indexTerm)));
  return { search: { ...index, stems: stemsOf(guide, [...lines, ...texts]), lines, lineTerms, named, shown }, parts, versions, platforms, everywhere };
}
