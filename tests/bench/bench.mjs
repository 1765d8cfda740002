// Start-up benchmark: every path DESIGN.md budgets, each timed beside its own `node -e 0`
// on the same Node, in one run, in a clean environment. Each round runs every command
// once, each right beside a `node -e 0` of its own (first in one round, second in the
// next); a command's ratio is the median over rounds of its time over that `node -e 0`'s
// (a machine whose speed drifts slows both alike). Prints each command's median time,
// ratio, budget and peak memory, and exits 1 if a budget is missed.
//
// Usage: npm run bench [-- --node /path/to/node] [--runs 40] [--only text]
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/facetime-help.cjs');
const PROBE = join(ROOT, 'tests/bench/probe.cjs');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const NODE = arg('--node', process.execPath);
const RUNS = Number(arg('--runs', 40));
const ONLY = arg('--only');
// A clean environment: nothing that slows Node's start (NODE_EXTRA_CA_CERTS does, 2.6x).
const env = { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'fth-bench-home-')), LANG: 'C.UTF-8', TERM: 'xterm-256color', PAGER: 'cat' };
const CUSTOM = join(ROOT, 'tests/fixtures/custom');

const PLAIN_JSON = 1.25;
const OTHER = 1.3;
const PROMPT = 1.5;
const DATA = 2;
/** A path shown for its figure, with no budget of its own. */
const NONE = Infinity;
/**
 * Run as the first run over custom data: with a cache folder of its own, from which the
 * data checked and drawn are removed before each run, and the compiled code (Node 20's is
 * there) is kept, as for a user who has run the program before.
 */
const FIRST = { FACETIME_HELP_CACHE: mkdtempSync(join(tmpdir(), 'fth-bench-first-')) };
const forgetData = () => ['checked', 'drawn'].forEach((dir) => rmSync(join(FIRST.FACETIME_HELP_CACHE, dir), { recursive: true, force: true }));

