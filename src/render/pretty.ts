/**
 * Pretty output: the markdown rendering drawn for a terminal by marked-terminal, then
 * wrapped to the terminal width. Imported only on the pretty path: marked-terminal
 * pulls in highlight.js and friends, too heavy for plain and json start-up.
 */
import chalk from 'chalk';
import { Marked } from 'marked';
import { markedTerminal } from 'marked-terminal';
import { wrapAnsi } from 'fast-wrap-ansi';

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

const ANSI = /\u001b\[[0-9;]*m/g;
/** Leading spaces plus a list marker ("   1. ", "   * "): where wrapped lines continue. */
const HANGING = /^( *(?:\d+\.|\*) )?/;

const LINE_BREAK = / *((?:\u001b\[[0-9;]*m)*)\n */g;
const TRAILING_SPACE = / +((?:\u001b\[[0-9;]*m)*)$/;

/** Wraps one long line at `width`, continuing a list item under its text. */
function wrapLine(line: string, width: number): string {
  const plain = line.replace(ANSI, '');
  if (plain.length <= width) return line;
  const indent = Math.min((HANGING.exec(plain)?.[0] ?? '').length, width - 10);
  const wrapped = wrapAnsi(line, width, { hard: true, trim: false });
  const cut = wrapped.indexOf('\n');
  const rest = wrapAnsi(wrapped.slice(cut + 1).replace(LINE_BREAK, '$1 '), width - indent, { hard: true });
  const pad = ' '.repeat(indent);
  const first = wrapped.slice(0, cut).replace(TRAILING_SPACE, '$1');
  return [first, ...rest.split('\n').map((l) => pad + l)].join('\n');
}

/** Renders markdown source for a terminal. */
export function renderPretty(markdown: string, options: PrettyOptions): string {
  // marked-terminal shares this chalk instance: its styles follow the level set here,
  // whatever chalk detected at import (we decide colour, not chalk).
  chalk.level = options.color ? (Math.max(chalk.level, 1) as 1 | 2 | 3) : 0;
  const marked = new Marked(
    markedTerminal({ ...styles(options.color), width: options.width, showSectionPrefix: false, emoji: false, tab: 3 }) as never,
    inlineInListItems as never,
  );
  const out = marked.parse(markdown, { async: false }) as string;
  return `${out.split('\n').map((l) => wrapLine(l, options.width)).join('\n').replace(/\s+$/, '')}\n`;
}
