/**
 * A strict reading of what a program wrote to a terminal: every escape sequence whole,
 * every OSC 8 link closed, no line wider than the terminal, no line shown twice in a
 * row. Returns the problems found, one line each.
 */

/** A colour or style (SGR), a cursor or mode change (CSI), or an OSC 8 link end, at the start of a string. */
const CSI = /^\u001b\[[0-9;?]*[\u0040-\u007e]/;
const OSC = /^\u001b\]([^\u0007\u001b]*)(?:\u0007|\u001b\\)/;
const SHORT = /^\u001b[78=>]/;

export interface Reading {
  problems: string[];
  /** The lines as shown, escape sequences removed. */
  lines: string[];
  /** How many OSC 8 links opened. */
  links: number;
  /** Whether any colour was used. */
  colour: boolean;
}

export function readTerminal(raw: string, columns: number): Reading {
  const problems: string[] = [];
  const text = raw.replace(/\r\n/g, '\n').replace(/\r/g, '\n');
  let shown = '';
  let openLink: string | undefined;
  let links = 0;
  let colour = false;
  for (let i = 0; i < text.length; ) {
    const rest = text.slice(i, i + 2100);
    if (text[i] !== '\u001b') {
      shown += text[i];
      i++;
      continue;
    }
    const csi = CSI.exec(rest);
    const osc = OSC.exec(rest);
    const short = SHORT.exec(rest);
    const match = csi ?? osc ?? short;
    if (!match) {
      problems.push(`an escape sequence cut short at byte ${i}: ${JSON.stringify(rest.slice(0, 12))}`);
      i++;
      continue;
    }
    if (csi && csi[0].endsWith('m')) colour ||= /\[(?:\d*;)*(?:3[0-9]|9[0-7]|1|3|4)(?:;|m)/.test(csi[0]);
    if (osc) {
      const body = osc[1]!;
      if (!body.startsWith('8;')) problems.push(`an OSC other than a link: ${JSON.stringify(body.slice(0, 20))}`);
      const url = body.replace(/^8;[^;]*;/, '');
      if (url) {
        if (openLink !== undefined) problems.push(`a link opened inside another: ${url}`);
        openLink = url;
        links++;
      } else if (openLink === undefined) problems.push(`a link closed that was not open at byte ${i}`);
      else openLink = undefined;
    }
    i += match[0].length;
  }
  if (openLink !== undefined) problems.push(`a link never closed: ${openLink}`);
  const lines = shown.split('\n');
  lines.forEach((line, n) => {
    const width = [...line].length;
    if (width > columns) problems.push(`line ${n + 1} is ${width} columns wide: ${JSON.stringify(line)}`);
    if (n > 0 && line.trim() !== '' && line === lines[n - 1]) problems.push(`line ${n + 1} repeats the line before it: ${JSON.stringify(line)}`);
  });
  // an address shown twice on one line, or on a line and the next (how a half-drawn link looks)
  const urls = lines.map((l): string[] => l.match(/https:\/\/[^\s)]+/g) ?? []);
  urls.forEach((here, n) => {
    for (const url of new Set(here)) {
      if (here.indexOf(url) !== here.lastIndexOf(url) || (urls[n + 1] ?? []).includes(url)) problems.push(`the address ${url} is shown twice at line ${n + 1}`);
    }
  });
  return { problems, lines, links, colour };
}
