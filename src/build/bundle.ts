/**
 * The bundles, all CommonJS (the ES module loader costs more start-up time than the CLI)
 * and minified, with source maps that DEBUG turns on (see the bin):
 * - dist/cli.cjs: what a topic answer in plain, json or markdown needs, and no more;
 * - dist/chunks/NAME.cjs: our code for the other paths (pretty output, search, the
 *   checklist, custom data, live help, completion), each required when its path runs;
 * - dist/vendor/NAME.cjs: each library used only on some paths;
 * - dist/api.cjs: the library API, over the same chunks;
 * - dist/code-cache.cjs: what loads dist/cli.cjs on Node 20, with a code cache.
 * Our bundles' functions are then made to compile as each bundle loads (eager.ts).
 * Our modules in dist/cli.cjs are the core: a chunk or the API that imports one takes
 * it from cli.cjs (its `__core` export) instead of holding a copy, so each is compiled
 * once and has one state. A module that is in no core but in two chunks is copied into
 * both; such copies hold no state (the error classes, which do, are all in the core, and
 * their instanceof works across copies anyway: src/errors.ts).
 * Colour and hyperlink detection in the libraries is stubbed out: the CLI decides both.
 * Returns the metafiles, from which the third-party notices are written.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { build, type BuildOptions, type BuildResult, type Metafile, type Plugin } from 'esbuild';
import { eagerBundle } from './eager.js';

/** Libraries required only on the paths that use them; `default` marks those used by default import. */
const VENDOR: Record<string, { default?: true }> = {
  chalk: { default: true },
  'fast-wrap-ansi': {},
  '@inquirer/select': { default: true },
  '@inquirer/confirm': { default: true },
  'js-yaml': {},
  commander: {},
  stemmer: {},
};

/** Our modules bundled apart, each with what it alone uses: imported from anywhere else, they are required. */
const CHUNKS: Record<string, string> = {
  'src/render/present.ts': 'chunks/present.cjs',
  'src/render/draw.ts': 'chunks/draw.cjs',
  'src/guide/custom.ts': 'chunks/custom.cjs',
  'src/guide/read-dir.ts': 'chunks/read-dir.cjs',
  'src/guide/overlay.ts': 'chunks/overlay.cjs',
  'src/guide/check.ts': 'chunks/check.cjs',
  'src/commands/search.ts': 'chunks/search.cjs',
  'src/search/live.ts': 'chunks/search-live.cjs',
  'src/search/stemmed.ts': 'chunks/search-stemmed.cjs',
  'src/commands/troubleshoot.ts': 'chunks/troubleshoot.cjs',
  'src/commands/troubleshoot-session.ts': 'chunks/troubleshoot-session.cjs',
  'src/commands/validate.ts': 'chunks/validate.cjs',
  'src/commands/completion.ts': 'chunks/completion.cjs',
  'src/help/format.ts': 'chunks/help.cjs',
  'src/io/inquirer-prompter.ts': 'chunks/prompter.cjs',
  'src/io/pager.ts': 'chunks/pager.cjs',
};

/** Chunks that bundle their libraries inside them: no other path uses those libraries. */
const SELF_CONTAINED = ['src/render/draw.ts', 'src/guide/check.ts'];

/** Modules replaced at build time (see each stub for why). */
const STUBS: Record<string, string> = {
  'cli-highlight': 'src/build/stubs/cli-highlight.ts',
  'node-emoji': 'src/build/stubs/node-emoji.ts',
  'supports-hyperlinks': 'src/build/stubs/supports-hyperlinks.ts',
  '#supports-color': 'src/build/stubs/supports-color.ts',
};

export const vendorFile = (pkg: string): string => `vendor/${pkg.replace(/^@/, '').replace(/\//g, '-')}.cjs`;

const escape = (s: string): string => s.replace(/[/.]/g, '\\$&');
const anyOf = (names: string[]): RegExp => new RegExp(`^(${names.map(escape).join('|')})$`);

/**
 * The core: our modules in cli.cjs (as "src/x.ts"); `probe` while finding which names
 * other bundles import, `names` once found.
 */
type Core = { modules: ReadonlySet<string>; probe?: true; names?: CoreNames };

const rel = (path: string): string => relative(process.cwd(), path).split(sep).join('/');

/**
 * Resolves libraries to their vendor bundles, chunk sources to their chunks (except the
 * package or chunk being built) and, given the core, core modules to cli.cjs; applies the
 * stubs. `from` is the way from the bundle being built to dist/.
 */