/** [name, arguments, budget, exit status, environment (FIRST for a first run)]; output goes nowhere, as to a pipe or a file. */
const CASES = [
  ['where --ios --plain', ['where', '--ios', '--plain'], PLAIN_JSON],
  ['where --ios --json', ['where', '--ios', '--json'], PLAIN_JSON],
  ['where (every platform, plain)', ['where'], OTHER],
  ['enable --mac --os-version monterey', ['enable', '--mac', '--os-version', 'monterey'], OTHER],
  ['recover --ios --os-version 11 (too old)', ['recover', '--ios', '--os-version', '11'], OTHER],
  ['where --ios --os-version 28 (newer)', ['where', '--ios', '--os-version', '28'], OTHER],
  ['where --ios --markdown', ['where', '--ios', '--markdown'], OTHER],
  ['where --ios --format pretty', ['where', '--ios', '--format', 'pretty', '--color'], OTHER],
  ['where --ios --os-version 17 --format pretty', ['where', '--ios', '--os-version', '17', '--format', 'pretty', '--color'], OTHER],
  ['enable --mac --os-version monterey --format pretty', ['enable', '--mac', '--os-version', 'monterey', '--format', 'pretty', '--color'], OTHER],
  ['capture --format pretty (all platforms)', ['capture', '--format', 'pretty', '--color'], OTHER],
  ['search recently deleted', ['search', 'recently', 'deleted'], OTHER],
  ['search screnshot --mac --json', ['search', 'screnshot', '--mac', '--json'], OTHER],
  ['search recently deleted --ios --os-version 17', ['search', 'recently', 'deleted', '--ios', '--os-version', '17'], OTHER],
  ['search recently deleted --ios --mac (two platforms)', ['search', 'recently', 'deleted', '--ios', '--mac'], OTHER],
  ['search recently deleted --os-version 17 (every platform at a version)', ['search', 'recently', 'deleted', '--os-version', '17'], OTHER],
  ['where --ios --os-version 17 --json', ['where', '--ios', '--os-version', '17', '--json'], OTHER],
  ['troubleshoot --no-input --os-version 17 --json (two platforms)', ['troubleshoot', '--no-input', '--os-version', '17', '--json'], OTHER],
  ['recover --os-version 17.5 --format pretty (two platforms)', ['recover', '--os-version', '17.5', '--format', 'pretty', '--color'], OTHER],
  ['troubleshoot --no-input --ios --os-version 17 --format pretty', ['troubleshoot', '--no-input', '--ios', '--os-version', '17', '--format', 'pretty', '--color'], OTHER],
  ['troubleshoot --no-input --os-version 17 --format pretty (two platforms)', ['troubleshoot', '--no-input', '--os-version', '17', '--format', 'pretty', '--color'], OTHER],
  ['topics', ['topics'], OTHER],
  ['(no command: the overview)', [], OTHER],
  ['--help', ['--help'], OTHER],
  ['where --help', ['where', '--help'], OTHER],
  ['--version', ['--version'], OTHER],
  ['wher (an unknown command)', ['wher'], OTHER, 2],
  ['where --os-version banana (not a version)', ['where', '--os-version', 'banana'], OTHER, 2],
  ['troubleshoot --no-input', ['troubleshoot', '--no-input'], OTHER],
  ['troubleshoot --symptom deleted --json', ['troubleshoot', '--symptom', 'deleted', '--json'], OTHER],
  ['troubleshoot --no-input --format pretty', ['troubleshoot', '--no-input', '--format', 'pretty', '--color'], OTHER],
  ['completion bash', ['completion', 'bash'], OTHER],
  ['validate (the built-in data)', ['validate'], DATA],
  // the first run over new or changed custom data checks it (and draws it, for pretty output); later ones find that in the cache
  ['where --mac --data (one small topic, checked before)', ['where', '--mac', '--data', CUSTOM], DATA],
  ['where --mac --data (one small topic, a first run)', ['where', '--mac', '--data', CUSTOM], DATA, 0, FIRST],
  ['helpdesk --data --format pretty (cached)', ['helpdesk', '--data', CUSTOM, '--format', 'pretty', '--color'], DATA],
  ['helpdesk --data --format pretty (a first run)', ['helpdesk', '--data', CUSTOM, '--format', 'pretty', '--color'], NONE, 0, FIRST],
].filter(([name]) => !ONLY || name.includes(ONLY));

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function timeOnce(args, status = 0, extra = {}) {
  if (extra === FIRST) forgetData();
  const start = now();
  const r = spawnSync(NODE, args, { env: { ...env, ...extra }, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== status) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return now() - start;
}

/**
 * Time in a pseudo-terminal from start until `marker` shows (the first troubleshoot
 * prompt), or without one until the command ends. At the marker the prompt is answered
 * with Ctrl-C and the command waited for, so that it is not still ending while the next
 * command is timed (killing the pty instead slowed the next by a third). The pty is not
 * sized (0 columns, so pretty output is 80 wide): sizing it would take another process,
 * timed on both sides.
 */
function timeInPty(args, marker) {
  return new Promise((resolve, reject) => {
    const command = [NODE, ...args].map((a) => `'${a}'`).join(' ');
    const start = now();
    const child = spawn('script', ['-qfc', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    let took;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`no ${marker ?? 'end'} within 10 s`));
    }, 10_000);
    child.stdout.on('data', (d) => {
      seen += d;
      if (marker === undefined || took !== undefined || !seen.includes(marker)) return;
      took = now() - start;
      child.stdin.write('\u0003');
    });
    child.on('exit', () => {
      clearTimeout(timer);
      resolve(took ?? now() - start);
    });
  });
}

function peakMemory(args, extra = {}) {
  if (extra === FIRST) forgetData();
  const out = join(mkdtempSync(join(tmpdir(), 'fth-bench-')), 'probe.json');
  spawnSync(NODE, ['-r', PROBE, ...args], { env: { ...env, ...extra, FTH_PROBE_OUT: out }, stdio: 'ignore' });
  return JSON.parse(readFileSync(out, 'utf8')).maxRssKiB / 1024;
}

