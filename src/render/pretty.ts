/**
 * Pretty output: the markdown rendering drawn for a terminal by marked-terminal,
 * reflowed to the terminal width. Imported only on the pretty path: marked-terminal
 * pulls in highlight.js and friends, too heavy for plain and json start-up.
 */
import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';

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

/** Room taken by list numbering and indentation, so reflowed steps still fit. */
const LIST_INDENT = 6;

/**
 * marked-terminal leaves inline markdown inside tight list items unparsed
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

/** Renders markdown source for a terminal. */
export function renderPretty(markdown: string, options: PrettyOptions): string {
  // marked-terminal shares this chalk instance: its styles follow the level set here,
  // whatever chalk detected at import (we decide colour, not chalk).
  chalk.level = options.color ? Math.max(chalk.level, 1) as 1 | 2 | 3 : 0;
  const marked = new Marked(
    markedTerminal({
      ...styles(options.color),
      width: Math.max(20, options.width - LIST_INDENT),
      reflowText: true,
      showSectionPrefix: false,
      emoji: false,
      tab: 3,
    }) as never,
    inlineInListItems as never,
  );
  const out = marked.parse(markdown, { async: false }) as string;
  return `${out.replace(/\s+$/, '')}\n`;
}
