/**
 * Picks the renderer for a format. Pretty output uses a view drawn at build time when
 * there is one; the live drawing code is imported only when there is not.
 */
import type { OutputSettings } from '../commands/options.js';
import { renderJson } from './json.js';
import { renderMarkdown } from './markdown.js';
import type { TopicView } from './model.js';
import { renderPlain } from './plain.js';
import { findDrawn, type PrerenderedViews } from './prerendered.js';

export async function renderTopic(view: TopicView, settings: OutputSettings, prerendered?: PrerenderedViews): Promise<string> {
  switch (settings.format) {
    case 'json':
      return renderJson(view);
    case 'plain':
      return renderPlain(view);
    case 'markdown':
      return renderMarkdown(view);
    case 'pretty': {
      const markdown = renderMarkdown(view);
      const drawn = findDrawn(prerendered?.views, markdown, settings.color);
      if (drawn !== undefined && prerendered?.fitted) return drawn;
      if (drawn !== undefined) {
        const { fitToWidth } = await import('./fit.js');
        return fitToWidth(drawn, settings.width);
      }
      const { renderPretty } = await import('./pretty.js');
      return renderPretty(markdown, settings);
    }
  }
}
