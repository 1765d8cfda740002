/**
 * Strips every control character but newline and tab: C0, DEL and C1. Applied to all
 * guide text when it is loaded and to anything echoed back in an error, so that data
 * or arguments cannot move the cursor, set the title, write the clipboard or open links.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export function stripControl(text: string): string {
  return text.replace(CONTROL, '');
}

/** Deeper than any guide data needs; deeper input is refused, not recursed into. */
export const MAX_DEPTH = 64;

/**
 * Returns a copy of a JSON-like value with every string passed through stripControl.
 * Keys become own properties even when named `__proto__`, so that a data file cannot
 * set a prototype and smuggle fields past the schema's unknown-key check. Throws a
 * RangeError for values nested deeper than MAX_DEPTH.
 */
export function sanitizeDeep<T>(value: T, depth = 0): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_DEPTH) throw new RangeError(`nested more than ${MAX_DEPTH} levels deep`);
  if (Array.isArray(value)) return value.map((v) => sanitizeDeep(v, depth + 1)) as T;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    Object.defineProperty(out, stripControl(k), { value: sanitizeDeep(v, depth + 1), enumerable: true, writable: true, configurable: true });
  }
  return out as T;
}
