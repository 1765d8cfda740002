/**
 * Fits drawn terminal text to a width: long lines wrap (escape sequences kept intact),
 * and list items continue under their text, not under their number.
 */
import { wrapAnsi } from 'fast-wrap-ansi';

const ANSI = /\u001b\[[0-9;]*m/g;
/** Leading spaces and a list marker, if any ("   1. ", "   * ", "      "): where wrapped lines continue. */
const HANGING = /^ *(?:(?:\d+\.|\*) )?/;

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

/** Every line of drawn text fitted to `width`; trailing blank lines dropped. */
export function fitToWidth(drawn: string, width: number): string {
  return `${drawn.split('\n').map((l) => wrapLine(l, width)).join('\n').replace(/\s+$/, '')}\n`;
}
