/**
 * The packed tarball as users get it: its contents; installed globally into an empty
 * prefix (one package, `man facetime-help` works), then run read-only and with a HOME
 * and temporary directory it cannot write; run through npx; imported as a library in
 * ES module and CommonJS projects, types included. Each run uses the Node under test
 * (FTH_NODE); npm itself is the machine's.
 */
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { NODE, ROOT, spawnCli } from '../helpers.js';

const npm = (args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): string =>
  execFileSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_cache: CACHE, npm_config_update_notifier: 'false', npm_config_fund: 'false', npm_config_audit: 'false', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

const WORK = mkdtempSync(join(tmpdir(), 'fth-package-'));
chmodSync(WORK, 0o755); // the read-only runs are made as another user, who must get in
const CACHE = join(WORK, 'npm-cache');
let tarball: string;

/** Packs the project as npm publish would (the build is already done: no scripts). */
function pack(dir: string, into: string): string {
  mkdirSync(into, { recursive: true });
  const [info] = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', into], dir)) as { filename: string }[];
  return join(into, info!.filename);
}

beforeAll(() => {
  tarball = pack(ROOT, join(WORK, 'packed'));
}, 60_000);

/** Runs the installed CLI with the Node under test first on PATH, as its shebang finds node. */
function runInstalled(bin: string, args: string[], env: NodeJS.ProcessEnv = {}, asNobody = false): SpawnSyncReturns<string> {
  const environment = { PATH: `${dirname(NODE)}:/usr/bin:/bin`, HOME: process.env.HOME, LANG: 'C.UTF-8', ...env };
  // as root, permissions are not enforced: the read-only runs are made as nobody
  const [command, ...rest] = asNobody && process.getuid?.() === 0 ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', '--', bin, ...args] : [bin, ...args];
  return spawnSync(command!, rest, { env: environment, encoding: 'utf8', timeout: 20_000 });
}

const MAIN_COMMANDS = [['--version'], ['where', '--ios'], ['topics'], ['search', 'recently', 'deleted'], ['troubleshoot', '--no-input']];

