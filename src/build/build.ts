/**
 * The build: validates data/ once (so run time only parses JSON), bundles the CLI and
 * the library API, draws the built-in guide's pretty units and help texts, writes the
 * man page, the type declarations and the third-party notices. The same commit always
 * builds the same bytes. `--schemas` rewrites data/schema/ instead.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { commandSpecs, FIXED_NAMES, type ProgramInfo } from '../spec.js';
import { compileDataDir } from '../guide/compile.js';
import { BUILT_IN, type Guide } from '../guide/guide.js';
import { packGuide } from '../guide/load.js';
import { rangesOf } from '../guide/select.js';
import { VALIDATED_PRODUCT, validatedRecord } from '../guide/validated.js';
import { formatHelp } from '../help/format.js';
import { drawMarkdown } from '../render/draw.js';
import { SEARCH_EVERYWHERE_PRODUCT, SEARCH_PARTS_PRODUCT, SEARCH_PLATFORMS_PRODUCT, SEARCH_PRODUCT, searchVersionsProduct } from '../search/search.js';
import { VERSIONED_PLATFORMS } from '../guide/platforms.js';
import { bundleAll } from './bundle.js';
import { declarations } from './declarations.js';
import { manPage, MAN_FILE } from './man.js';
import { thirdPartyNotices } from './notices.js';
import { prerender } from './prerender.js';
import { storedSearch } from './search-parts.js';
import { wholeAnswers } from './whole.js';
import { atVersionFile } from '../render/stored.js';
import { generatedSchemas, SCHEMA_FILES } from './schemas.js';

/**
 * JSON with every character beyond ASCII escaped (\u2026 for an ellipsis). The CLI
 * reads these files on every run: an all-ASCII file becomes a one-byte string, which
 * V8 decodes and parses faster than the two-byte string one ellipsis would force.
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function write(file: string, text: string | Buffer): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

function programInfo(): ProgramInfo & { name: string } {
  const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { name: string; version: string; description: string; homepage: string; bugs: { url: string } };
  return { name: pkg.name, version: pkg.version, description: pkg.description, homepage: pkg.homepage, bugs: pkg.bugs.url };
}

function compileData(): Guide {
  const compiled = compileDataDir('data');
  write('dist/guide.json', asciiJson(packGuide({ ...compiled, ranges: { ios: rangesOf(compiled, 'ios'), ipados: rangesOf(compiled, 'ipados'), macos: rangesOf(compiled, 'macos') } })));
  write(`dist/${VALIDATED_PRODUCT}.json`, asciiJson(validatedRecord('data', compiled)));
  console.log(`guide data: ${compiled.topics.length} topics, ${compiled.checklists.length} checklists`);
  return { ...compiled, origins: Object.fromEntries(compiled.topics.map((t) => [t.id, BUILT_IN])) };
}

/** The library API for `import`: the CommonJS bundle's exports, named. */
const API_ESM = `// The library API for import; the code is dist/api.cjs.
import api from './api.cjs';

export const { getTopic, getChecklist, search, listTopics, UsageError, DataError } = api;
export default api;
`;

/** Help for every built-in command and the program ("" ), at the full help width. */
function helpTexts(guide: Guide, program: ProgramInfo): Record<string, string> {
  const table = commandSpecs(guide);
  return Object.fromEntries([['', formatHelp(table, undefined, guide, program, 80)], ...table.map((c) => [c.name, formatHelp(table, c, guide, program, 80)])]);
}

async function main(): Promise<void> {
  if (process.argv.includes('--schemas')) {
    const schemas = generatedSchemas();
    for (const key of Object.keys(SCHEMA_FILES) as (keyof typeof SCHEMA_FILES)[]) writeFileSync(SCHEMA_FILES[key], schemas[key]);
    console.log(`wrote ${Object.values(SCHEMA_FILES).join(', ')}`);
    return;
  }
  const program = programInfo();
  // Start from an empty dist/ (but for this script), so nothing stale is ever shipped.
  mkdirSync('dist', { recursive: true });
  for (const entry of readdirSync('dist')) if (entry !== 'build.mjs') rmSync(join('dist', entry), { recursive: true, force: true });

  const guide = compileData();
  const { name, ...info } = program;
  const metafiles = await bundleAll({ __PROGRAM__: JSON.stringify(info) });
  for (const [product, units] of await prerender(guide, drawMarkdown)) write(`dist/${product}.json`, asciiJson(units));
  const search = storedSearch(guide, FIXED_NAMES);
  write(`dist/${SEARCH_PRODUCT}.json`, asciiJson(search.search));
  write(`dist/${SEARCH_PARTS_PRODUCT}.json`, asciiJson(search.parts));
  write(`dist/${SEARCH_PLATFORMS_PRODUCT}.json`, asciiJson(search.platforms));
  write(`dist/${SEARCH_EVERYWHERE_PRODUCT}.json`, asciiJson(search.everywhere));
  for (const platform of VERSIONED_PLATFORMS) write(`dist/${searchVersionsProduct(platform)}.json`, asciiJson(search.versions[platform]));
  const context = { builtInGuide: resolve('dist/guide.json'), builtInData: resolve('data'), products: resolve('dist'), program: info };
  for (const [product, answer] of await wholeAnswers(guide, context)) {
    if (typeof answer === 'string') write(`dist/${product}.json`, asciiJson(answer));
    else write(`dist/${product}`, atVersionFile(answer));
  }
  write('dist/help.json', asciiJson(helpTexts(guide, info)));
  write('dist/api.mjs', API_ESM);
  write(`dist/${MAN_FILE}`, manPage(commandSpecs(guide), guide, program));
  write('dist/THIRD_PARTY_NOTICES.md', thirdPartyNotices(metafiles, name));
  declarations();
}

main().catch((error: unknown) => {
  const e = error as { message?: string; problems?: string[] };
  console.error(`build failed: ${e.message ?? String(error)}`);
  for (const p of e.problems ?? []) console.error(`  ${p}`);
  process.exitCode = 1;
});
