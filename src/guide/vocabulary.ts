/** Words of guide data that both its schema and the code that reads it must agree on. */

/** A version number as typed and as written in data: "17", "18.2", "10.14.3". */
export const VERSION_PATTERN = /^\d{1,3}(\.\d{1,3}){0,2}$/;

/** Who wrote a source: Apple's own page, or an independent one. */
export const SOURCE_KINDS = ['apple', 'other'] as const;
