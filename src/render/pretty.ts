/**
 * Pretty output: the markdown rendering drawn for a terminal by marked-terminal, then
 * wrapped to the terminal width. Imported only when a view must be drawn live:
 * marked and marked-terminal cost more start-up time than the rest of the CLI.
 */
import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { fitToWidth } from './fit.js';

export interface PrettyOptions {
  /** Columns to fit, already capped by the caller. */
  width: number;
  color: boolean;
}

const STYLE_KEYS = [
  'code', 'blockquote', 'html', 'heading', 'firstHeading', 'hr', 'listitem', 'table',
  'paragraph', 'strong', 'em', 'codespan', 'del', 'link', 'href',
] as const;

const identity = (s: string): string => s;

function styles(color: boolean): Record<string, (s: string) => string> {
  if (!color) return Object.fromEntries(STYLE_KEYS.map((k) => [k, identity]));
  return {
    firstHeading: chalk.bold.underline,
    heading: chalk.cyan.bold,
    strong: chalk.bold.yellow,
    em: chalk.magenta,
    link: chalk.blue,
    href: chalk.blue.underline,
  };
}

/**
 * marked-terminal leaves inline markdown inside list items unparsed
 * (mikaelbr/marked-terminal#304, #371); this parses it, and defers to
 * marked-terminal for plain text.
 */
const inlineInListItems = {
  renderer: {
    text(this: { parser: { parseInline(tokens: unknown[]): string } }, token: { tokens?: unknown[] }) {
      return token.tokens ? this.parser.parseInline(token.tokens) : false;
    },
  },
};

/**
 * Markdown drawn by marked-terminal, not yet fitted to a width. It depends on the
 * markdown and the colour switch only (marked-terminal's own reflow is off), which is
 * what lets the build draw common views ahead of time (see prerendered.ts).
 */
export function drawMarkdown(markdown: string, color: boolean): string {
  // marked-terminal shares this chalk instance: its styles follow the level set here,
  // whatever chalk detected at import (we decide colour, not chalk).
  chalk.level = color ? (Math.max(chalk.level, 1) as 1 | 2 | 3) : 0;
  const marked = new Marked(
    markedTerminal({ ...styles(color), showSectionPrefix: false, emoji: false, tab: 3 }) as never,
    inlineInListItems as never,
  );
  return marked.parse(markdown, { async: false }) as string;
}

/** Renders markdown source for a terminal. */
export function renderPretty(markdown: string, options: PrettyOptions): string {
  return fitToWidth(drawMarkdown(markdown, options.color), options.width);
}