function layout(options: { vendors: boolean; chunks: boolean; building?: string; from: './' | '../'; core?: Core }): Plugin {
  return {
    name: 'layout',
    setup(b) {
      b.onResolve({ filter: anyOf(Object.keys(STUBS)) }, (args) => ({ path: resolve(STUBS[args.path]!) }));
      // commander needs child_process only for stand-alone executable subcommands; loading it
      // at start pulls in net and dgram, so it is loaded on first use instead
      b.onResolve({ filter: /^node:child_process$/ }, (args) =>
        args.importer.includes('/node_modules/commander/') ? { path: resolve('src/build/stubs/child-process.cjs') } : undefined,
      );
      if (options.vendors) {
        const names = Object.keys(VENDOR).filter((n) => n !== options.building);
        b.onResolve({ filter: anyOf(names) }, (args) => ({ path: `${options.from}${vendorFile(args.path)}`, external: true }));
      }
      if (options.chunks) {
        b.onResolve({ filter: /^\.\.?\// }, (args) => {
          const path = resolve(args.resolveDir, args.path.replace(/\.js$/, '.ts'));
          const chunk = Object.entries(CHUNKS).find(([source]) => resolve(source) === path && source !== options.building);
          if (chunk) return { path: `${options.from}${chunk[1]}`, external: true };
          if (options.core?.modules.has(rel(path))) {
            return options.core.probe ? { path: `core:${rel(path)}`, external: true } : { path: rel(path), namespace: 'core' };
          }
          return undefined;
        });
        b.onResolve({ filter: /cli\.cjs$/, namespace: 'core' }, (args) => ({ path: args.path, external: true }));
        // names bound once, as an ES module: no wrapper copying properties on every load;
        // cli.cjs required once a bundle (CORE_BANNER declares the variable)
        b.onLoad({ filter: /.*/, namespace: 'core' }, (args) => {
          const module = `(${CORE_VAR} ??= require(${JSON.stringify(`${options.from}cli.cjs`)}).__core())[${JSON.stringify(args.path)}]`;
          const names = [...(options.core?.names?.get(args.path) ?? ['*'])];
          return { contents: names.includes('*') ? `module.exports = ${module};` : `export const { ${names.join(', ')} } = ${module};`, loader: 'js' };
        });
      }
    },
  };
}

const COMMON: BuildOptions = {
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20.17',
  logLevel: 'warning',
  metafile: true,
  // fewer bytes to compile on each start (Node 20 has no compile cache)
  minify: true,
  // import() of a bundle becomes require(): the ES module loader costs start-up time
  supported: { 'dynamic-import': false },
};

/** The variable a bundle holds the core in, declared before any code of the bundle. */
const CORE_VAR = '__fthCore';
const CORE_BANNER = { js: `"use strict";var ${CORE_VAR};` };

/** Our own code keeps a map back to src/, for stack traces under DEBUG; the libraries need none. */
const OURS: BuildOptions = { sourcemap: 'linked', sourcesContent: false };

/** Names each core module must give other bundles ("*" for all of it), by module. */
type CoreNames = Map<string, Set<string>>;

/**
 * The CLI bundle: src/start.ts, and `__core()`: for each core module other bundles
 * use, the names they import from it. A function, so nothing is made for a run that
 * loads no other bundle; names, not whole namespaces, so the rest stays tree-shaken.
 */
function cliBuild(define: Record<string, string>, shared: CoreNames, write = true): Promise<BuildResult> {
  const modules = [...shared.keys()].sort(); // a stable order, for reproducible bytes
  const imports = modules.map((m, i) => {
    const names = [...shared.get(m)!].sort();
    return names.includes('*') ? `import * as m${i} from './${m}';` : `import { ${names.map((n) => `${n} as m${i}_${n}`).join(', ')} } from './${m}';`;
  });
  const entries = modules.map((m, i) => {
    const names = [...shared.get(m)!].sort();
    return `${JSON.stringify(m)}: ${names.includes('*') ? `m${i}` : `{ ${names.map((n) => `${n}: m${i}_${n}`).join(', ')} }`}`;
  });
  const contents = ["export * from './src/start.ts';", ...imports, 'let core: unknown;', `export const __core = () => (core ??= { ${entries.join(', ')} });`].join('\n');
  return build({ ...COMMON, ...OURS, stdin: { contents, resolveDir: process.cwd(), sourcefile: 'src/cli-bundle.ts', loader: 'ts' }, banner: { js: '"use strict";' }, outfile: 'dist/cli.cjs', define, write, plugins: [layout({ vendors: true, chunks: true, from: './' })] });
}

/** Our bundles but the CLI's: the library API and each chunk. */
const OTHERS: { source: string; file: string; from: './' | '../' }[] = [
  { source: 'src/api.ts', file: 'api.cjs', from: './' },
  ...Object.entries(CHUNKS).map(([source, file]) => ({ source, file, from: '../' as const })),
];

