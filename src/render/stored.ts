/**
 * What the build stored of pretty output and whole answers, and how a run finds it: the
 * drawn units (dist/pretty/), one file per topic or checklist and platform, per variant,
 * as drawn and fitted to each width in FITTED_WIDTHS (emit.ts picks the files, pretty.ts
 * looks units up in them); and the answers for one platform at any version
 * (dist/whole/*.at-version.*), with SLOT for the platform's heading (and in json, OS_SLOT
 * for its OS), of which the answer for several platforms is made (answerFor, jsonAnswerFor).
 */
import type { Platform } from '../guide/platforms.js';
import { hashBytes } from '../util/hash.js';
import type { OsView } from '../view/model.js';
import { INVISIBLE } from './inline.js';

/**
 * Stands for the varying part of a unit (the version in a heading) until after drawing,
 * and for a platform's heading in an answer stored for a class of versions.
 */
export const SLOT = 'FTHSLOT';
/** Stands for the platform's `os` object in a json answer stored for a class of versions: the versions of a class tell it apart. */
export const OS_SLOT = 'FTHOS';

/**
 * Answers for one platform at any version, as the build stored them for one topic or
 * the printed checklist, in one format (src/build/whole.ts): each answer is its text
 * split at blank lines, as numbers into `paragraphs`, which hold each paragraph once
 * over all the answers; `answers` maps a base name ("topic-where-ios") to the answer
 * number of each class key, and the answers. In json, an answer is in pieces instead:
 * each platform's object (in a topic's `platforms`, in each symptom's), and the text
 * between them, joined with nothing; each piece is cut into parts before each line that
 * opens an object, `paragraphs` holds the parts, and each of `lists` the pieces' part
 * numbers, the pieces separated by commas.
 */
export interface AtVersionAnswers {
  paragraphs: string[];
  /** Each answer's paragraph numbers joined by spaces: read for the one answer wanted, not for all. */
  answers: Record<string, { keys: Record<string, number>; lists: string[] }>;
  /**
   * How many paragraphs end every answer after its platform's part (a topic's sources
   * and review; the checklist's way on and review), where the build found that the
   * answer for several platforms is made of theirs (see answerFor); else absent.
   */
  foot?: number;
  /** json: where the build found that the answer for several platforms is made of theirs (see jsonAnswerFor). */
  joins?: true;
}

/** The file (in dist/) holding a topic's or the checklist's answers at any version, in one format ("plain", "pretty.color.w80"); see atVersionFile. */
export const atVersionProduct = (name: string, format: string): string => `whole/${name}.at-version.${format}.txt`;

/**
 * A table as the build stores it: on the first line, as JSON, all but the paragraphs
 * (base names, class keys and numbers: ASCII), where each paragraph ends in the bytes
 * after that line (`ends`), and which paragraphs hold characters beyond ASCII (`wide`);
 * then the paragraphs, one after another, as UTF-8. A run reads the file as one string
 * of bytes (latin1) and takes each paragraph as a slice of it, decoding only the wide
 * ones: no copy of each paragraph, and no JSON string to parse.
 */
export function atVersionFile({ paragraphs, ...rest }: AtVersionAnswers): Buffer {
  const bytes = paragraphs.map((p) => Buffer.from(p, 'utf8'));
  let end = 0;
  const ends = bytes.map((b) => (end += b.length));
  const wide = paragraphs.flatMap((p, i) => (/[^\u0000-\u007f]/.test(p) ? [i] : []));
  return Buffer.concat([Buffer.from(`${JSON.stringify({ ...rest, ends, ...(wide.length && { wide }) })}\n`), ...bytes]);
}

/** A table from its file's bytes (atVersionFile); undefined where they are not one whole (a cut file): the answer is then worked out. */
export function readAtVersion(bytes: Buffer): AtVersionAnswers | undefined {
  const text = bytes.toString('latin1');
  const line = text.indexOf('\n');
  let index: Omit<AtVersionAnswers, 'paragraphs'> & { ends: number[]; wide?: number[] };
  try {
    index = JSON.parse(text.slice(0, line)) as typeof index;
  } catch {
    return undefined;
  }
  const { ends, wide, ...rest } = index;
  if (!Array.isArray(ends) || line + 1 + (ends.at(-1) ?? 0) !== text.length) return undefined;
  const start = (i: number): number => line + 1 + (i ? ends[i - 1]! : 0);
  const paragraphs = ends.map((end, i) => text.slice(start(i), line + 1 + end));
  for (const i of wide ?? []) paragraphs[i] = bytes.toString('utf8', start(i), line + 1 + ends[i]!);
  return { ...rest, paragraphs };
}

