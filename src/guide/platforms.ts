/** The platforms the guide knows, their names for people, and the words users type for them. */

export const PLATFORMS = ['ios', 'ipados', 'macos', 'windows', 'web'] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Platforms with OS versions that change menus and steps. */
export const VERSIONED_PLATFORMS = ['ios', 'ipados', 'macos'] as const;
export type VersionedPlatform = (typeof VERSIONED_PLATFORMS)[number];

/** Device or place, for headings ("iPhone (iOS 26)"). */
export const PLATFORM_LABEL: Record<Platform, string> = {
  ios: 'iPhone',
  ipados: 'iPad',
  macos: 'Mac',
  windows: 'Windows',
  web: 'iCloud.com',
};

const ALIASES: Record<string, Platform> = {
  ios: 'ios',
  iphone: 'ios',
  ipados: 'ipados',
  ipad: 'ipados',
  macos: 'macos',
  mac: 'macos',
  osx: 'macos',
  windows: 'windows',
  win: 'windows',
  web: 'web',
  icloud: 'web',
  'icloud.com': 'web',
};

/** The platform a user's word names, or undefined. Case-insensitive. */
export function parsePlatform(word: string): Platform | undefined {
  const key = word.trim().toLowerCase();
  return Object.hasOwn(ALIASES, key) ? ALIASES[key] : undefined;
}

export function isVersioned(platform: Platform): platform is VersionedPlatform {
  return (VERSIONED_PLATFORMS as readonly string[]).includes(platform);
}

/** The flag that asks for a platform. */
export const PLATFORM_FLAG: Record<Platform, string> = {
  ios: '--ios',
  ipados: '--ipados',
  macos: '--mac',
  windows: '--windows',
  web: '--web',
};
