/**
 * Where the build's drawn units are (dist/pretty/): one file per topic or checklist and
 * platform, per variant, as drawn and fitted to each width in FITTED_WIDTHS. emit.ts
 * picks the files; pretty.ts looks units up in them.
 */
import type { Platform } from '../guide/platforms.js';
import { hashBytes } from '../util/hash.js';

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
