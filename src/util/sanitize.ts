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

/** Returns a copy of a JSON-like value with every string passed through stripControl. */
export function sanitizeDeep<T>(value: T): T {
  if (typeof value === 'string') return stripControl(value) as T;
  if (Array.isArray(value)) return value.map(sanitizeDeep) as T;
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[stripControl(k)] = sanitizeDeep(v);
    return out as T;
  }
  return value;
}
