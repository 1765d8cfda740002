/**
 * Fits drawn terminal text to a width: long lines wrap, escape sequences stay whole
 * (colours and OSC 8 links are closed at the end of a line and opened again on the
 * next), and a list item or an indented line continues under its own text. Only the
 * characters a terminal shows count toward the width: never the address inside a link.
 */
import { INVISIBLE } from './inline.js';


/** Spaces at the end of a line, before any closing escape sequences. */
const TRAILING_SPACE = new RegExp(` +((?:${INVISIBLE.source})*)$`);

/** Leading spaces and a list marker, if any ("   1. ", "   * ", "      "): where wrapped lines continue. */
const HANGING = /^ *(?:(?:\d+\.|[*•-]) )?/;

/** What a terminal shows of a line. */
export const visible = (line: string): string => line.replace(INVISIBLE, '');

/** Characters that may take two columns (CJK, emoji): their lines are measured by the wrapping library. */
const WIDE = /[\u1100-\uffff\ud800-\udfff]/;

/** Whether a line certainly fits `width` columns, without loading the wrapping code. */
const fits = (shown: string, width: number): boolean => !WIDE.test(shown) && shown.length <= width;

/** The raw text of a line split after its first `columns` shown characters (all ASCII: spaces and a marker). */
function splitShown(line: string, columns: number): [string, string] {
  let shown = 0;
  let i = 0;
  while (i < line.length && shown < columns) {
    INVISIBLE.lastIndex = i;
    const code = line[i] === '\u001b' ? INVISIBLE.exec(line) : null;
    if (code && code.index === i) i += code[0].length;
    else {
      i++;
      shown++;
    }
  }
  return [line.slice(0, i), line.slice(i)];
}

type Wrap = (text: string, columns: number, options: { hard: boolean; trim: boolean }) => string;

function wrapLine(line: string, width: number, wrap: Wrap): string {
  const shown = visible(line);
  if (fits(shown, width)) return line;
  const indent = Math.min((HANGING.exec(shown)?.[0] ?? '').length, Math.max(0, width - 10));
  const [head, body] = splitShown(line, indent);
  const pad = ' '.repeat(indent);
  const wrapped = wrap(body, width - indent, { hard: true, trim: true }).split('\n');
  return wrapped.map((part, i) => `${i === 0 ? head : pad}${part}`.replace(TRAILING_SPACE, '$1')).join('\n');
}

/** Every line of drawn text fitted to `width`; trailing blank lines dropped. */
export async function fitToWidth(drawn: string, width: number): Promise<string> {
  const lines = drawn.replace(/\s+$/, '').split('\n');
  let wrap: Wrap | undefined;
  const out: string[] = [];
  for (const line of lines) {
    if (fits(visible(line), width)) out.push(line);
    else {
      wrap ??= (await import('fast-wrap-ansi')).wrapAnsi as Wrap;
      out.push(wrapLine(line, width, wrap));
    }
  }
  return `${out.join('\n')}\n`;
}
