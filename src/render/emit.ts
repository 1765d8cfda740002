/**
 * The one way out: every command's answer is written here, in the chosen format, with
 * its messages on stderr. Long output on a terminal goes through the pager. Adding an
 * output format is adding it to FORMATS and RENDERERS.
 */
import type { Platform } from '../guide/platforms.js';
import type { DrawnCache } from '../io/drawn-cache.js';
import type { IO } from '../io/io.js';
import type { Products } from '../io/products.js';
import type { Document } from '../view/model.js';
import { INVISIBLE } from './inline.js';
import { renderJson } from './json.js';
import { renderPlain, type PrintedDocument, type RenderedDocument } from './plain.js';
import type { PrettySettings } from './pretty.js';
import { answerFor, atVersionProduct, FITTED_WIDTHS, jsonAnswerFor, readAtVersion, storedName, variantOf, type AtVersion, type AtVersionAnswers, type StoredUnits } from './stored.js';

export const FORMATS = ['pretty', 'plain', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputSettings extends PrettySettings {
  format: Format;
  /** Long output on a terminal may go through the pager. */
  pager: boolean;
}

/** A command's answer: the document for stdout, what to say on stderr, and an error to end with. */
export interface Reply {
  /**
   * A name under which the build may have rendered this very answer for the built-in
   * guide (dist/whole/), in each format or, for text, once; then `document` (a getter)
   * need not even be made.
   */
  stored?: {
    name: string;
    text?: true;
    /**
     * Platforms at a version: the answers stored for their classes of versions
     * (src/commands/at-version.ts), one a platform, in every format.
     */
    atVersion?: readonly AtVersion[];
  };
  document?: Document;
  messages?: readonly string[];
  /** Reported (and its exit status used) once the document is out, so that nothing is lost. */
  error?: Error;
}

/** The topic or checklist a drawn document shows, and for which platforms: where its units are stored. */
function storedFor(doc: Document): { name: string; platforms: Platform[] } | undefined {
  switch (doc.kind) {
    case 'topic':
      return { name: `topic-${doc.id}`, platforms: doc.platforms.map((p) => p.platform) };
    case 'checklist':
      return { name: 'checklist', platforms: [...new Set(doc.symptoms.flatMap((s) => s.platforms.map((p) => p.platform)))] };
    case 'checklist-page':
    case 'checklist-end':
      return { name: 'checklist', platforms: [doc.platform] };
    default:
      return undefined;
  }
}

/**
 * The build's drawn units for a document, per platform it shows, in the settings'
 * variant: fitted to the width where the build stored them so, else as drawn.
 */
function storedUnits(doc: Document, settings: OutputSettings, products: Products | undefined): StoredUnits | undefined {
  const stored = storedFor(doc);
  if (!stored || !products) return undefined;
  const width = FITTED_WIDTHS.includes(settings.width) ? settings.width : undefined;
  const tables = stored.platforms.map((p) => products.read<StoredUnits['units'][number]>(storedName(stored.name, p, variantOf(settings), width)));
  return { units: tables.filter((t) => t !== undefined), ...(width && { width }) };
}

/** Where drawn text can be found instead of drawing it: the build's units, earlier runs' drawing. */
export interface Drawn {
  products?: Products;
  cache?: DrawnCache;
}

type Renderer = (doc: PrintedDocument, settings: OutputSettings, drawn: Drawn) => string | Promise<string>;

/** Pretty output; markdown and pretty are loaded only when asked for, so the plain and json paths stay small. */
async function pretty(doc: RenderedDocument, settings: OutputSettings, { products, cache }: Drawn): Promise<string> {
  const { renderPretty } = await import('./present.js');
  return renderPretty(doc, settings, storedUnits(doc, settings, products), cache);
}

const RENDERERS: Record<Format, Renderer> = {
  plain: (doc) => renderPlain(doc),
  markdown: async (doc) => (await import('./present.js')).renderMarkdown(doc),
  json: (doc) => renderJson(doc),
  pretty,
};

/**
 * Renders a document as a format asks; text, and the session report (markdown for a
 * ticket), are what they are. The interactive checklist's pages are pretty: it runs
 * only where that is the format (on a terminal, none asked for).
 */
export async function render(doc: Document, settings: OutputSettings, drawn: Drawn = {}): Promise<string> {
  switch (doc.kind) {
    case 'text':
      return doc.text;
    case 'session':
      return (await import('./present.js')).sessionMarkdown(doc);
    case 'checklist-page':
    case 'checklist-end':
      return pretty(doc, settings, drawn);
    default:
      return RENDERERS[settings.format](doc, settings, drawn);
  }
}

/** Whether text is longer than the terminal is high (an unknown height never pages). */
const tooLong = (text: string, rows: number | undefined): boolean => rows !== undefined && rows > 0 && text.split('\n').length > rows;

/** The end of a stored answer's name for the format, variant and width asked; none at other widths. */
function formatName(settings: OutputSettings): string | undefined {
  return settings.format !== 'pretty' ? settings.format : FITTED_WIDTHS.includes(settings.width) ? `pretty.${variantOf(settings)}.w${settings.width}` : undefined;
}

/** The stored answer a reply names, if the build stored it. */
function storedAnswer(stored: NonNullable<Reply['stored']>, settings: OutputSettings, products: Products | undefined): string | undefined {
  if (!products) return undefined;
  if (stored.text) return products.read<string>(`whole/${stored.name}`);
  const format = formatName(settings);
  if (!format) return undefined;
  if (!stored.atVersion) return products.read<string>(`whole/${stored.name}.${format}`);
  const found: { table: AtVersionAnswers; want: AtVersion }[] = [];
  for (const want of stored.atVersion) {
    const table = products.parsed(atVersionProduct(want.group, format), readAtVersion);
    if (!table) return undefined;
    found.push({ table, want });
  }
  return settings.format === 'json' ? jsonAnswerFor(found) : answerFor(found, settings.format === 'pretty' ? settings.width : undefined);
}

/** Writes a reply: the document to stdout (paged when long, on a terminal), the messages to stderr. */
export async function emit(reply: Reply, settings: OutputSettings, io: IO, products?: Products): Promise<void> {
  const whole = reply.stored && storedAnswer(reply.stored, settings, products);
  const document = whole === undefined ? reply.document : undefined;
  if (whole !== undefined || document) {
    const text = whole ?? (await render(document!, settings, { ...(products && { products }), cache: io.drawn }));
    // a pager may not know OSC 8 links: they go as their text
    const paged = text && settings.pager && io.out.isTTY && tooLong(text, io.out.rows) && (await io.page(settings.links ? text.replace(INVISIBLE, (c) => (c.startsWith('\u001b]') ? '' : c)) : text));
    if (!paged) io.out.write(text);
  }
  for (const message of reply.messages ?? []) io.err.write(`${message}\n`);
}
