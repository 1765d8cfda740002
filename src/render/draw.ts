/**
 * Markdown drawn for a terminal by marked-terminal, not yet fitted to a width. The
 * result depends on the markdown, colour and links only (marked-terminal's own reflow
 * is off), which is what lets the build draw the built-in guide's units ahead of time.
 * Loaded only when a unit must be drawn live: marked costs about as much start-up time
 * as Node itself.
 */
import chalk from 'chalk';
import { Marked, type Tokens } from 'marked';
import { markedTerminal } from 'marked-terminal';

export interface DrawOptions {
  color: boolean;
  /** Clickable OSC 8 links (only with colour, on a terminal that supports them). */
  links: boolean;
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
    blockquote: chalk.gray.italic,
    link: chalk.blue,
    href: chalk.blue.underline,
  };
}

/** An OSC 8 hyperlink: the terminal shows `text` and opens `url`. */
export const hyperlink = (url: string, text: string): string => `\u001b]8;;${url}\u0007${text}\u001b]8;;\u0007`;

type Parser = { parser: { parseInline(tokens: unknown[]): string } };

/**
 * Our renderers over marked-terminal's: inline markdown inside list items parsed
 * (mikaelbr/marked-terminal#304, #371), and links drawn once, as a clickable link
 * where asked or as the text and its address, never both.
 */
function extension(options: DrawOptions, style: Record<string, (s: string) => string>) {
  const href = style.href ?? identity;
  return {
    renderer: {
      text(this: Parser, token: { tokens?: unknown[] }) {
        return token.tokens ? this.parser.parseInline(token.tokens) : false;
      },
      link(this: Parser, token: Tokens.Link) {
        const text = this.parser.parseInline(token.tokens);
        const url = token.href;
        if (options.links) return hyperlink(url, href(text));
        // an autolink or a link whose text is its address: the address once
        return token.text === url ? href(url) : `${text} (${href(url)})`;
      },
    },
  };
}

/** Draws markdown; trailing blank lines are dropped. */
export function drawMarkdown(markdown: string, options: DrawOptions): string {
  // marked-terminal shares this chalk instance: its styles follow the level set here,
  // whatever chalk detected at import (we decide colour, not chalk).
  chalk.level = options.color ? 1 : 0;
  const style = styles(options.color);
  const marked = new Marked(markedTerminal({ ...style, showSectionPrefix: false, emoji: false, tab: 3, reflowText: false }) as never, extension(options, style) as never);
  return (marked.parse(markdown, { async: false }) as string).replace(/\s+$/, '');
}
