/**
 * Inline markdown helpers shared by the renderers: plain text from the small inline
 * subset guide text uses (code, links, emphasis, escapes), and how a step's menu path
 * and keys join its text.
 */
import type { StepView } from './model.js';

/** Characters that start inline markup: code, a link, emphasis, an escape. */
const MARKUP = /[`[*_\\]/;

/** Inline markdown to plain text: `code` -> code, [t](u) -> t (u), **b** -> b, \* -> *. */
export function toPlain(markdown: string): string {
  // Most text has no markup; skipping the regular expressions then saves compiling them.
  if (!MARKUP.test(markdown)) return markdown;
  const code: string[] = [];
  return markdown
    .replace(/`([^`]*)`/g, (_, c: string) => `\u0000${code.push(c) - 1}\u0000`)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => code[Number(i)]!);
}

/** How one step reads: its text, then ": menu > path" and ": key + key". */
export function stepLine(step: StepView, item: (part: string) => string, text = (t: string) => t): string {
  let line = text(step.text);
  const tail: string[] = [];
  if (step.menu) tail.push(step.menu.map(item).join(' > '));
  if (step.keys) tail.push(step.keys.map(item).join(' + '));
  if (tail.length) line += `${/[:]\s*$/.test(step.text) ? ' ' : ': '}${tail.join('; ')}`;
  return line;
}

export const UNVERIFIED = 'unverified';
