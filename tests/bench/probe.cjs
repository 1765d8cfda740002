// Preloaded with `node -r` by the benchmark and the start-up guard test: at exit, writes
// the modules this process loaded and its peak memory to the file in FTH_PROBE_OUT.
'use strict';
const fs = require('node:fs');
process.on('exit', () => {
  const out = process.env.FTH_PROBE_OUT;
  if (!out) return;
  fs.writeFileSync(out, JSON.stringify({ modules: Object.keys(require.cache), maxRssKiB: process.resourceUsage().maxRSS }));
});
