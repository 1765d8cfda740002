/**
 * Pretty output of the built-in guide, drawn at build time. Drawing markdown with
 * marked-terminal costs about as much as starting Node, so the build draws every unit
 * (see src/render/markdown.ts) that any view of a built-in topic or the checklist can
 * hold, for every platform and for one version of each class of versions the data
 * tells apart, in each of the three variants (no colour, colour, colour with links).
 * Pretty output then only looks units up; custom data is drawn live, the same way.
 */
import type { Guide } from '../guide/guide.js';
import { isVersioned, type Platform, type VersionedPlatform } from '../guide/platforms.js';
import { rangesOf, resolveSelections, type Selection } from '../guide/select.js';
import { components } from '../guide/versions.js';
import type { DrawOptions } from '../render/draw.js';
import { fitToWidth } from '../render/fit.js';
import { documentUnits, endMarkdown, pageUnits, type Unit } from '../render/markdown.js';
import { FITTED_WIDTHS, storedName, unitKey, VARIANTS, type StoredUnits, type Variant } from '../render/stored.js';
import { viewChecklist } from '../view/checklist.js';
import { viewTopic } from '../view/topic.js';

type Draw = (markdown: string, options: DrawOptions) => string;

/** "17" -> "18", "12.1.4" -> "12.1.5": the first version a `max` bound leaves out. */
const next = (v: string): string => {
  const c = components(v);
  c[c.length - 1]! += 1;
  return c.join('.');
};

/** "12.1.4" -> "12.1.3", "13" -> "12", "10.0" -> "9": a version just below a `min` bound. */
function previous(v: string): string | undefined {
  const c = components(v);
  while (c.length && c[c.length - 1] === 0) c.pop();
  if (!c.length) return undefined;
  c[c.length - 1]! -= 1;
  return c.join('.');
}


/**
 * One version of every class the data tells apart: each bound and its neighbour on the
 * other side, each release (asked as a whole, or with a point), the feature's first
 * and lowest working versions, where the system changed its name, and versions below
 * and above all of them.
 */
export function representativeVersions(guide: Guide, platform: VersionedPlatform): string[] {
  const frame = guide.frame.platforms[platform];
  const ranges = rangesOf(guide, platform);
  const lower = [...ranges.flatMap((r) => r.min ?? []), frame.feature.since, frame.feature.minimum, ...frame.releases.map((r) => r.version), ...(frame.earlierNames ?? []).map((e) => e.before)];
  const upper = [...ranges.flatMap((r) => r.max ?? []), ...frame.releases.map((r) => r.version)];
  const versions = [
    ...lower.flatMap((v) => [v, previous(v)]),
    ...upper.flatMap((v) => [v, next(v), `${v}.1`]),
    '1',
    '999',
  ];
  return [...new Set(versions.filter((v): v is string => v !== undefined && /^\d{1,3}(\.\d{1,3}){0,2}$/.test(v)))];
}

/** A request for one platform at each representative version (at none, for an unversioned one): the version asked and the selections. */
export function representativeRequests(guide: Guide, covered: readonly Platform[], platform: Platform): { osVersion: string | undefined; selections: Selection[] }[] {
  const versions: (string | undefined)[] = isVersioned(platform) ? representativeVersions(guide, platform) : [undefined];
  return versions.flatMap((osVersion) => {
    try {
      return [{ osVersion, selections: resolveSelections(guide.frame, covered, { platforms: [platform], ...(osVersion !== undefined && { osVersion }) }, 'prerender') }];
    } catch {
      return []; // a release that never existed ("iOS 20")
    }
  });
}

/** Those requests, as selected. */
export const representativeSelections = (guide: Guide, covered: readonly Platform[], platform: Platform): Selection[][] =>
  representativeRequests(guide, covered, platform).map((r) => r.selections);

/** Units of each topic, per platform: "topic-where" -> ios -> units. */
function topicUnits(guide: Guide): Map<string, Map<Platform, Unit[]>> {
  const files = new Map<string, Map<Platform, Unit[]>>();
  for (const topic of guide.topics) {
    const byPlatform = new Map<Platform, Unit[]>();
    for (const platform of topic.platforms) {
      byPlatform.set(platform, representativeSelections(guide, topic.platforms, platform).flatMap((s) => documentUnits(viewTopic(guide, topic, s))));
    }
    files.set(`topic-${topic.id}`, byPlatform);
  }
  return files;
}

/** Units of the checklist, printed and step by step, per platform. */
function checklistUnits(guide: Guide): Map<Platform, Unit[]> {
  const byPlatform = new Map<Platform, Unit[]>();
  for (const checklist of guide.checklists) {
    for (const platform of checklist.platforms) {
      const units = representativeSelections(guide, checklist.platforms, platform).flatMap((selections) => {
        const view = viewChecklist(guide, checklist, checklist.symptoms, selections);
        const pages = view.symptoms.flatMap((s) =>
          s.platforms.flatMap((p) => p.steps.flatMap((step, i) => pageUnits({ kind: 'checklist-page', platform, n: i + 1, of: p.steps.length, step }))),
        );
        return [...documentUnits(view), ...pages];
      });
      const ends = [true, false].map((fixed) => ({ markdown: endMarkdown({ kind: 'checklist-end', platform, fixed, text: fixed ? checklist.fixed : checklist.exhausted, support: checklist.support }) }));
      byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), ...units, ...ends]);
    }
  }
  return byPlatform;
}

const OPTIONS: Record<Variant, DrawOptions> = { plain: { color: false, links: false }, color: { color: true, links: false }, links: { color: true, links: true } };

/** Draws each distinct unit in each variant: as drawn, and fitted to each stored width. */
async function drawAll(name: string, platform: Platform, units: readonly Unit[], draw: Draw, products: Map<string, StoredUnits['units'][number]>): Promise<void> {
  const distinct = [...new Set(units.map((u) => u.markdown))];
  const keys = new Map(distinct.map((markdown) => [unitKey(markdown), markdown]));
  if (keys.size !== distinct.length) throw new Error(`two units of ${name} share a key: change unitKey`);
  for (const variant of VARIANTS) {
    const drawn = Object.fromEntries([...keys].map(([key, markdown]) => [key, draw(markdown, OPTIONS[variant])]));
    products.set(storedName(name, platform, variant), drawn);
    for (const width of FITTED_WIDTHS) {
      const fitted = await Promise.all(Object.entries(drawn).map(async ([key, text]) => [key, (await fitToWidth(text, width)).slice(0, -1)]));
      products.set(storedName(name, platform, variant, width), Object.fromEntries(fitted));
    }
  }
}

/** Every drawn unit of the built-in guide, by product name ("pretty/topic-where-ios.color.w80"). */
export async function prerender(guide: Guide, draw: Draw): Promise<Map<string, StoredUnits['units'][number]>> {
  const products = new Map<string, StoredUnits['units'][number]>();
  for (const [name, byPlatform] of topicUnits(guide)) for (const [platform, units] of byPlatform) await drawAll(name, platform, units, draw, products);
  for (const [platform, units] of checklistUnits(guide)) await drawAll('checklist', platform, units, draw, products);
  return products;
}

