/**
 * Inline text shared by the renderers: plain text from the small inline markdown subset
 * guide text uses, markdown made safe for the tickets and wikis it is pasted into, and
 * how a step's menu path, keys and marks join its text.
 *
 * Step texts and notes are inline markdown; titles, summaries, menu items, keys and
 * notices are plain text.
 */
import { PLATFORM_LABEL, type Platform } from '../guide/platforms.js';
import { plural } from '../util/plural.js';
import { stepCounter } from '../view/checklist.js';
import type { StepView, ValidationView } from '../view/model.js';

/** A colour (SGR) or a hyperlink (OSC 8, ended by BEL or ST): shown as nothing. */
export const INVISIBLE = /\u001b\[[0-9;]*m|\u001b\]8;[^\u0007\u001b]*(?:\u0007|\u001b\\)/g;

/** Characters that start inline markup: code, a link, emphasis, an escape. */
const MARKUP = /[`[*_\\]/;

/** Line breaks inside one field: a step is one line in every format. */
export const oneLine = (text: string): string => (text.includes('\n') ? text.replace(/\s*\n\s*/g, ' ') : text);

/** Inline markdown to plain text: `code` -> code, [t](u) -> t (u), **b** -> b, \* -> *. */
export function toPlain(markdown: string): string {
  const text = oneLine(markdown);
  // Most text has no markup; skipping the regular expressions then saves compiling them.
  if (!MARKUP.test(text)) return text;
  const code: string[] = [];
  return text
    .replace(/`([^`]*)`/g, (_, c: string) => `\u0000${code.push(c) - 1}\u0000`)
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, t: string, u: string) => (t === u ? u : `${t} (${u})`))
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])([*_])(?=\S)(.+?)(?<=\S)\2(?![\w*])/g, '$1$3')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>|~])/g, '$1')
    .replace(/\u0000(\d+)\u0000/g, (_, i: string) => code[Number(i)]!);
}

/** What would start a heading, a quote, a list or a rule at the start of a line. */
const BLOCK_START = /^(?:([#>+=|-])|(\d+)([.)]))/;
/** "\#" for a marker character; "1\." for an ordered list's number (a backslash before a digit would show). */
const blockEscape = (_: string, mark?: string, number?: string, dot?: string): string => (mark ? `\\${mark}` : `${number}\\${dot}`);

/** Plain text as markdown that shows exactly that text: every markup character escaped, < as an entity. */
export function escapeMarkdown(text: string): string {
  return oneLine(text)
    .replace(/&(?=#?[A-Za-z0-9]+;)/g, '&amp;')
    .replace(/[\\`*_[\]>|~]/g, '\\$&')
    .replace(/</g, '&lt;')
    .replace(BLOCK_START, blockEscape);
}

/**
 * Inline markdown from the data, made inert where it could do more than format text
 * in a ticket or wiki: raw HTML and autolinks that are not https are escaped, links
 * that are not https, images and reference links lose their markup, and whatever would
 * start a block (a heading, a quote, a list, a rule, a code fence or indented code) is
 * escaped or trimmed. Code spans are left as written.
 */
export function safeInline(markdown: string): string {
  const parts = oneLine(markdown).trimStart().split(/(`+[^`]*`+)/);
  const safe = parts.map((part, i) => {
    if (i % 2 === 1) return part;
    return part
      // kept: an autolink to an https address as the schema admits them; any other < as
      // an entity (a backslash could be taken into a bare address that a wiki makes a link)
      .replace(/<(?!https:\/\/[^\s<>"'`\\]+>)/g, '&lt;')
      .replace(/!\[/g, '!\\[')
      .replace(/\[([^\]]*)\]\((?!https:\/\/)/g, '\\[$1\\](')
      // a reference ("[a][b]") or the definition of one ("[a]: https://...")
      .replace(/\[([^\]]*)\](?=[:[])/g, '\\[$1\\]');
  });
  return safe
    .join('')
    .replace(BLOCK_START, blockEscape)
    .replace(/^(?=`{3,}|~{3,}|\*\s|\*{3,}|_{3,})/, '\\');
}

/** How one step reads: its text, then ": menu > path" and ": key + key". */
export function stepLine(step: Pick<StepView, 'text' | 'menu' | 'keys'>, item: (part: string) => string, text = (t: string) => t): string {
  let line = text(step.text);
  const tail: string[] = [];
  if (step.menu) tail.push(step.menu.map(item).join(' > '));
  if (step.keys) tail.push(step.keys.map(item).join(' + '));
  if (tail.length) line += `${/[:]\s*$/.test(step.text) ? ' ' : ': '}${tail.join('; ')}`;
  return line;
}

/** " (unverified)", " (unverified; carried over from iOS 26; not yet confirmed on iOS 27)", or nothing. */
export function markText(step: Pick<StepView, 'marks'>): string {
  return step.marks.length ? `(${step.marks.join('; ')})` : '';
}

/** "Step 2 of 6: Restart the device". */
export const stepHeading = (n: number, of: number, title: string): string => `${stepCounter(n, of)}: ${oneLine(title)}`;

/** "iPhone, Mac". */
export const hitPlatforms = (platforms: readonly Platform[]): string => platforms.map((p) => PLATFORM_LABEL[p]).join(', ');

/** Every problem found, one a line; or one line that all is well. */
export function validationLines(view: ValidationView): string[] {
  const problems = view.directories.flatMap((d) => d.problems.map(oneLine));
  if (problems.length) return problems;
  const topics = view.directories.reduce((n, d) => n + d.topics, 0);
  const checklists = view.directories.reduce((n, d) => n + d.checklists, 0);
  const where = view.directories.length === 1 ? view.directories[0]!.dir : `${view.directories.length} directories`;
  return [`OK: ${plural(topics, 'topic')} and ${plural(checklists, 'checklist')} in ${oneLine(where)}`];
}