describe('the tarball', () => {
  it('holds the CLI, the library, the data, the man page, the licence and notices; no sources, tests or code caches', () => {
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, ''));
    for (const f of ['bin/facetime-help.cjs', 'dist/cli.cjs', 'dist/api.cjs', 'dist/api.mjs', 'dist/types/api.d.ts', 'dist/types/api.d.cts', 'dist/guide.json', 'dist/help.json', 'dist/facetime-help.1', 'LICENSE', 'dist/THIRD_PARTY_NOTICES.md', 'data/topics/where.yaml', 'data/schema/output.schema.json', 'README.md', 'package.json']) {
      expect(files, f).toContain(f);
    }
    expect(files.filter((f) => /^(src|tests)\/|\.cache$|build\.mjs$|\.declarations/.test(f))).toEqual([]);
  });
  it('holds everything the build made for run time: every file of dist/ but the build script', () => {
    const files = new Set(execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).split('\n').filter(Boolean).map((f) => f.replace(/^package\//, '')));
    const built = readdirSync(`${ROOT}dist`, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => relative(ROOT, join(e.parentPath, e.name)))
      .filter((f) => f !== 'dist/build.mjs');
    expect(built.length).toBeGreaterThan(200);
    expect(built.filter((f) => !files.has(f))).toEqual([]);
  });
  it('has no runtime dependencies, and says where it lives and what it needs', () => {
    const pkg = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.repository.url).toMatch(/^git\+https:\/\//);
    expect(pkg.bugs.url).toMatch(/^https:\/\//);
    expect(pkg.homepage).toMatch(/^https:\/\//);
    expect(pkg.engines.node).toBe('>=20.17.0');
  });
  it('notices name every package the bundles hold, with its licence text', () => {
    const notices = readFileSync(`${ROOT}dist/THIRD_PARTY_NOTICES.md`, 'utf8');
    for (const name of ['commander', 'chalk', 'marked', 'marked-terminal', 'js-yaml', 'zod', 'stemmer', '@inquirer/core']) expect(notices).toMatch(new RegExp(`^## ${name.replace('/', '\\/')} \\d`, 'm'));
    expect(notices).toMatch(/Permission is hereby granted/);
  });
});

describe('installed globally into an empty prefix', () => {
  const prefix = join(WORK, 'prefix');
  const bin = join(prefix, 'bin', 'facetime-help');
  beforeAll(() => {
    npm(['install', '--global', '--prefix', prefix, tarball], WORK);
  }, 60_000);

  it('is one package, with nothing nested', () => {
    expect(readdirSync(join(prefix, 'lib', 'node_modules'))).toEqual(['facetime-help']);
    expect(readdirSync(join(prefix, 'lib', 'node_modules', 'facetime-help'))).not.toContain('node_modules');
    expect(readdirSync(join(prefix, 'bin'))).toEqual(['facetime-help']);
  });
  it.each(MAIN_COMMANDS)('%s: status 0, the same answer as the checkout gives', (...args) => {
    const r = runInstalled(bin, args);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(spawnCli(args).stdout);
  });
  it('runs from a read-only install, with a HOME and a temporary directory it cannot write', () => {
    chmodSync(prefix, 0o555);
    const home = mkdtempSync(join(tmpdir(), 'fth-home-'));
    chmodSync(home, 0o555);
    try {
      for (const args of MAIN_COMMANDS) {
        const r = runInstalled(bin, args, { HOME: home, TMPDIR: home }, true);
        expect(r.stderr, args.join(' ')).toBe('');
        expect(r.status, args.join(' ')).toBe(0);
      }
    } finally {
      chmodSync(prefix, 0o755);
    }
  });
  it('installs its man page: `man facetime-help` shows it', () => {
    const man = spawnSync('man', ['-P', 'cat', 'facetime-help'], { env: { ...process.env, MANPATH: join(prefix, 'share', 'man'), MANWIDTH: '80' }, encoding: 'utf8' });
    expect(man.status, man.stderr).toBe(0);
    expect(man.stdout).toMatch(/FACETIME-HELP\(1\)/);
    for (const section of ['SYNOPSIS', 'COMMANDS', 'OPTIONS', 'EXIT STATUS', 'ENVIRONMENT', 'FILES', 'EXAMPLES', 'BUGS']) expect(man.stdout).toContain(section);
  });
});

describe('run through npx', () => {
  it.each([[['where', '--ios']], [['--version']]])('%j', (args) => {
    const r = spawnSync('npm', ['exec', '--yes', `--package=${tarball}`, '--', 'facetime-help', ...args], {
      cwd: WORK,
      encoding: 'utf8',
      env: { ...process.env, PATH: `${dirname(NODE)}:${process.env.PATH}`, npm_config_cache: CACHE, npm_config_update_notifier: 'false' },
      timeout: 60_000,
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toBe(spawnCli(args).stdout);
  });
});

describe('as a library', () => {
  const project = join(WORK, 'project');
  beforeAll(() => {
    mkdirSync(project);
    writeFileSync(join(project, 'package.json'), '{ "name": "consumer", "private": true }\n');
    npm(['install', tarball], project);
  }, 60_000);
  const node = (code: string, type: 'module' | 'commonjs'): string =>
    execFileSync(NODE, [`--input-type=${type}`, '-e', code], { cwd: project, encoding: 'utf8' });
  const cliJson = (args: string[]) => JSON.parse(spawnCli([...args, '--json']).stdout);

  it('import (ES module) gives the same documents as --json', () => {
    const out = node(
      `import { getTopic, getChecklist, search, listTopics } from 'facetime-help';
       const docs = [await getTopic('where', { platform: 'ios', osVersion: '17' }), await getChecklist({ symptom: 'deleted', platform: 'mac' }), await search('recently deleted'), await listTopics()];
       console.log(JSON.stringify(docs));`,
      'module',
    );
    expect(JSON.parse(out)).toEqual([cliJson(['where', '--ios', '--os-version', '17']), cliJson(['troubleshoot', '--symptom', 'deleted', '--mac']), cliJson(['search', 'recently', 'deleted']), cliJson(['topics'])]);
  });
  it('require (CommonJS) gives the same, and its errors are typed', () => {
    const out = node(
      `const api = require('facetime-help');
       api.getTopic('enable', { platform: ['mac'], osVersion: 'monterey' }).then(async (doc) => {
         let error; try { await api.getTopic('nope'); } catch (e) { error = e; }
         console.log(JSON.stringify({ doc, usage: error instanceof api.UsageError, message: error.message }));
       });`,
      'commonjs',
    );
    const { doc, usage, message } = JSON.parse(out);
    expect(doc).toEqual(cliJson(['enable', '--mac', '--os-version', 'monterey']));
    expect(usage).toBe(true);
    expect(message).toBe("unknown topic 'nope'");
  });
  it('type-checks in TypeScript projects of either kind, with no other package installed', () => {
    writeFileSync(join(project, 'esm.mts'), `import { getTopic, type TopicOutput } from 'facetime-help';\nconst doc: TopicOutput = await getTopic('where', { platform: 'ios' });\nconst steps: string[] = doc.platforms[0]!.sections[0]!.steps.map((s) => s.text);\n// @ts-expect-error: no such field\ndoc.nope;\nexport { steps };\n`);
    writeFileSync(join(project, 'cjs.cts'), `import api = require('facetime-help');\nexport const done: Promise<string[]> = api.listTopics().then((d) => d.topics.map((t) => t.command));\n`);
    writeFileSync(join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, types: [], lib: ['es2022'] }, files: ['esm.mts', 'cjs.cts'] }));
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', project], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe.runIf(!process.env.FTH_NODE)('reproducible', () => {
  it('two builds of the same sources give the same tarball bytes', () => {
    const files = execFileSync('git', ['ls-files', '--cached', '--others', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean);
    const hashes = ['a', 'b'].map((name) => {
      const dir = join(WORK, `build-${name}`);
      for (const f of files) cpSync(join(ROOT, f), join(dir, f), { recursive: true });
      // a clone of its own: its own node_modules from the lock file (the cache has every package)
      npm(['ci', '--offline', '--ignore-scripts'], dir, { npm_config_cache: process.env.npm_config_cache ?? join(process.env.HOME ?? '', '.npm') });
      execFileSync('npm', ['run', 'build'], { cwd: dir, stdio: 'ignore' });
      return createHash('sha256').update(readFileSync(pack(dir, join(dir, 'packed')))).digest('hex');
    });
    expect(hashes[0]).toBe(hashes[1]);
    expect(hashes[0]).toBe(createHash('sha256').update(readFileSync(tarball)).digest('hex'));
  }, 180_000);
});
