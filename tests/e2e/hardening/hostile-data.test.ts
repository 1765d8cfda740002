/**
 * Hostile data directories given to the built CLI with --data. Each gets a clear
 * error naming the file (status 1, nothing printed on stdout, nothing half-loaded) or
 * is shown safely; nothing in them is executed, and nothing hangs.
 */
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { execFileSync, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanEnv, ESCAPES, FIXTURES, NODE, ROOT, spawnCli } from '../../helpers.js';

const TOPIC = (id: string, extra = '') =>
  `id: ${id}\ntitle: T ${id}\nsummary: S.\nplatforms: [ios]\n${extra}sections:\n  - id: s\n    title: Section\n    steps:\n      - text: Step one.\n`;

/** A data directory built from files (path -> contents) and set-up steps. */
function dataDir(files: Record<string, string | Buffer>, setup: (dir: string) => void = () => {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fth-hostile-'));
  mkdirSync(join(dir, 'topics'));
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  setup(dir);
  return dir;
}

/**
 * Runs the CLI as an ordinary user: as root, who reads anything, a copy of the built CLI
 * is run as nobody (setpriv), so that permissions apply.
 */
function spawnAsUser(args: string[]): SpawnSyncReturns<string> {
  if (process.getuid?.() !== 0) return spawnCli(args);
  const copy = mkdtempSync(join(tmpdir(), 'fth-as-user-'));
  for (const part of ['bin', 'dist']) cpSync(join(ROOT, part), join(copy, part), { recursive: true });
  execFileSync('chmod', ['-R', 'a+rX', copy]);
  const nobody = ['--reuid=65534', '--regid=65534', '--clear-groups', '--'];
  return spawnSync('setpriv', [...nobody, NODE, join(copy, 'bin/facetime-help.cjs'), ...args], { encoding: 'utf8', env: cleanEnv(), timeout: 15_000 });
}

function rejected(dir: string, problem: RegExp, spawn = spawnCli): void {
  const r = spawn(['where', '--ios', '--data', dir]);
  expect(r.status, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^facetime-help: (invalid|cannot read) guide data in /);
  expect(r.stderr).toMatch(problem);
  expect(r.stderr).not.toMatch(/^\s+at /m);
  expect(ESCAPES.test(r.stderr)).toBe(false);
}

describe('rejected with a clear error', () => {
  it.each<[string, Record<string, string | Buffer>, RegExp]>([
    ['invalid UTF-8', { 'topics/a.yaml': Buffer.concat([Buffer.from(TOPIC('a')), Buffer.from([0xc3, 0x28, 0xff])]) }, /topics\/a\.yaml: not valid UTF-8 text/],
    ['a file over 256 KiB', { 'topics/a.yaml': TOPIC('a') + `# ${'x'.repeat(300 * 1024)}\n` }, /topics\/a\.yaml: larger than 256 KiB/],
    ['deeply nested YAML', { 'topics/a.yaml': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, /topics\/a\.yaml: /],
    ['deeply nested JSON', { 'topics/a.json': `${'['.repeat(100_000)}${']'.repeat(100_000)}` }, /topics\/a\.json: /],
    ['a YAML alias bomb', { 'topics/a.yaml': `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: [*d, *d, *d, *d, *d, *d, *d, *d, *d]\n` }, /topics\/a\.yaml: its aliases \(\*name\) repeat too much/],
    ['a YAML alias bomb of a billion values', { 'topics/a.yaml': ['a0: &a0 [x, x, x, x, x, x, x, x, x]', ...Array.from({ length: 9 }, (_, i) => `a${i + 1}: &a${i + 1} [${Array(9).fill(`*a${i}`).join(', ')}]`)].join('\n') }, /topics\/a\.yaml: its aliases \(\*name\) repeat too much/],
    ['a YAML tag that builds an object', { 'topics/a.yaml': TOPIC('a').replace('summary: S.', 'summary: !!js/function "function () { process.exit(7) }"') }, /topics\/a\.yaml: .*tag/i],
    ['a __proto__ key smuggling a field', { 'topics/a.yaml': TOPIC('a', '__proto__:\n  command: sneaky\n') }, /Unrecognized key: "__proto__"/],
    ['duplicate ids', { 'topics/a.yaml': TOPIC('same'), 'topics/b.yaml': TOPIC('same') }, /b\.yaml: id: 'same' is also the id in .*a\.yaml/],
    ['one good file and one broken (nothing half-loaded)', { 'topics/a.yaml': TOPIC('good'), 'topics/b.yaml': 'id: [' }, /topics\/b\.yaml: /],
  ])('%s', (_, files, problem) => rejected(dataDir(files), problem));

  it('symbolic links that loop', () => {
    rejected(dataDir({}, (d) => {
      symlinkSync(join(d, 'topics/b.yaml'), join(d, 'topics/a.yaml'));
      symlinkSync(join(d, 'topics/a.yaml'), join(d, 'topics/b.yaml'));
    }), /topics\/a\.yaml: too many symbolic links \(a loop\?\)/);
  });
  it('a directory where a file should be', () => {
    rejected(dataDir({}, (d) => mkdirSync(join(d, 'topics/a.yaml'))), /topics\/a\.yaml: not a regular file/);
  });
  it('a FIFO where a file should be (never read, so never blocks)', () => {
    rejected(dataDir({}, (d) => execFileSync('mkfifo', [join(d, 'topics/a.yaml')])), /topics\/a\.yaml: not a regular file/);
  });
  it('a file where the topics directory should be', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fth-hostile-'));
    writeFileSync(join(dir, 'topics'), 'not a directory');
    rejected(dir, /topics: expected a directory/);
  });
  it('a data path that is a file', () => {
    rejected(`${FIXTURES}/custom/topics/helpdesk.yaml`, /not a directory/);
  });
  it('an unreadable file (as an ordinary user)', () => {
    const dir = dataDir({ 'topics/a.yaml': TOPIC('a') }, (d) => {
      for (const path of [d, join(d, 'topics')]) chmodSync(path, 0o755);
      chmodSync(join(d, 'topics/a.yaml'), 0);
    });
    rejected(dir, /topics\/a\.yaml: permission denied/, spawnAsUser);
  });
});

describe('shown safely', () => {
  it('a byte-order mark is ignored', () => {
    const dir = dataDir({ 'topics/a.yaml': `\ufeff${TOPIC('bom')}` });
    const r = spawnCli(['show', 'bom', '--data', dir]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Step one.');
  });
  it('an anchor reused a few times is fine', () => {
    const dir = dataDir({ 'topics/a.yaml': TOPIC('anchored').replace('platforms: [ios]', 'platforms: &p [ios]').replace('    title: Section', '    title: Section\n    platforms: *p') });
    const r = spawnCli(['show', 'anchored', '--data', dir, '--plain']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('Step one.');
  });
  it('script files in a data directory are never loaded', () => {
    const dir = dataDir({ 'topics/a.yaml': TOPIC('a'), 'topics/evil.js': 'process.exit(7)', 'topics/evil.cjs': 'process.exit(7)', 'topics/evil.ts': 'process.exit(7)' });
    expect(spawnCli(['show', 'a', '--data', dir]).status).toBe(0);
  });
  const hostile = `${FIXTURES}/hostile`;
  const escapes = ['\u001b]8;', '\u001b]52;', '\u0007', '\r', '\u001b[2J', '\u001b[?25l', '\u009b'];
  it.each([['--plain'], ['--markdown'], ['--json'], ['--format', 'pretty', '--color']])('escape sequences in the data never reach the terminal: %s', (...format) => {
    const r = spawnCli(['show', 'hostile', '--data', hostile, ...format]);
    expect(r.status).toBe(0);
    for (const e of escapes) expect(r.stdout).not.toContain(e);
    // what is left is our own colour (SGR), and only with --color
    expect(ESCAPES.test(r.stdout.replace(/\u001b\[[0-9;]*m/g, ''))).toBe(false);
    if (format.includes('--json')) expect(JSON.stringify(JSON.parse(r.stdout))).not.toMatch(/\\u00(1b|07|9b)|\\r/);
  });
  it('search, topics and completion also print custom text without escapes', () => {
    for (const args of [['search', 'hostile', 'blink'], ['topics'], ['completion', 'bash'], ['completion', 'fish']]) {
      const r = spawnCli([...args, '--data', hostile]);
      expect(r.status, args.join(' ')).toBe(0);
      expect(ESCAPES.test(r.stdout), args.join(' ')).toBe(false);
    }
  });
});
