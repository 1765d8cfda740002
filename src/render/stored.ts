/**
 * What the build stored of pretty output and whole answers, and how a run finds it: the
 * drawn units (dist/pretty/), one file per topic or checklist and platform, per variant,
 * as drawn and fitted to each width in FITTED_WIDTHS (emit.ts picks the files, pretty.ts
 * looks units up in them); and the answers for one platform at any version
 * (dist/whole/*.at-version.*), with SLOT for the platform's heading.
 */
import type { Platform } from '../guide/platforms.js';
import { hashBytes } from '../util/hash.js';
import { INVISIBLE } from './inline.js';

/**
 * Stands for the varying part of a unit (the version in a heading) until after drawing,
 * and for a platform's heading in an answer stored for a class of versions.
 */
export const SLOT = 'FTHSLOT';

/**
 * Answers for one platform at any version, as the build stored them for one topic or
 * the printed checklist, in one format (src/build/whole.ts): each answer is its text
 * split at blank lines, as numbers into `paragraphs`, which hold each paragraph once
 * over all the answers; `answers` maps a base name ("topic-where-ios") to the answer
 * number of each class key, and the answers.
 */
export interface AtVersionAnswers {
  paragraphs: string[];
  answers: Record<string, { keys: Record<string, number>; lists: number[][] }>;
}

/** The product holding a topic's or the checklist's answers at any version, in one format ("plain", "pretty.color.w80"). */
export const atVersionProduct = (name: string, format: string): string => `whole/${name}.at-version.${format}`;

/** Which answer a run wants: the base name, the class key, and the heading that goes where SLOT stands. */
export interface AtVersion {
  base: string;
  key: string;
  value: string;
}

/**
 * The stored answer, its heading in place; undefined where the build stored none, or
 * where, drawn live at `width` (pretty output), a line holding the heading would be too
 * long and wrap.
 */
export function answerAt(table: AtVersionAnswers, { base, key, value }: AtVersion, width?: number): string | undefined {
  const answers = Object.hasOwn(table.answers, base) ? table.answers[base]! : undefined;
  const n = answers && Object.hasOwn(answers.keys, key) ? answers.keys[key]! : undefined;
  if (n === undefined) return undefined;
  const text = answers!.lists[n]!.map((i) => table.paragraphs[i]!).join('\n\n');
  const fits = (line: string): boolean => width === undefined || !line.includes(SLOT) || line.replace(INVISIBLE, '').split(SLOT).join(value).length <= width;
  return text.split('\n').every(fits) ? text.split(SLOT).join(value) : undefined;
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
