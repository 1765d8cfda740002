/**
 * Pretty output for a terminal. Topics and the checklist are markdown drawn by
 * marked-terminal, unit by unit: the build draws every unit the built-in guide can
 * produce (dist/pretty/), so a unit is looked up first and drawn live only when it is
 * not there (custom data), with the same result. Lists (topics, search) are styled
 * text. Everything is then fitted to the terminal's width.
 */
import { fitToWidth } from './fit.js';
import { hitPlatforms, oneLine, validationLines } from './inline.js';
import { documentUnits, endMarkdown, SLOT, unitMarkdown, type Unit } from './markdown.js';
import { topicRows, type RenderedDocument } from './plain.js';
import { unitKey, type StoredUnits } from './stored.js';

export interface PrettySettings {
  width: number;
  color: boolean;
  /** Clickable OSC 8 links. */
  links: boolean;
}


/** A value that draws as itself, so that it can go into a unit drawn with SLOT in its place. */
const INERT = /^[A-Za-z0-9 .()]+$/;

/**
 * The units drawn and fitted to the width: from the build's units where it has them
 * (already fitted when it stored them at this width), drawn live where it has not.
 */
export async function drawUnits(units: readonly Unit[], settings: PrettySettings, stored?: StoredUnits): Promise<string[]> {
  let draw: typeof import('./draw.js').drawMarkdown | undefined;
  const fitted = stored?.width === settings.width;
  const out: string[] = [];
  for (const unit of units) {
    const templated = unit.value === undefined || INERT.test(unit.value);
    const markdown = templated ? unit.markdown : unitMarkdown(unit);
    const key = stored && unitKey(markdown);
    let text = key ? stored.units.find((table) => Object.hasOwn(table, key))?.[key] : undefined;
    const found = text !== undefined;
    if (!found) {
      draw ??= (await import('./draw.js')).drawMarkdown;
      text = draw(markdown, settings);
    }
    if (templated && unit.value !== undefined) text = text!.replace(SLOT, unit.value);
    // fitted already, unless drawn live or given its value after fitting
    out.push(found && fitted && unit.value === undefined ? text! : (await fitToWidth(text!, settings.width)).slice(0, -1));
  }
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
export async function renderPretty(doc: RenderedDocument, settings: PrettySettings, stored?: StoredUnits): Promise<string> {
  switch (doc.kind) {
    case 'checklist-end':
      return `${(await drawUnits([{ markdown: endMarkdown(doc) }], settings, stored)).join('')}\n`;
    case 'topic':
    case 'checklist':
    case 'checklist-page':
      return `${(await drawUnits(documentUnits(doc), settings, stored)).join('\n\n')}\n`;
    default: {
      const text = await styledText(doc, settings);
      return text ? fitToWidth(text, settings.width) : '';
    }
  }
}
