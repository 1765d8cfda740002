/**
 * Pretty output drawn at build time. Drawing markdown with marked and marked-terminal
 * costs about as much as starting Node itself, so the build draws the views asked for
 * most (each topic for all its platforms, and for each platform alone, at the newest
 * OS versions) and writes, per topic, markdown -> drawn text with and without colour:
 * dist/pretty/TOPIC.json as drawn, and TOPIC.w80.json and TOPIC.w100.json already
 * fitted to 80 and 100 columns (the usual terminal, and every terminal of 100 or more,
 * since output is capped at 100). A view found there is at most fitted to the
 * terminal's width; any other view (another version, custom data) is drawn live, with
 * the same result.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Topic } from '../guide/schema.js';
import { resolveSelections, viewTopic } from '../guide/select.js';
import { renderMarkdown } from './markdown.js';

/** Text with and without colour. */
export interface Drawn {
  color: string;
  plain: string;
}

/** Drawn views of one topic, by their markdown. */
export type Prerendered = Record<string, Drawn>;

/** The widths views are also stored fitted to. */
export const FITTED_WIDTHS = [80, 100] as const;

/** The file name of a topic's views, fitted to `width` or (without one) as drawn. */
export const prerenderedFile = (topicId: string, width?: number): string => `${topicId}${width ? `.w${width}` : ''}.json`;

/** Views of a topic drawn ahead of time, fitted to `width` when `fitted`. */
export interface PrerenderedViews {
  views: Prerendered;
  fitted: boolean;
}

/** Finds the views the build drew of a topic, for a width. */
export type PrerenderedLookup = (topicId: string, width: number) => PrerenderedViews | undefined;

/** Reads a topic's prerendered views when asked; a missing or unreadable file just means none. */
export function readPrerendered(dir: string): PrerenderedLookup {
  const read = (file: string): Prerendered | undefined => {
    try {
      return JSON.parse(readFileSync(join(dir, file), 'utf8')) as Prerendered;
    } catch {
      return undefined;
    }
  };
  return (topicId, width) => {
    const fitted = (FITTED_WIDTHS as readonly number[]).includes(width) ? read(prerenderedFile(topicId, width)) : undefined;
    if (fitted) return { views: fitted, fitted: true };
    const drawn = read(prerenderedFile(topicId));
    return drawn && { views: drawn, fitted: false };
  };
}

/** The drawn text for some markdown, when it was drawn ahead of time. */
export function findDrawn(views: Prerendered | undefined, markdown: string, color: boolean): string | undefined {
  if (!views || !Object.hasOwn(views, markdown)) return undefined;
  return views[markdown]![color ? 'color' : 'plain'];
}

/** Draws a topic's common views (used by the build): file name -> views. */
export function prerenderTopic(
  topic: Topic,
  draw: (markdown: string, color: boolean) => string,
  fit: (drawn: string, width: number) => string,
): Record<string, Prerendered> {
  const requests = [[], ...topic.platforms.map((p) => [p])].map((platforms) => ({ platforms }));
  const drawn: Prerendered = {};
  for (const request of requests) {
    const markdown = renderMarkdown(viewTopic(topic, resolveSelections(topic.platforms, request, topic.id)));
    drawn[markdown] = { color: draw(markdown, true), plain: draw(markdown, false) };
  }
  const files: Record<string, Prerendered> = { [prerenderedFile(topic.id)]: drawn };
  for (const width of FITTED_WIDTHS) {
    const entries = Object.entries(drawn).map(([md, d]) => [md, { color: fit(d.color, width), plain: fit(d.plain, width) }]);
    files[prerenderedFile(topic.id, width)] = Object.fromEntries(entries);
  }
  return files;
}