/**
 * Which answer a run wants: `group` names the product (the topic's or checklist's, see
 * atVersionProduct), `base` the answer, `key` the class key, and `value` is the heading
 * that goes where SLOT stands, `os` what goes where OS_SLOT does.
 */
export interface AtVersion {
  group: string;
  base: string;
  key: string;
  value: string;
  os: OsView;
}

/** The paragraph numbers of the answer a run wants, or undefined where the build stored none. */
function listAt(table: AtVersionAnswers, { base, key }: AtVersion): string | undefined {
  const answers = Object.hasOwn(table.answers, base) ? table.answers[base]! : undefined;
  return answers && Object.hasOwn(answers.keys, key) ? answers.lists[answers.keys[key]!] : undefined;
}

/** Paragraphs by their numbers, joined by spaces. */
const numbered = (table: AtVersionAnswers, list: string): string[] => list.split(' ').map((i) => table.paragraphs[Number(i)]!);

/** An answer's paragraphs, SLOT still in them, or undefined where the build stored none. */
function paragraphsAt(table: AtVersionAnswers, want: AtVersion): string[] | undefined {
  const list = listAt(table, want);
  return list === undefined ? undefined : numbered(table, list);
}

/** A json answer's pieces, each as its parts, slots still in them, or undefined where the build stored none. */
function piecesAt(table: AtVersionAnswers, want: AtVersion): string[][] | undefined {
  return listAt(table, want)
    ?.split(',')
    .map((piece) => numbered(table, piece));
}

/** Text with the heading in place of SLOT; undefined where, drawn live at `width` (pretty output), a line holding it would be too long and wrap. */
function withHeading(text: string, value: string, width: number | undefined): string | undefined {
  if (width !== undefined) {
    for (let at = text.indexOf(SLOT); at >= 0; at = text.indexOf(SLOT, at + SLOT.length)) {
      const end = text.indexOf('\n', at);
      const line = text.slice(text.lastIndexOf('\n', at) + 1, end < 0 ? undefined : end);
      if (line.replace(INVISIBLE, '').replaceAll(SLOT, value).length > width) return undefined;
    }
  }
  return text.replaceAll(SLOT, value);
}

/** The stored answer for one platform, its heading in place; undefined where the build stored none, or it would not fit (withHeading). */
export function answerAt(table: AtVersionAnswers, want: AtVersion, width?: number): string | undefined {
  const paragraphs = paragraphsAt(table, want);
  return paragraphs && withHeading(paragraphs.join('\n\n'), want.value, width);
}

/**
 * An answer's paragraphs split into what comes before its platform's part, that part in
 * blocks (each from a paragraph holding the heading: a topic has one, the checklist one a
 * symptom), and the foot; with the line that names each block.
 */
function split(paragraphs: readonly string[], foot: number): { head: readonly string[]; blocks: string[][]; names: string; foot: readonly string[] } | undefined {
  const first = paragraphs.findIndex((p) => p.includes(SLOT));
  const end = paragraphs.length - foot;
  if (first < 0 || end <= first) return undefined;
  const blocks: string[][] = [];
  for (const p of paragraphs.slice(first, end)) {
    if (p.includes(SLOT)) blocks.push([p]);
    else blocks[blocks.length - 1]!.push(p);
  }
  const names = blocks.map((b) => b[0]!.split('\n').find((line) => line.includes(SLOT))).join('\n');
  return { head: paragraphs.slice(0, first), blocks, names, foot: paragraphs.slice(end) };
}

const same = (a: readonly string[], b: readonly string[]): boolean => a.length === b.length && a.every((p, i) => p === b[i]);

/**
 * The stored answer for one platform or several, each found in its table, headings in
 * place. Several platforms' answer is made of theirs as the renderers make it: the
 * beginning, then each block (a topic's one, or each symptom's) for every platform in
 * turn, then the foot. Undefined where the build stored any of them none, or found no
 * foot, or the platforms' answers differ in anything but their blocks' contents, or a
 * heading would not fit.
 */
