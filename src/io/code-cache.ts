/**
 * Node 20's stand-in for the compile cache Node 22 and later keep themselves
 * (module.enableCompileCache, which the bin turns on there). Without one, every run
 * parses and compiles the bundles again, which costs more than the rest of most runs.
 *
 * The bin runs this bundle (without require()'s lookups for a file, which cost more
 * than the rest of loading it) and loads the CLI through `cli()`: each bundle
 * (dist/cli.cjs and whatever it requires of ours) is compiled with the V8 code cache an earlier run of this very Node
 * wrote for this very build, and a bundle compiled without one has its cache written
 * when the process exits, holding every function the run compiled. Nothing is shipped:
 * a cache is only ever read by the Node release that wrote it.
 *
 * Where: the user's cache folder (see drawn-cache.ts), in facetime-help/code/KEY/, KEY
 * naming the Node release, the architecture and the build (a hash of every bundle, put
 * in by the build), a file for each bundle a command word ran (at most MAX_FILES).
 * Writing a folder removes those of other builds for the same Node. A file that another
 * user owns, or that others may write, is never used.
 * None when the cache folder is turned off (FACETIME_HELP_CACHE empty) or Node's own
 * escape hatch is set (NODE_DISABLE_COMPILE_CACHE); then the bundles are required as
 * usual. V8 rejects a cache it cannot use (other flags, a changed file), and the bundle
 * is then compiled as usual and its cache written again. Any failure to read or write
 * only means compiling again.
 */
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Script } from 'node:vm';
import { cacheDir } from './drawn-cache.js';

/** Put in by the build: a hash of every bundle it wrote. */
declare const __BUILD__: string;

/** What dist/cli.cjs exports to the bin. */
interface CliModule {
  start(): Promise<void>;
}

/** Node's own module wrapper, written out (what Module.wrap adds). */
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

/** The CLI, compiled with its code cache where there is one. */
export function cli(): CliModule {
  const dir = process.env.NODE_DISABLE_COMPILE_CACHE ? undefined : cacheDir(process.env, process.platform);
  const entry = join(__dirname, 'cli.cjs');
  if (!dir) return require(entry) as CliModule;
  return cachedLoader(join(dir, 'code'), `${process.version}-${process.arch}-`)(entry) as CliModule;
}

/**
 * What a cache is kept for besides its bundle: the command run (its first word, if it is
 * a plain word), as a run compiles the functions its command calls, and a cache holds
 * those of the run that wrote it.
 */
export const runKind = (argv: readonly string[]): string => (/^[a-z][a-z-]{0,23}$/.test(argv[2] ?? '') ? `${argv[2]}.` : '');

/**
 * A loader of our bundles that compiles each with its cache, in `parent`'s folder for
 * this Node (named by `node`) and this build, and writes the caches it lacked at exit.
 */
function cachedLoader(parent: string, node: string): (file: string) => unknown {
  const folder = join(parent, `${node}${__BUILD__}`);
  const loaded = new Map<string, { exports: unknown }>();
  const unsaved: { script: Script; file: string }[] = [];
  // every bundle is in this folder or below it (path.relative would cost more to load than it does here)
  const cacheFile = (file: string): string => join(folder, `${runKind(process.argv)}${file.slice(__dirname.length + 1).replace(/[\\/]/g, '-')}.bin`);
  const load = (file: string): unknown => {
    const known = loaded.get(file);
    if (known) return known.exports;
    const cachedData = ownCache(cacheFile(file));
    const script = new Script(`${WRAPPER[0]}${readFileSync(file, 'utf8')}${WRAPPER[1]}`, { filename: file, ...(cachedData && { cachedData }) });
    if (!cachedData || script.cachedDataRejected) {
      if (!unsaved.length) process.once('exit', () => save(parent, node, unsaved, cacheFile));
      unsaved.push({ script, file });
    }
    const module = { exports: {} };
    loaded.set(file, module);
    // bundles require Node's own modules and each other ('./chunks/x.cjs', '../cli.cjs')
    const bundleRequire = (id: string): unknown => (id.startsWith('.') ? load(join(dirname(file), id)) : require(id));
    (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, bundleRequire, module, file, dirname(file));
    return module.exports;
  };
  return load;
}

/**
 * A cache file's bytes, if there is one that this user wrote and no one else can have:
 * compiled code is run as it is, so a file another user could write is never used.
 */
function ownCache(path: string): Buffer | undefined {
  let fd: number | undefined;
  try {
    fd = openSync(path, 'r');
    const { uid, mode } = fstatSync(fd);
    if (process.platform !== 'win32' && (uid !== process.getuid!() || (mode & 0o022) !== 0)) return undefined;
    return readFileSync(fd);
  } catch {
    return undefined; // none yet
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** The most cache files a folder holds (one set a command word: a mistyped command makes one too); the oldest go first. */
const MAX_FILES = 64;

/** Writes each script's cache (whole files or none), first removing other builds' folders for this Node. */
function save(parent: string, node: string, unsaved: readonly { script: Script; file: string }[], cacheFile: (file: string) => string): void {
  try {
    const name = `${node}${__BUILD__}`;
    mkdirSync(parent, { recursive: true, mode: 0o700 });
    for (const other of readdirSync(parent)) if (other !== name && other.startsWith(node)) rmSync(join(parent, other), { recursive: true, force: true });
    const folder = join(parent, name);
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const files = readdirSync(folder);
    if (files.length + unsaved.length > MAX_FILES) {
      const byAge = files.map((f) => ({ f, time: statSync(join(folder, f)).mtimeMs })).sort((a, b) => a.time - b.time);
      for (const { f } of byAge.slice(0, files.length + unsaved.length - MAX_FILES)) rmSync(join(folder, f), { force: true });
    }
    for (const { script, file } of unsaved) {
      const temporary = `${cacheFile(file)}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, cacheFile(file));
    }
  } catch {
    // compiled again next time
  }
}
