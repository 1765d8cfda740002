/**
 * Answers for one platform at any version (asked, or a Mac's own), where the build did
 * not store the answer under a name of its own: it stores one per class of versions
 * (src/build/whole.ts). Versions of one class (viewClasses) that show the same notices
 * get the same answer but for the platform's heading ("iPhone (iOS 17)"), which the
 * stored answer holds as SLOT. Plain, markdown and pretty only: json tells them apart.
 */
import type { Guide } from '../guide/guide.js';
import type { Selection } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import { hashBytes } from '../util/hash.js';
import { notices, platformHeading, viewClasses } from '../view/platform.js';

/** What tells apart the answers at different versions: the class and the notices shown, hashed. */
export const classKey = (guide: Pick<Guide, 'frame' | 'topics' | 'checklists'>, selection: Selection): string =>
  hashBytes(Buffer.from([viewClasses(guide)(selection), ...notices(guide.frame, selection)].join('\n'), 'utf8'));

/** A heading that every format prints as it is. */
const INERT = /^[A-Za-z][A-Za-z0-9 .()]*$/;

/**
 * Where the build may have stored the answer for one selection: `name` is the topic's or
 * checklist's ("topic-where"), `base` the answer's for its platform ("topic-where-ios").
 */
export function storedAtVersion(guide: Guide, name: string, base: string, selection: Selection): Reply['stored'] {
  const value = platformHeading(selection);
  if (!INERT.test(value)) return undefined;
  return { name, atVersion: { base, key: classKey(guide, selection), value } };
}
