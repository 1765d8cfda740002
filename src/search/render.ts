/** Search results in each output format: each hit with where it is, a snippet and its command. */
import { PLATFORM_LABEL } from '../guide/platforms.js';
import { toJson } from '../render/json.js';
import type { Hit } from './search.js';

const where = (hit: Hit): string => `${hit.doc.parentTitle} > ${hit.doc.title}`;
const platforms = (hit: Hit): string => hit.doc.platforms.map((p) => PLATFORM_LABEL[p]).join(', ');

export function searchPlain(hits: readonly Hit[]): string {
  return hits.map((h, i) => `${i + 1}. ${where(h)} (${platforms(h)})\n   ${h.snippet}\n   ${h.doc.command}\n`).join('\n');
}

export function searchMarkdown(query: string, hits: readonly Hit[]): string {
  const items = hits.map((h, i) => `${i + 1}. **${where(h)}** (${platforms(h)})\\\n   ${h.snippet}\\\n   \`${h.doc.command}\``);
  return `# Search: ${query}\n\n${items.join('\n')}\n`;
}

export function searchJson(query: string, hits: readonly Hit[]): string {
  return toJson({
    kind: 'search',
    query,
    results: hits.map((h) => ({
      kind: h.doc.kind,
      ...h.doc.ref,
      title: h.doc.title,
      parentTitle: h.doc.parentTitle,
      snippet: h.snippet,
      platforms: h.doc.platforms,
      score: Math.round(h.score * 1000) / 1000,
      command: h.doc.command,
    })),
  });
}
