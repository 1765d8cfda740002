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
import type { Scoped } from '../guide/schema.js';
import { resolveSelections, type Selection } from '../guide/select.js';
import { components } from '../guide/versions.js';
import type { DrawOptions } from '../render/draw.js';
import { documentUnits, endMarkdown, pageUnits, type Unit } from '../render/markdown.js';
import type { DrawnUnits } from '../render/pretty.js';
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

/** Every version range bound in the data for a platform. */
function bounds(guide: Guide, platform: VersionedPlatform): { min: string[]; max: string[] } {
  const min: string[] = [];
  const max: string[] = [];
  const visit = (scoped: Scoped): void => {
    const range = scoped.os?.[platform];
    if (range?.min) min.push(range.min);
    if (range?.max) max.push(range.max);
  };
  for (const topic of guide.topics) for (const section of topic.sections) [section, ...section.steps].forEach(visit);
  for (const checklist of guide.checklists) for (const step of checklist.steps) for (const section of step.sections ?? []) [section, ...section.steps].forEach(visit);
  return { min, max };
}

/**
 * One version of every class the data tells apart: each bound and its neighbour on the
 * other side, each release (asked as a whole, or with a point), the feature's first
 * and lowest working versions, and versions below and above all of them.
 */
export function representativeVersions(guide: Guide, platform: VersionedPlatform): string[] {
  const frame = guide.frame.platforms[platform];
  const { min, max } = bounds(guide, platform);
  const lower = [...min, frame.feature.since, frame.feature.minimum, ...frame.releases.map((r) => r.version)];
  const upper = [...max, ...frame.releases.map((r) => r.version)];
  const versions = [
    ...lower.flatMap((v) => [v, previous(v)]),
    ...upper.flatMap((v) => [v, next(v), `${v}.1`]),
    '1',
    '999',
  ];
  return [...new Set(versions.filter((v): v is string => v !== undefined && /^\d{1,3}(\.\d{1,3}){0,2}$/.test(v)))];
}

/** The selections to draw for each platform: every representative version, or none for an unversioned one. */
function selectionsFor(guide: Guide, covered: readonly Platform[]): Selection[][] {
  return covered.flatMap((platform) => {
    const versions: (string | undefined)[] = isVersioned(platform) ? representativeVersions(guide, platform) : [undefined];
    return versions.flatMap((osVersion) => {
      try {
        return [resolveSelections(guide.frame, covered, { platforms: [platform], ...(osVersion !== undefined && { osVersion }) }, 'prerender')];
      } catch {
        return []; // a release that never existed ("iOS 20")
      }
    });
  });
}

function topicUnits(guide: Guide): Map<string, Unit[]> {
  const files = new Map<string, Unit[]>();
  for (const topic of guide.topics) {
    files.set(`topic-${topic.id}`, selectionsFor(guide, topic.platforms).flatMap((s) => documentUnits(viewTopic(guide, topic, s))));
  }
  return files;
}

function checklistUnits(guide: Guide): Unit[] {
  return guide.checklists.flatMap((checklist) => {
    const units = selectionsFor(guide, checklist.platforms).flatMap((selections) => {
      const view = viewChecklist(guide, checklist, checklist.symptoms, selections);
      const pages = view.symptoms.flatMap((s) =>
        s.platforms.flatMap((p) => p.steps.flatMap((step, i) => pageUnits({ kind: 'checklist-page', n: i + 1, of: p.steps.length, step }))),
      );
      return [...documentUnits(view), ...pages];
    });
    const ends = [true, false].map((fixed) => ({ markdown: endMarkdown({ kind: 'checklist-end', fixed, text: fixed ? checklist.fixed : checklist.exhausted, support: checklist.support }) }));
    return [...units, ...ends];
  });
}

/** Draws each distinct unit in the three variants; the linked one only where links make a difference. */
function drawAll(units: readonly Unit[], draw: Draw): DrawnUnits {
  const drawn: Record<string, string[]> = {};
  for (const { markdown } of units) {
    if (Object.hasOwn(drawn, markdown)) continue;
    const variants = [draw(markdown, { color: false, links: false }), draw(markdown, { color: true, links: false })];
    const linked = draw(markdown, { color: true, links: true });
    drawn[markdown] = linked === variants[1] ? variants : [...variants, linked];
  }
  return drawn;
}

/** Every drawn unit of the built-in guide, by product name ("pretty/topic-where", "pretty/checklist"). */
export function prerender(guide: Guide, draw: Draw): Map<string, DrawnUnits> {
  const products = new Map<string, DrawnUnits>();
  for (const [name, units] of topicUnits(guide)) products.set(`pretty/${name}`, drawAll(units, draw));
  products.set('pretty/checklist', drawAll(checklistUnits(guide), draw));
  return products;
}

