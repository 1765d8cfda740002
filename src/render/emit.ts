/**
 * The one way out: every command's answer is written here, in the chosen format, with
 * its messages on stderr. Long output on a terminal goes through the pager. Adding an
 * output format is adding it to FORMATS and RENDERERS.
 */
import type { IO } from '../io/io.js';
import type { Products } from '../io/products.js';
import type { Document } from '../view/model.js';
import { INVISIBLE } from './fit.js';
import { renderJson, type JsonDocument } from './json.js';
import { renderMarkdown } from './markdown.js';
import { renderPlain } from './plain.js';
import type { DrawnUnits, PrettySettings } from './pretty.js';

export const FORMATS = ['pretty', 'plain', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

export interface OutputSettings extends PrettySettings {
  format: Format;
  /** Long output on a terminal may go through the pager. */
  pager: boolean;
}

/** A command's answer: the document for stdout, what to say on stderr, and an error to end with. */
export interface Reply {
  document?: Document;
  messages?: readonly string[];
  /** Reported (and its exit status used) once the document is out, so that nothing is lost. */
  error?: Error;
}

const JSON_KINDS = new Set<Document['kind']>(['topic', 'checklist', 'topics', 'search', 'validation']);

/** The build's drawn units for a document, by the topic or checklist it shows. */
function storedUnits(doc: Document, products: Products | undefined): DrawnUnits | undefined {
  const name = doc.kind === 'topic' ? `topic-${doc.id}` : doc.kind.startsWith('checklist') ? 'checklist' : undefined;
  return name ? products?.read<DrawnUnits>(`pretty/${name}`) : undefined;
}

type Renderer = (doc: Document, settings: OutputSettings, products?: Products) => string | Promise<string>;

const RENDERERS: Record<Format, Renderer> = {
  plain: (doc) => renderPlain(doc),
  markdown: (doc) => renderMarkdown(doc),
  // the interactive pages never ask for JSON; their markdown is the nearest thing
  json: (doc) => (JSON_KINDS.has(doc.kind) ? renderJson(doc as JsonDocument) : renderMarkdown(doc)),
  pretty: async (doc, settings, products) => {
    const { renderPretty } = await import('./pretty.js');
    return renderPretty(doc, settings, storedUnits(doc, products));
  },
};

/** Renders a document as a format asks. */
export function render(doc: Document, settings: OutputSettings, products?: Products): string | Promise<string> {
  return doc.kind === 'text' ? doc.text : RENDERERS[settings.format](doc, settings, products);
}

/** Whether text is longer than the terminal is high (an unknown height never pages). */
const tooLong = (text: string, rows: number | undefined): boolean => rows !== undefined && rows > 0 && text.split('\n').length > rows;

/** Writes a reply: the document to stdout (paged when long, on a terminal), the messages to stderr. */
export async function emit(reply: Reply, settings: OutputSettings, io: IO, products?: Products): Promise<void> {
  if (reply.document) {
    const text = await render(reply.document, settings, products);
    // a pager may not know OSC 8 links: they go as their text
    const paged = text && settings.pager && io.out.isTTY && tooLong(text, io.out.rows) && (await io.page(settings.links ? text.replace(INVISIBLE, (c) => (c.startsWith('\u001b]') ? '' : c)) : text));
    if (!paged) io.out.write(text);
  }
  for (const message of reply.messages ?? []) io.err.write(`${message}\n`);
}
