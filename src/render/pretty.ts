/**
 * Pretty output for a terminal. Topics and the checklist are markdown drawn by
 * marked-terminal, unit by unit: the build draws every unit the built-in guide can
 * produce (dist/pretty/), so a unit is looked up first and drawn live only when it is
 * not there (custom data), with the same result. Lists (topics, search) are styled
 * text. Everything is then fitted to the terminal's width.
 */
import type { Document } from '../view/model.js';
import { fitToWidth } from './fit.js';
import { hitPlatforms, oneLine, validationLines } from './inline.js';
import { documentUnits, endMarkdown, sessionMarkdown, SLOT, unitMarkdown, type Unit } from './markdown.js';
import { topicRows } from './plain.js';

export interface PrettySettings {
  width: number;
  color: boolean;
  /** Clickable OSC 8 links. */
  links: boolean;
}

/** Units drawn by the build: markdown -> [no colour, colour, colour with links (when it differs)]. */
export type DrawnUnits = Readonly<Record<string, readonly string[]>>;

const variant = (s: PrettySettings): number => (s.color ? (s.links ? 2 : 1) : 0);

/** A value that draws as itself, so that it can go into a unit drawn with SLOT in its place. */
const INERT = /^[A-Za-z0-9 .()]+$/;

/** The units drawn, from the build's table where it has them. */
export async function drawUnits(units: readonly Unit[], settings: PrettySettings, stored: DrawnUnits = {}): Promise<string[]> {
  let draw: typeof import('./draw.js').drawMarkdown | undefined;
  const out: string[] = [];
  for (const unit of units) {
    const templated = unit.value === undefined || INERT.test(unit.value);
    const markdown = templated ? unit.markdown : unitMarkdown(unit);
    const found = Object.hasOwn(stored, markdown) ? stored[markdown]! : undefined;
    const v = variant(settings);
    // the linked variant is stored only where it differs from the coloured one
    let text = found?.[v] ?? (v === 2 ? found?.[1] : undefined);
    if (text === undefined) {
      draw ??= (await import('./draw.js')).drawMarkdown;
      text = draw(markdown, settings);
    }
    out.push(templated && unit.value !== undefined ? text.replace(SLOT, unit.value) : text);
  }
  return out;
}

async function chalk(settings: PrettySettings): Promise<{ bold(s: string): string; dim(s: string): string }> {
  if (!settings.color) return { bold: (s) => s, dim: (s) => s };
  const { default: c } = await import('chalk');
  c.level = 1;
  return c;
}

async function styledText(doc: Document, settings: PrettySettings): Promise<string | undefined> {
  switch (doc.kind) {
    case 'topics': {
      const style = await chalk(settings);
      return topicRows(doc).map((row, i) => row.replace(doc.topics[i]!.command, style.bold(doc.topics[i]!.command))).join('\n');
    }
    case 'search': {
      if (!doc.results.length) return '';
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
export async function renderPretty(doc: Document, settings: PrettySettings, stored?: DrawnUnits): Promise<string> {
  switch (doc.kind) {
    case 'text':
      return doc.text;
    case 'session':
      return sessionMarkdown(doc); // printed as markdown source, to paste into a ticket
    case 'checklist-end':
      return fitToWidth((await drawUnits([{ markdown: endMarkdown(doc) }], settings, stored)).join(''), settings.width);
    case 'topic':
    case 'checklist':
    case 'checklist-page':
      return fitToWidth((await drawUnits(documentUnits(doc), settings, stored)).join('\n\n'), settings.width);
    default: {
      const text = await styledText(doc, settings);
      return text ? fitToWidth(text, settings.width) : '';
    }
  }
}
