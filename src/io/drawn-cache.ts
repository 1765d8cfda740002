/**
 * Work done on custom data, kept between runs, as man keeps formatted pages: pretty
 * text drawn from it (facetime-help/drawn/: drawing markdown costs several times a start
 * of Node, and a help desk shows the same topics again and again) and directories
 * checked (facetime-help/checked/: loading the YAML parser and the schemas costs more
 * than the rest of a run). The built-in guide never needs either (the build does both).
 *
 * Where: FACETIME_HELP_CACHE if set (empty: no cache), else the user's cache folder
 * ($XDG_CACHE_HOME or ~/.cache; ~/Library/Caches on macOS; %LOCALAPPDATA% on Windows),
 * in facetime-help/. One file per drawn document or checked directory, named by the
 * program's version and a hash of what it was made from; at most MAX_FILES a folder, the
 * oldest removed first. Any failure (a read-only home, a full disk) only means doing the
 * work again.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface DrawnCache {
  /** What was stored under a key, or undefined. */
  read(key: string): unknown;
  write(key: string, value: unknown): void;
}

export const NO_CACHE: DrawnCache = { read: () => undefined, write: () => {} };

const MAX_FILES = 500;

/** The cache folder for this user and system, or undefined for none. */
export function cacheDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform): string | undefined {
  if (env.FACETIME_HELP_CACHE !== undefined) return env.FACETIME_HELP_CACHE.trim() || undefined;
  const home = env.HOME ?? env.USERPROFILE;
  const root =
    platform === 'win32' ? env.LOCALAPPDATA : platform === 'darwin' ? home && join(home, 'Library', 'Caches') : env.XDG_CACHE_HOME || (home && join(home, '.cache'));
  return root ? join(root, 'facetime-help') : undefined;
}

/** A cache in files under `dir`, in the folder `kind`; keys name files, so they must be plain (a hash). */
export function fileCache(dir: string | undefined, version: string, kind: 'drawn' | 'checked' = 'drawn'): DrawnCache {
  if (!dir) return NO_CACHE;
  const folder = join(dir, kind);
  const file = (key: string): string => join(folder, `${version.replace(/[^\w.-]/g, '_')}-${key}.json`);
  return {
    read(key) {
      try {
        return JSON.parse(readFileSync(file(key), 'utf8'));
      } catch {
        return undefined;
      }
    },
    write(key, value) {
      try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        prune(folder);
        // a whole file or none: written aside, then renamed into place
        const temporary = `${file(key)}.${process.pid}.tmp`;
        writeFileSync(temporary, JSON.stringify(value), { mode: 0o600 });
        renameSync(temporary, file(key));
      } catch {
        // no cache this time
      }
    },
  };
}

/** Keeps the folder under MAX_FILES, removing the files least recently written. */
function prune(folder: string): void {
  const names = readdirSync(folder);
  if (names.length < MAX_FILES) return;
  const byAge = names.map((name) => ({ name, time: statSync(join(folder, name)).mtimeMs })).sort((a, b) => a.time - b.time);
  for (const { name } of byAge.slice(0, names.length - MAX_FILES + 1 + MAX_FILES / 10)) rmSync(join(folder, name), { force: true });
}
