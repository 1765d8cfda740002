/**
 * The build: bundles the CLI as CommonJS (commander and our code in one start-up file;
 * heavy libraries pre-bundled apart and required only on the paths that need them), and validates
 * data/ once so that run time only parses JSON. `--schemas` rewrites data/schema/.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { invalidData } from '../errors.js';
import { checklistProblems } from '../guide/check.js';
import { readDataDir } from '../guide/read-dir.js';
import type { CompiledGuide } from '../guide/guide.js';
import { prerenderTopic } from '../render/prerendered.js';
import { fitToWidth } from '../render/fit.js';
import { drawMarkdown } from '../render/pretty.js';
import { generatedSchemas, SCHEMA_FILES } from './schemas.js';

/**
 * Packages used only on some paths. Each is pre-bundled into dist/vendor/NAME.cjs and
 * required only when a path needs it; `default` marks packages used by default import.
 */
const VENDOR: Record<string, { default?: true; external?: string[] }> = {
  chalk: { default: true },
  marked: {},
  'marked-terminal': { external: ['chalk'] },
  'fast-wrap-ansi': {},
  '@inquirer/select': { default: true },
  '@inquirer/confirm': { default: true },
  yaml: {},
  zod: {},
  minisearch: { default: true },
  stemmer: {},
};

const vendorFile = (pkg: string): string => `${pkg.replace(/^@/, '').replace(/\//g, '-')}.cjs`;

/** Resolves vendored packages to their bundles, and stubs what marked-terminal never uses here. */
function vendorPlugin(from: string, except?: string): Plugin {
  const names = Object.keys(VENDOR).filter((n) => n !== except);
  const filter = new RegExp(`^(${names.map((n) => n.replace(/[/]/g, '\\/')).join('|')})$`);
  return {
    name: 'vendor',
    setup(b) {
      b.onResolve({ filter }, (args) => ({ path: `${from}${vendorFile(args.path)}`, external: true }));
      b.onResolve({ filter: /^(cli-highlight|node-emoji)$/ }, (args) => ({ path: resolve(`src/build/stubs/${args.path}.ts`) }));
      // The vendored package itself: take its ES module build (marked-terminal's CommonJS
      // build has highlight.js inlined, out of reach of the stubs above).
      if (except) {
        b.onResolve({ filter: new RegExp(`^${except.replace(/[/]/g, '\\/')}$`) }, async (args) => {
          if (args.pluginData === 'esm') return undefined;
          return b.resolve(args.path, { kind: 'import-statement', resolveDir: args.resolveDir, pluginData: 'esm' });
        });
      }
    },
  };
}

/** commander's `require('node:child_process')`, deferred to first use. */
const lazyChildProcess: Plugin = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^node:child_process$/, namespace: 'file' }, (args) =>
      args.importer.includes('/node_modules/commander/') ? { path: resolve('src/build/stubs/child-process.cjs') } : undefined,
    );
  },
};

const COMMON = { bundle: true, format: 'cjs', platform: 'node', target: 'node20.17', logLevel: 'warning' } as const;

async function bundle(version: string): Promise<void> {
  rmSync('dist/vendor', { recursive: true, force: true });
  await build({
    ...COMMON,
    entryPoints: ['src/start.ts'],
    outfile: 'dist/cli.cjs',
    define: { __VERSION__: JSON.stringify(version) },
    plugins: [vendorPlugin('./vendor/'), lazyChildProcess],
  });
  await Promise.all(
    Object.entries(VENDOR).map(([pkg, how]) =>
      build({
        ...COMMON,
        stdin: { contents: `module.exports = require(${JSON.stringify(pkg)})${how.default ? '.default' : ''};`, resolveDir: process.cwd(), sourcefile: pkg },
        outfile: `dist/vendor/${vendorFile(pkg)}`,
        plugins: [vendorPlugin('./', pkg)],
      }),
    ),
  );
}

/**
 * JSON with every character beyond ASCII escaped (\u2026 for an ellipsis). The CLI
 * reads these files on every run: an all-ASCII file becomes a one-byte string, which
 * V8 decodes and parses faster than the two-byte string one ellipsis would force.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function compileData(): CompiledGuide {
  const data = readDataDir('data');
  const problems = data.checklists.flatMap(({ file, checklist }) => checklistProblems(file, checklist, data.topics));
  if (problems.length) throw invalidData('data', problems);
  const compiled: CompiledGuide = { topics: data.topics, checklists: data.checklists.map((c) => c.checklist) };
  writeFileSync('dist/guide.json', asciiJson(compiled));
  console.log(`guide data: ${compiled.topics.length} topics, ${compiled.checklists.length} checklists`);
  return compiled;
}

/** Pretty views of the built-in topics, drawn once here (see src/render/prerendered.ts). */
function prerenderViews(compiled: CompiledGuide): void {
  rmSync('dist/pretty', { recursive: true, force: true });
  mkdirSync('dist/pretty');
  for (const topic of compiled.topics) {
    for (const [file, views] of Object.entries(prerenderTopic(topic, drawMarkdown, fitToWidth))) writeFileSync(`dist/pretty/${file}`, asciiJson(views));
  }
}

async function main(): Promise<void> {
  if (process.argv.includes('--schemas')) {
    const schemas = generatedSchemas();
    for (const key of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) writeFileSync(SCHEMA_FILES[key], schemas[key]);
    console.log(`wrote ${Object.values(SCHEMA_FILES).join(', ')}`);
    return;
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  // Start from an empty dist/ (but for this script), so nothing stale is ever shipped.
  mkdirSync('dist', { recursive: true });
  for (const entry of readdirSync('dist')) if (entry !== 'build.mjs') rmSync(join('dist', entry), { recursive: true, force: true });
  prerenderViews(compileData());
  await bundle(version);
}

main().catch((error: unknown) => {
  const e = error as { message?: string; problems?: string[] };
  console.error(`build failed: ${e.message ?? String(error)}`);
  for (const p of e.problems ?? []) console.error(`  ${p}`);
  process.exitCode = 1;
});