const withPty = !ONLY || 'prompt terminal'.includes(ONLY);
// warm up: Node 22+ fills its compile cache on the first runs
for (const [, args, , status, extra] of CASES) timeOnce([BIN, ...args], status, extra);
const bases = CASES.map(() => []);
const times = CASES.map(() => []);
const pty = { base: [], printing: [], prompt: [], pretty: [] };
for (let i = 0; i < RUNS; i++) {
  CASES.forEach(([, args, , status, extra], j) => {
    const pair = [() => bases[j].push(timeOnce(['-e', '0'])), () => times[j].push(timeOnce([BIN, ...args], status, extra))];
    for (const run of i % 2 ? pair.reverse() : pair) run();
  });
  if (withPty) {
    pty.base.push(await timeInPty(['-e', '0']));
    pty.printing.push(await timeInPty(['-e', 'process.stdout.write(String.fromCharCode(10))']));
    pty.prompt.push(await timeInPty([BIN, 'troubleshoot'], 'What is wrong?'));
    pty.pretty.push(await timeInPty([BIN, 'where', '--ios']));
  }
}

/** The median over rounds of a command's time over its baseline's in the same round. */
const ratio = (xs, baseline) => median(xs.map((x, i) => x / baseline[i]));
const rows = CASES.map(([name, args, budget, , extra], j) => ({ name, ms: median(times[j]), ratio: ratio(times[j], bases[j]), budget, rss: peakMemory([BIN, ...args], extra) }));
if (withPty) {
  const note = `beside node -e 0 in the same pty: ${median(pty.base).toFixed(1)} ms`;
  // Writing to a terminal at all makes Node build process.stdout, a tty stream (tty, net and
  // stream modules): a cost node -e 0 never pays. Answers on a terminal are also measured
  // beside a node that prints one line there, and held to the budget against that.
  const printing = `beside node printing a line in the same pty: ${median(pty.printing).toFixed(1)} ms`;
  rows.push({ name: 'where --ios on a terminal (pty), to node -e 0', ms: median(pty.pretty), ratio: ratio(pty.pretty, pty.base), budget: NONE, rss: NaN, note });
  rows.push({ name: 'where --ios on a terminal (pty), to node printing', ms: median(pty.pretty), ratio: ratio(pty.pretty, pty.printing), budget: OTHER, rss: NaN, note: printing });
  rows.push({ name: 'first troubleshoot prompt (pty)', ms: median(pty.prompt), ratio: ratio(pty.prompt, pty.base), budget: PROMPT, rss: NaN, note });
}

const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
// with --only naming just the terminal paths, node -e 0 was timed only in the pty
const baseline = bases.flat().length ? median(bases.flat()) : median(pty.base);
console.log(`Node ${version} (${NODE}), ${RUNS} rounds; node -e 0: median ${baseline.toFixed(1)} ms\n`);
console.log(`${'command'.padEnd(52)}${'median ms'.padStart(10)}${'ratio'.padStart(7)}${'budget'.padStart(8)}${'result'.padStart(8)}${'max RSS MiB'.padStart(13)}`);
let missed = 0;
for (const r of rows) {
  const verdict = r.budget === NONE ? '-' : r.ratio <= r.budget ? 'met' : 'MISSED';
  if (verdict === 'MISSED') missed++;
  const rss = Number.isNaN(r.rss) ? '' : r.rss.toFixed(1);
  console.log(`${r.name.padEnd(52)}${r.ms.toFixed(1).padStart(10)}${r.ratio.toFixed(2).padStart(7)}${(r.budget === NONE ? 'none' : `${r.budget}x`).padStart(8)}${verdict.padStart(8)}${rss.padStart(13)}${r.note ? `  (${r.note})` : ''}`);
}
console.log(missed ? `\n${missed} budget(s) missed` : '\nevery budget met');
process.exitCode = missed ? 1 : 0;
