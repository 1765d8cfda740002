/**
 * The bundles, all CommonJS (the ES module loader costs more start-up time than the CLI)
 * and minified, with source maps that DEBUG turns on (see the bin):
 * - dist/cli.cjs: what a topic answer in plain, json or markdown needs, and no more;
 * - dist/chunks/NAME.cjs: our code for the other paths (pretty output, search, the
 *   checklist, custom data, live help, completion), each required when its path runs;
 * - dist/vendor/NAME.cjs: each library used only on some paths;
 * - dist/api.cjs: the library API, over the same chunks.
 * A chunk holds copies of the small modules it shares with others; none holds state
 * but the error classes, whose instanceof works across copies (src/errors.ts).
 * Colour and hyperlink detection in the libraries is stubbed out: the CLI decides both.
 * Returns the metafiles, from which the third-party notices are written.
 */
import { resolve } from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

/** Libraries required only on the paths that use them; `default` marks those used by default import. */
const VENDOR: Record<string, { default?: true }> = {
  chalk: { default: true },
  'fast-wrap-ansi': {},
  '@inquirer/select': { default: true },
  '@inquirer/confirm': { default: true },
  yaml: {},
  minisearch: { default: true },
  stemmer: {},
  commander: {},
};

/** Our modules bundled apart, each with what it alone uses: imported from anywhere else, they are required. */
const CHUNKS: Record<string, string> = {
  'src/render/present.ts': 'chunks/present.cjs',
  'src/render/draw.ts': 'chunks/draw.cjs',
  'src/guide/read-dir.ts': 'chunks/read-dir.cjs',
  'src/guide/overlay.ts': 'chunks/overlay.cjs',
  'src/guide/check.ts': 'chunks/check.cjs',
  'src/commands/search.ts': 'chunks/search.cjs',
  'src/commands/troubleshoot.ts': 'chunks/troubleshoot.cjs',
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
 * Resolves libraries to their vendor bundles and chunk sources to their chunks (except
 * the package or chunk being built), and applies the stubs. `from` is the way from the
 * bundle being built to dist/.
 */
function layout(options: { vendors: boolean; chunks: boolean; building?: string; from: './' | '../' }): Plugin {
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
          return chunk ? { path: `${options.from}${chunk[1]}`, external: true } : undefined;
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

/** Our own code keeps a map back to src/, for stack traces under DEBUG; the libraries need none. */
const OURS: BuildOptions = { sourcemap: 'linked', sourcesContent: false };

export async function bundleAll(define: Record<string, string>): Promise<Metafile[]> {
  const results = await Promise.all([
    build({ ...COMMON, ...OURS, entryPoints: ['src/start.ts'], outfile: 'dist/cli.cjs', define, plugins: [layout({ vendors: true, chunks: true, from: './' })] }),
    build({ ...COMMON, ...OURS, entryPoints: ['src/api.ts'], outfile: 'dist/api.cjs', define, plugins: [layout({ vendors: true, chunks: true, from: './' })] }),
    ...Object.entries(CHUNKS).map(([source, file]) =>
      build({ ...COMMON, ...OURS, entryPoints: [source], outfile: `dist/${file}`, define, plugins: [layout({ vendors: !SELF_CONTAINED.includes(source), chunks: true, building: source, from: '../' })] }),
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
  return results.map((r) => r.metafile!);
}
