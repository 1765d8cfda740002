// Start-up benchmark: runs `node -e 0` and the built CLI interleaved in one session,
// prints each command's median time, its ratio to `node -e 0`, the budget from
// DESIGN.md, and peak memory. Usage: npm run bench [-- --runs 60]
//
// Each round runs `node -e 0` and then every command once. A command's ratio is the
// median over rounds of its time divided by `node -e 0`'s time in the same round, so a
// shared machine that slows down for a while slows both sides of each ratio alike.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/facetime-help.cjs');
const PROBE = join(ROOT, 'tests/bench/probe.cjs');
const runsArg = process.argv.indexOf('--runs');
const RUNS = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 40;
const env = { PATH: process.env.PATH, HOME: process.env.HOME, LANG: 'C.UTF-8', TERM: 'xterm-256color' };

const CASES = [
  { name: 'node -e 0', args: ['-e', '0'] },
  { name: 'where --ios --plain', args: [BIN, 'where', '--ios', '--plain'], budget: 1.25 },
  { name: 'where --ios --json', args: [BIN, 'where', '--ios', '--json'], budget: 1.25 },
  { name: 'where --ios --format pretty', args: [BIN, 'where', '--ios', '--format', 'pretty'], budget: 1.6 },
  { name: '  the same, iOS 17 (drawn live)', args: [BIN, 'where', '--ios', '--os-version', '17', '--format', 'pretty'] },
  { name: 'search recently deleted', args: [BIN, 'search', 'recently', 'deleted'] },
  { name: 'troubleshoot --no-input', args: [BIN, 'troubleshoot', '--no-input'] },
];

const now = () => Number(process.hrtime.bigint()) / 1e6;
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];

function timeOnce(args) {
  const start = now();
  const r = spawnSync(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
  return now() - start;
}

/**
 * Time in a pseudo-terminal from start until `marker` shows (the first troubleshoot
 * prompt), or without one until the command ends. The pty is not sized (0 columns, so
 * the width is unknown and pretty output is 80 columns wide): sizing it takes another
 * process, whose time would be added to both sides of the ratio.
 */
function timeToPrompt(args, marker) {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, ...args].map((a) => `'${a}'`).join(' ');
    const start = now();
    const child = spawn('script', ['-qfc', command, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let seen = '';
    const timer = setTimeout(() => { child.kill('SIGKILL'); reject(new Error('no prompt within 10 s')); }, 10_000);
    const done = () => { clearTimeout(timer); resolve(now() - start); child.kill('SIGKILL'); };
    child.stdout.on('data', (d) => { seen += d; if (marker === undefined ? false : seen.includes(marker)) done(); });
    child.on('exit', () => { if (marker === undefined) done(); });
  });
}

function peakMemory(args) {
  const out = join(mkdtempSync(join(tmpdir(), 'fth-bench-')), 'probe.json');
  spawnSync(process.execPath, ['-r', PROBE, ...args], { env: { ...env, FTH_PROBE_OUT: out }, stdio: 'ignore' });
  return JSON.parse(readFileSync(out, 'utf8')).maxRssKiB / 1024;
}

const times = CASES.map(() => []);
const prompt = { base: [], cli: [], pretty: [] };
for (let i = 0; i < RUNS; i++) {
  CASES.forEach((c, j) => times[j].push(timeOnce(c.args)));
  prompt.base.push(await timeToPrompt(['-e', '0']));
  prompt.cli.push(await timeToPrompt([BIN, 'troubleshoot'], 'What is wrong?'));
  prompt.pretty.push(await timeToPrompt([BIN, 'where', '--ios']));
}

/** The median over rounds of a command's time over the baseline's in the same round. */
const pairedRatio = (xs, base) => median(xs.map((x, i) => x / base[i]));
const rows = CASES.map((c, j) => ({ name: c.name, ms: median(times[j]), ratio: pairedRatio(times[j], times[0]), budget: c.budget, rss: peakMemory(c.args) }));
const ptyNote = `vs node -e 0 in the same pty: ${median(prompt.base).toFixed(1)} ms`;
rows.push({ name: 'where --ios on a terminal (pty)', ms: median(prompt.pretty), ratio: pairedRatio(prompt.pretty, prompt.base), budget: 1.6, rss: NaN, note: ptyNote });
rows.push({ name: 'first troubleshoot prompt (pty)', ms: median(prompt.cli), ratio: pairedRatio(prompt.cli, prompt.base), budget: 2, rss: NaN, note: ptyNote });

console.log(`node ${process.version}, ${RUNS} interleaved rounds; medians, and ratios to node -e 0 in the same round\n`);
console.log(`${'command'.padEnd(34)}${'median ms'.padStart(10)}${'ratio'.padStart(8)}${'budget'.padStart(8)}${'result'.padStart(8)}${'max RSS MiB'.padStart(13)}`);
let failed = 0;
for (const r of rows) {
  const verdict = r.budget === undefined ? '' : r.ratio <= r.budget ? 'pass' : 'FAIL';
  if (verdict === 'FAIL') failed++;
  console.log(`${r.name.padEnd(34)}${r.ms.toFixed(1).padStart(10)}${r.ratio.toFixed(2).padStart(8)}${(r.budget ? `${r.budget}x` : '').padStart(8)}${verdict.padStart(8)}${(Number.isNaN(r.rss) ? '' : r.rss.toFixed(1)).padStart(13)}${r.note ? `  (${r.note})` : ''}`);
}
console.log(failed ? `\n${failed} budget(s) not met` : '\nall budgets met');
