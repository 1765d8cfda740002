// Custom data at scale: generated guide data directories of many topics, in YAML and in
// JSON, each command run over them in a clean environment. Prints each command's median
// time, the time per topic (past the same command over one topic), peak memory, and how
// the time grew from the smallest size to the largest (linear growth: the ratio of the
// sizes). Exits 1 if a command grows more than 1.5 times faster than the data.
//
// Usage: npm run bench:scale [-- --node /path/to/node] [--sizes 1000,5000] [--runs 3]
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin/facetime-help.cjs');
const PROBE = join(ROOT, 'tests/bench/probe.cjs');
const arg = (name, fallback) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : fallback);
const NODE = arg('--node', process.execPath);
const SIZES = arg('--sizes', '1000,5000').split(',').map(Number);
const RUNS = Number(arg('--runs', 3));
const env = { PATH: process.env.PATH, HOME: mkdtempSync(join(tmpdir(), 'fth-scale-home-')), LANG: 'C.UTF-8', FACETIME_HELP_CACHE: '' };

/** A topic as a help desk might write one: two sections for two platforms, four steps. */
const topic = (i) => ({
  id: `desk-${i}`,
  title: `Help desk answer ${i}`,
  summary: `What staff do about case ${i} with FaceTime photos.`,
  platforms: ['ios', 'macos'],
  sections: [
    { id: 'iphone', title: 'On an iPhone', platforms: ['ios'], steps: [{ text: `Open **Photos** and look for case ${i}.` }, { text: 'Ask the service desk.', menu: ['Settings', 'Photos'] }] },
    { id: 'mac', title: 'On a Mac', platforms: ['macos'], steps: [{ text: `Open Photos on the Mac for case ${i}.` }, { text: 'Check iCloud Photos.', os: { macos: { min: '13' } } }] },
  ],
});

const yaml = (t) =>
  `id: ${t.id}\ntitle: ${t.title}\nsummary: ${t.summary}\nplatforms: [ios, macos]\nsections:\n${t.sections
    .map(
      (s) =>
        `  - id: ${s.id}\n    title: ${s.title}\n    platforms: [${s.platforms.join(', ')}]\n    steps:\n${s.steps
          .map((st) => `      - text: "${st.text}"\n${st.menu ? `        menu: [${st.menu.join(', ')}]\n` : ''}${st.os ? '        os: { macos: { min: "13" } }\n' : ''}`)
          .join('')}`,
    )
    .join('')}`;

function dataDir(size, format) {
  const dir = mkdtempSync(join(tmpdir(), `fth-scale-${format}-${size}-`));
  mkdirSync(join(dir, 'topics'));
  for (let i = 0; i < size; i++) {
    const t = topic(i);
    writeFileSync(join(dir, 'topics', `${t.id}.${format}`), format === 'json' ? JSON.stringify(t) : yaml(t));
  }
  return dir;
}

const COMMANDS = [
  ['topics', (dir) => ['topics', '--data', dir]],
  ['show (one topic)', (dir) => ['show', 'desk-0', '--plain', '--data', dir]],
  ['search', (dir) => ['search', 'service', 'desk', '--data', dir]],
  ['validate', (dir) => ['validate', dir]],
  ['completion bash', (dir) => ['completion', 'bash', '--data', dir]],
];

function run(args) {
  const out = join(mkdtempSync(join(tmpdir(), 'fth-scale-probe-')), 'probe.json');
  const start = process.hrtime.bigint();
  const r = spawnSync(NODE, ['-r', PROBE, BIN, ...args], { env: { ...env, FTH_PROBE_OUT: out }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr.split('\n')[0]}`);
  return { ms, rss: JSON.parse(readFileSync(out, 'utf8')).maxRssKiB / 1024 };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const version = spawnSync(NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
console.log(`Node ${version}; sizes ${[1, ...SIZES].join(', ')} topics; median of ${RUNS} runs\n`);
console.log(`${'format'.padEnd(7)}${'command'.padEnd(18)}${SIZES.map((s) => `${s} topics ms`.padStart(17)).join('')}${'per topic ms'.padStart(14)}${'peak MiB'.padStart(10)}${'growth'.padStart(9)}${'sizes'.padStart(7)}`);
let superlinear = 0;
for (const format of ['yaml', 'json']) {
  const dirs = [1, ...SIZES].map((size) => dataDir(size, format));
  for (const [name, args] of COMMANDS) {
    const results = dirs.map((dir) => {
      const runs = Array.from({ length: RUNS }, () => run(args(dir)));
      return { ms: median(runs.map((r) => r.ms)), rss: Math.max(...runs.map((r) => r.rss)) };
    });
    const [one, ...big] = results;
    const largest = big.at(-1);
    const perTopic = (largest.ms - one.ms) / (SIZES.at(-1) - 1);
    // growth of the time the topics cost, from the smallest size to the largest
    const growth = (largest.ms - one.ms) / (big[0].ms - one.ms);
    const expected = (SIZES.at(-1) - 1) / (SIZES[0] - 1);
    if (growth > expected * 1.5) superlinear++;
    console.log(`${format.padEnd(7)}${name.padEnd(18)}${big.map((r) => r.ms.toFixed(0).padStart(17)).join('')}${perTopic.toFixed(3).padStart(14)}${largest.rss.toFixed(0).padStart(10)}${growth.toFixed(1).padStart(9)}${expected.toFixed(1).padStart(7)}`);
  }
}
console.log(superlinear ? `\n${superlinear} command(s) grow faster than the data` : '\nevery command grows in proportion to the data');
process.exitCode = superlinear ? 1 : 0;
