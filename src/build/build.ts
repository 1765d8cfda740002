/**
 * The build: bundles the CLI (commander and our code in one start-up file, heavy
 * libraries left as packages imported on the paths that need them), and validates
 * data/ once so that run time only parses JSON. `--schemas` rewrites data/schema/.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import { DataError } from '../errors.js';
import { checklistProblems } from '../guide/check.js';
import { readDataDir } from '../guide/read-dir.js';
import type { CompiledGuide } from '../guide/guide.js';
import { generatedSchemas, SCHEMA_FILES } from './schemas.js';

/** Loaded on demand, so kept out of the start-up bundle. */
const LAZY_PACKAGES = ['chalk', 'marked', 'marked-terminal', '@inquirer/*', 'yaml', 'zod', 'minisearch'];

async function bundle(version: string): Promise<void> {
  await build({
    entryPoints: ['src/start.ts', 'src/main.ts'],
    outdir: 'dist',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20.17',
    chunkNames: 'chunks/[name]-[hash]',
    external: LAZY_PACKAGES,
    define: { __VERSION__: JSON.stringify(version) },
    // commander is CommonJS; its require() calls need a real require in an ES module.
    banner: { js: "import { createRequire as __ftCreateRequire } from 'node:module'; const require = __ftCreateRequire(import.meta.url);" },
    logLevel: 'warning',
  });
}

function compileData(): void {
  const data = readDataDir('data');
  const problems = data.checklists.flatMap(({ file, checklist }) => checklistProblems(file, checklist, data.topics));
  if (problems.length) throw new DataError('invalid guide data in data', problems);
  const compiled: CompiledGuide = { topics: data.topics, checklists: data.checklists.map((c) => c.checklist) };
  writeFileSync('dist/guide.json', JSON.stringify(compiled));
  console.log(`guide data: ${compiled.topics.length} topics, ${compiled.checklists.length} checklists`);
}

async function main(): Promise<void> {
  if (process.argv.includes('--schemas')) {
    const schemas = generatedSchemas();
    for (const key of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) writeFileSync(SCHEMA_FILES[key], schemas[key]);
    console.log(`wrote ${Object.values(SCHEMA_FILES).join(', ')}`);
    return;
  }
  const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
  mkdirSync('dist', { recursive: true });
  compileData();
  await bundle(version);
}

main().catch((error: unknown) => {
  const e = error as { message?: string; problems?: string[] };
  console.error(`build failed: ${e.message ?? String(error)}`);
  for (const p of e.problems ?? []) console.error(`  ${p}`);
  process.exitCode = 1;
});
