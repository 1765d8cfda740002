/**
 * Markdown and pretty output together: one bundle of their own, loaded only when one
 * of them is asked for (src/render/emit.ts), so the plain and json paths stay small.
 */
export { renderMarkdown, sessionMarkdown } from './markdown.js';
export { renderPretty } from './pretty.js';
