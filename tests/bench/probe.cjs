// Preloaded with `node -r` by the benchmark and the start-up guard test: at exit, writes
// to the file in FTH_PROBE_OUT the code this process loaded and its peak memory. Code
// means files required, and files the bin compiles itself (on Node 20 it reads each
// bundle and compiles it with its code cache), plus Node's own modules beyond those
// every process loads; and apart, the files that went through require(); and whether
// the process ended after its event loop ran dry ('beforeExit') or at once (process.exit).
'use strict';
const fs = require('node:fs');
const before = new Set(process.moduleLoadList);
const compiled = new Set();
const readFileSync = fs.readFileSync;
fs.readFileSync = function (path, ...rest) {
  if (typeof path === 'string' && /\.c?js$/.test(path)) compiled.add(path);
  return readFileSync.call(this, path, ...rest);
};
let loopRanDry = false;
process.on('beforeExit', () => {
  loopRanDry = true;
});
process.on('exit', () => {
  const out = process.env.FTH_PROBE_OUT;
  if (!out) return;
  const builtins = process.moduleLoadList.filter((m) => !before.has(m) && m.startsWith('NativeModule ')).map((m) => m.slice('NativeModule '.length));
  const required = Object.keys(require.cache);
  const modules = [...new Set([...required, ...compiled])];
  fs.writeFileSync(out, JSON.stringify({ modules, required, builtins, loopRanDry, maxRssKiB: process.resourceUsage().maxRSS }));
});