export function answerFor(found: readonly { table: AtVersionAnswers; want: AtVersion }[], width?: number): string | undefined {
  if (found.length === 1) return answerAt(found[0]!.table, found[0]!.want, width);
  const splits = found.map(({ table, want }) => {
    const paragraphs = paragraphsAt(table, want);
    return paragraphs && table.foot !== undefined ? split(paragraphs, table.foot) : undefined;
  });
  const [one] = splits;
  if (!one || splits.some((s) => !s || s.names !== one.names || !same(s.head, one.head) || !same(s.foot, one.foot))) return undefined;
  const paragraphs: (string | undefined)[] = [...one.head];
  one.blocks.forEach((_, b) => {
    splits.forEach((s, p) => {
      for (const paragraph of s!.blocks[b]!) paragraphs.push(paragraph.includes(SLOT) ? withHeading(paragraph, found[p]!.want.value, width) : paragraph);
    });
  });
  paragraphs.push(...one.foot);
  return paragraphs.every((p) => p !== undefined) ? paragraphs.join('\n\n') : undefined;
}

/** A part of a platform's object in a json answer with its heading and OS in place, indented as the slot is; a part holding neither is itself. */
function jsonPart(part: string, { value, os }: AtVersion): string {
  // OS_SLOT stands as a JSON string, "FTHOS": looked for without its quotes, which are everywhere in JSON and slow the search
  const at = part.indexOf(OS_SLOT) - 1;
  const filled = at < 0 ? part : `${part.slice(0, at)}${JSON.stringify(os, null, 2).replaceAll('\n', `\n${/^ */.exec(part.slice(part.lastIndexOf('\n', at) + 1, at))![0]}`)}${part.slice(at + OS_SLOT.length + 2)}`;
  return filled.includes(SLOT) ? filled.replaceAll(SLOT, value) : filled;
}

const holdsSlot = (parts: readonly string[]): boolean => parts.some((part) => part.includes(SLOT));

/** Adds parts to `out` with `between` between them. */
function pushJoined(out: string[], parts: readonly string[], between: string): void {
  parts.forEach((part, i) => (i ? out.push(between, part) : out.push(part)));
}

/**
 * The stored json answer for one platform or several, each found in its table. Several
 * platforms' answer is made of theirs as JSON.stringify makes it: the text between
 * platforms' objects once, and in each array the platforms' objects in turn. Undefined
 * where the build stored any of them none, or did not find it can be made so (`joins`),
 * or the platforms' answers differ in anything but their objects. The answer is large
 * (a hundred kB for two platforms' checklist), so it is put together once, at the end.
 */
export function jsonAnswerFor(found: readonly { table: AtVersionAnswers; want: AtVersion }[]): string | undefined {
  const lists = found.map(({ table, want }) => piecesAt(table, want));
  const [one] = lists;
  if (!one || lists.some((l) => l?.length !== one.length) || (found.length > 1 && found.some(({ table }) => !table.joins))) return undefined;
  const out: string[] = [];
  for (const [i, piece] of one.entries()) {
    if (!holdsSlot(piece)) {
      if (!lists.every((l) => same(l![i]!, piece))) return undefined;
      pushJoined(out, piece, '\n');
      continue;
    }
    // the text before an object ends with its indentation; an answer begins with text, never with an object
    const before = one[i - 1]?.at(-1);
    if (before === undefined || !lists.every((l) => holdsSlot(l![i]!))) return undefined;
    const between = `,\n${/ *$/.exec(before)![0]}`;
    lists.forEach((l, p) => {
      if (p) out.push(between);
      pushJoined(out, l![i]!.map((part) => jsonPart(part, found[p]!.want)), '\n');
    });
  }
  return out.join('');
}

/** The three ways a unit can be drawn. */
export const VARIANTS = ['plain', 'color', 'links'] as const;
export type Variant = (typeof VARIANTS)[number];
export const variantOf = (s: { color: boolean; links: boolean }): Variant => (s.color ? (s.links ? 'links' : 'color') : 'plain');

/** The widths units are also stored fitted to: the usual terminal, and the cap. */
export const FITTED_WIDTHS: readonly number[] = [80, 100];

/** The product name of the units for a topic or the checklist, a platform, a variant and (if stored so) a width. */
export const storedName = (name: string, platform: Platform, variant: Variant, width?: number): string =>
  `pretty/${name}-${platform}.${variant}${width ? `.w${width}` : ''}`;

/** Units the build drew in one variant (key of the markdown -> drawn text), one table a platform, fitted to `width` if it has one. */
export interface StoredUnits {
  units: readonly Readonly<Record<string, string>>[];
  width?: number;
}

/**
 * The key a unit is stored under: a 64-bit hash of its markdown's UTF-8 bytes, so the
 * files hold the drawn text, not the markdown again. The build refuses a collision.
 */
export const unitKey = (markdown: string): string => hashBytes(Buffer.from(markdown, 'utf8'));