/** The names other bundles import from core modules, read from an unminified ES module build of each. */
async function coreNames(define: Record<string, string>, modules: ReadonlySet<string>): Promise<CoreNames> {
  const names: CoreNames = new Map();
  for (const { source, from } of OTHERS) {
    const probe = await build({ ...COMMON, format: 'esm', minify: false, write: false, entryPoints: [source], outfile: 'probe.mjs', define, plugins: [layout({ vendors: true, chunks: true, building: source, from, core: { modules, probe: true } })] });
    const code = probe.outputFiles![0]!.text;
    for (const [, what, module] of code.matchAll(/(?:import|export)\s+(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+"core:([^"]+)"/g)) {
      const set = names.get(module!) ?? new Set<string>();
      if (what!.startsWith('*')) set.add('*');
      else for (const spec of what!.slice(1, -1).split(',').map((x) => x.trim()).filter(Boolean)) set.add(spec.split(/\s+as\s+/)[0]!);
      names.set(module!, set);
    }
    // a dynamic import() (made a require) may use any name: all of the module
    for (const [, module] of code.matchAll(/__require\("core:([^"]+)"\)/g)) names.set(module!, new Set(['*']));
    const unread = /.*(?:from\s*"core:).*/.exec(code.replace(/(?:import|export)\s+(\*\s+as\s+\w+|\{[^}]*\})\s+from\s+"core:[^"]+"/g, ''));
    if (unread) throw new Error(`${source}: an import of a core module the build cannot read: ${unread[0]}`);
  }
  return names;
}

export async function bundleAll(define: Record<string, string>): Promise<Metafile[]> {
  // which of our modules the CLI bundle holds: the core the other bundles take from it
  const first = await cliBuild(define, new Map(), false);
  const core: Core = { modules: new Set(Object.keys(first.metafile!.inputs).filter((i) => i.startsWith('src/'))) };
  const shared = await coreNames(define, core.modules);
  core.names = shared;
  const results = await Promise.all([
    ...OTHERS.map(({ source, file, from }) =>
      build({ ...COMMON, ...OURS, banner: CORE_BANNER, entryPoints: [source], outfile: `dist/${file}`, define, plugins: [layout({ vendors: !SELF_CONTAINED.includes(source), chunks: true, building: source, from, core })] }),
    ),
    ...Object.entries(VENDOR).map(([pkg, how]) =>
      build({
        ...COMMON,
        // a default export, whether the package is CommonJS or an ES module made CommonJS
        stdin: { contents: how.default ? `const m = require(${JSON.stringify(pkg)}); module.exports = m.__esModule ? m.default : m;` : `module.exports = require(${JSON.stringify(pkg)});`, resolveDir: process.cwd(), sourcefile: pkg },
        outfile: `dist/${vendorFile(pkg)}`,
        plugins: [layout({ vendors: true, chunks: false, building: pkg, from: '../' })],
      }),
    ),
  ]);
  const cli = await cliBuild(define, shared);
  const added = Object.keys(cli.metafile!.inputs).filter((i) => i.startsWith('src/') && !core.modules.has(i) && i !== 'src/cli-bundle.ts');
  if (added.length) throw new Error(`sharing the core pulled more into cli.cjs: ${added.join(', ')}`);
  // our code in the CLI and its chunks compiled as each loads (the chunks that bundle libraries as they are)
  for (const { source, file } of OTHERS) if (source !== 'src/api.ts' && !SELF_CONTAINED.includes(source)) eagerBundle(`dist/${file}`);
  eagerBundle('dist/cli.cjs');
  return [cli, ...results, await codeCacheBuild([cli, ...results])].map((r) => r.metafile!);
}

/**
 * dist/code-cache.cjs, the bin's loader on Node 20 (src/io/code-cache.ts), with the
 * build's id: a hash of every bundle, so that code cached for one build is never used
 * for another.
 */
function codeCacheBuild(bundles: readonly BuildResult[]): Promise<BuildResult> {
  const hash = createHash('sha256');
  for (const file of bundles.flatMap((b) => Object.keys(b.metafile!.outputs)).filter((f) => f.endsWith('.cjs')).sort()) hash.update(`${file}\0`).update(readFileSync(file));
  return build({
    ...COMMON,
    ...OURS,
    entryPoints: ['src/io/code-cache.ts'],
    outfile: 'dist/code-cache.cjs',
    define: { __BUILD__: JSON.stringify(hash.digest('hex').slice(0, 16)) },
    // the bundles it loads are found at run time, beside it
    logOverride: { 'unsupported-require-call': 'silent' },
  });
}
