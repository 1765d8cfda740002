/** Picks the renderer for a format; the pretty one is imported only when used. */
import type { OutputSettings } from '../commands/options.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { TopicView } from './model.js';
import { renderPlain } from './plain.js';

export async function renderTopic(view: TopicView, settings: OutputSettings): Promise<string> {
  switch (settings.format) {
    case 'json':
      return renderJson(view);
    case 'plain':
      return renderPlain(view);
    case 'markdown':
      return renderMarkdown(view);
    case 'pretty': {
      const { renderPretty } = await import('./pretty.js');
      return renderPretty(renderMarkdown(view), settings);
    }
  }
}
