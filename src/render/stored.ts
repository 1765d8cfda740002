/**
 * Where the build's drawn units are (dist/pretty/): one file per topic or checklist and
 * platform, per variant, as drawn and fitted to each width in FITTED_WIDTHS. emit.ts
 * picks the files; pretty.ts looks units up in them.
 */
import type { Platform } from '../guide/platforms.js';

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
 * The key a unit is stored under: a 64-bit hash of its markdown (two 32-bit multiplicative
 * hashes of its UTF-8 bytes, taken four at a time), so the files hold the drawn text, not
 * the markdown again. The build refuses a collision. Four bytes a step, because a loop
 * over every character costs more than the rest of a pretty answer at start-up; on a
 * big-endian machine the words read differently, the keys miss and units are drawn live.
 */
export function unitKey(markdown: string): string {
  const utf8 = Buffer.from(markdown, 'utf8');
  const bytes = new Uint8Array((utf8.length + 3) & ~3); // zero-padded to whole words
  bytes.set(utf8);
  const words = new Int32Array(bytes.buffer);
  let a = 0x811c9dc5 ^ utf8.length;
  let b = 0x9747b28c ^ utf8.length;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    a = Math.imul(a ^ w, 0x01000193);
    a ^= a >>> 15;
    b = Math.imul(b ^ w, 0x5bd1e995);
    b ^= b >>> 13;
  }
  a = Math.imul(a ^ (a >>> 16), 0x85ebca6b);
  b = Math.imul(b ^ (b >>> 16), 0xc2b2ae35);
  return ((a ^ (a >>> 13)) >>> 0).toString(36) + ((b ^ (b >>> 16)) >>> 0).toString(36);
}
