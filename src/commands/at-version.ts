/**
 * Answers at any version (asked, or a Mac's own), where the build did not store the
 * answer under a name of its own: it stores one per platform and class of versions
 * (src/build/whole.ts). Versions of one class (viewClasses) that show the same notices
 * get the same answer but for the platform's heading ("iPhone (iOS 17)"), which the
 * stored answer holds as SLOT (and json its OS object, which tells the versions of a
 * class apart, as OS_SLOT); an answer for several platforms is made of theirs (answerFor
 * and jsonAnswerFor in src/render/stored.ts).
 */
import type { Guide } from '../guide/guide.js';
import type { Platform } from '../guide/platforms.js';
import type { Selection } from '../guide/select.js';
import type { Reply } from '../render/emit.js';
import type { AtVersion } from '../render/stored.js';
import type { Document } from '../view/model.js';
import { hashBytes } from '../util/hash.js';
import { notices, osView, platformHeading, viewClasses } from '../view/platform.js';
import type { CommandContext } from './context.js';

/** What tells apart the answers at different versions: the class and the notices shown, hashed. */
export const classKey = (guide: Pick<Guide, 'frame' | 'topics' | 'checklists'>, selection: Selection): string =>
  hashBytes(Buffer.from([viewClasses(guide)(selection), ...notices(guide.frame, selection)].join('\n'), 'utf8'));

/** A heading that every format prints as it is. */
const INERT = /^[A-Za-z][A-Za-z0-9 .()]*$/;

/**
 * Which stored answer a selection wants: `group` names the topic's or checklist's answers
 * ("topic-where"), `base` the platform's ("topic-where-ios"); undefined for a platform
 * without versions, or a heading some format would not print as it is.
 */
export function storedAtVersion(guide: Guide, group: string, base: string, selection: Selection): AtVersion | undefined {
  const value = platformHeading(selection);
  const os = osView(selection);
  if (!os || !INERT.test(value)) return undefined;
  return { group, base, key: classKey(guide, selection), value, os };
}

/**
 * A reply for a topic or the checklist over `selections`, naming what the build may have
 * stored for it (then `document` is made only if that is not there): the answer named
 * `newest`, when the request is for the newest versions; else the answers for each
 * platform's class of versions, in `group(platform)` under `base(platform)`, where every
 * platform shown has versions. Over custom data, never.
 */
export function storedOrLive(
  ctx: CommandContext,
  selections: readonly Selection[],
  names: { newest: string | undefined; group: (platform: Platform) => string; base: (platform: Platform) => string },
  document: () => Document,
): Reply {
  const stored = ctx.customData ? undefined : storedFor(ctx.guide, selections, names);
  return stored ? { stored, get document() { return document(); } } : { document: document() };
}

/** What the build may have stored for `selections` (see storedOrLive), over the built-in guide. */
function storedFor(guide: Guide, selections: readonly Selection[], names: Parameters<typeof storedOrLive>[2]): Reply['stored'] {
  if (names.newest !== undefined) return { name: names.newest };
  const atVersion = selections.map((s) => storedAtVersion(guide, names.group(s.platform), names.base(s.platform), s));
  return atVersion.length > 0 && atVersion.every((a) => a !== undefined) ? { name: atVersion[0]!.group, atVersion: atVersion as AtVersion[] } : undefined;
}
