/**
 * Pretty output for a terminal. Topics and the checklist are markdown drawn by
 * marked-terminal, unit by unit: the build draws every unit the built-in guide can
 * produce (dist/pretty/), so a unit is looked up first and drawn live only when it is
 * not there (custom data), with the same result. Lists (topics, search) are styled
 * text. Everything is then fitted to the terminal's width.
 */
import { fitToWidth } from './fit.js';
import { hitPlatforms, oneLine, validationLines } from './inline.js';
import { documentUnits, endMarkdown, unitMarkdown, type Unit } from './markdown.js';
import { topicRows, type RenderedDocument } from './plain.js';
import type { DrawnCache } from '../io/drawn-cache.js';
import { INVISIBLE } from './inline.js';
import { SLOT, unitKey, variantOf, type StoredUnits } from './stored.js';

export interface PrettySettings {
  width: number;
  color: boolean;
  /** Clickable OSC 8 links. */
  links: boolean;
}


/** A value that draws as itself, so that it can go into a unit drawn with SLOT in its place. */
const INERT = /^[A-Za-z0-9 .()]+$/;

/** Text a terminal shows as it is: no control characters but colours and links (OSC 8). */
const safeText = (text: unknown): text is string => typeof text === 'string' && !/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/.test(text.replace(INVISIBLE, ''));

interface Found {
  unit: Unit;
  /** Drawn with SLOT in place of its value, which goes in after drawing. */
  templated: boolean;
  markdown: string;
  /** The build's drawing, if it has one. */
  text?: string;
}

/** A unit drawn, given its value and fitted to the width. */
async function drawn(f: Found, text: string, width: number, fitted: boolean): Promise<string> {
  const filled = f.templated && f.unit.value !== undefined ? text.replace(SLOT, f.unit.value) : text;
  // fitted already, unless given its value after fitting
  return fitted && f.unit.value === undefined ? filled : (await fitToWidth(filled, width)).slice(0, -1);
}

/**
 * Units the build has not drawn, drawn live and fitted; or as an earlier run left them
 * in the cache (keyed by a hash of the variant, width, markdown and values; anything
 * but safe text there is ignored).
 */
async function drawLive(missing: readonly Found[], settings: PrettySettings, cache: DrawnCache | undefined): Promise<string[]> {
  const key = cache && unitKey([variantOf(settings), settings.width, ...missing.map((f) => `${f.markdown}\u0000${f.unit.value ?? ''}`)].join('\u0001'));
  const cached = key ? cache.read(key) : undefined;
  if (Array.isArray(cached) && cached.length === missing.length && cached.every(safeText)) return cached;
  const { drawMarkdown } = await import('./draw.js');
  const out: string[] = [];
  for (const f of missing) out.push(await drawn(f, drawMarkdown(f.markdown, settings), settings.width, false));
  if (key) cache.write(key, out);
  return out;
}

/**
 * The units drawn and fitted to the width: from the build's units where it has them
 * (already fitted when it stored them at this width), drawn live (or as an earlier run
 * drew them) where it has not.
 */
export async function drawUnits(units: readonly Unit[], settings: PrettySettings, stored?: StoredUnits, cache?: DrawnCache): Promise<string[]> {
  // the printed checklist repeats units (a step under each symptom it helps): each hashed once
  const keys = new Map<string, string>();
  const keyOf = (markdown: string): string => keys.get(markdown) ?? keys.set(markdown, unitKey(markdown)).get(markdown)!;
  const found: Found[] = units.map((unit) => {
    const templated = unit.value === undefined || INERT.test(unit.value);
    const markdown = templated ? unit.markdown : unitMarkdown(unit);
    const key = stored && keyOf(markdown);
    const text = key ? stored.units.find((table) => Object.hasOwn(table, key))?.[key] : undefined;
    return { unit, templated, markdown, ...(text !== undefined && { text }) };
  });
  const missing = found.filter((f) => f.text === undefined);
  const live = missing.length ? await drawLive(missing, settings, cache) : [];
  const out: string[] = [];
  for (const f of found) out.push(f.text === undefined ? live[missing.indexOf(f)]! : await drawn(f, f.text, settings.width, stored?.width === settings.width));
  return out;
}

async function chalk(settings: PrettySettings): Promise<{ bold(s: string): string; dim(s: string): string }> {
  if (!settings.color) return { bold: (s) => s, dim: (s) => s };
  const { default: c } = await import('chalk');
  c.level = 1;
  return c;
}

async function styledText(doc: RenderedDocument, settings: PrettySettings): Promise<string | undefined> {
  switch (doc.kind) {
    case 'topics': {
      const style = await chalk(settings);
      return topicRows(doc).map((row, i) => row.replace(doc.topics[i]!.command, style.bold(doc.topics[i]!.command))).join('\n');
    }
    case 'search': {
      const style = await chalk(settings);
      return doc.results
        .map((h, i) => `${i + 1}. ${style.bold(`${oneLine(h.parentTitle)} > ${oneLine(h.title)}`)} (${hitPlatforms(h.platforms)})\n   ${h.snippet}\n   ${style.dim(h.command)}`)
        .join('\n\n');
    }
    case 'validation':
      return validationLines(doc).join('\n');
    default:
      return undefined;
  }
}

/** Renders a document for the terminal; `stored` holds the build's drawn units for it. */
export async function renderPretty(doc: RenderedDocument, settings: PrettySettings, stored?: StoredUnits, cache?: DrawnCache): Promise<string> {
  switch (doc.kind) {
    case 'checklist-end': {
      const [end] = await drawUnits([{ markdown: endMarkdown(doc) }], settings, stored, cache);
      return `${end}\n`;
    }
    case 'topic':
    case 'checklist':
    case 'checklist-page':
      return `${(await drawUnits(documentUnits(doc), settings, stored, cache)).join('\n\n')}\n`;
    default: {
      const text = await styledText(doc, settings);
      return text ? fitToWidth(text, settings.width) : '';
    }
  }
}
