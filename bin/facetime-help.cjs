#!/usr/bin/env node
// The shim: loads the built CLI with its compiled code cached, then runs it.
// CommonJS on purpose: the ES module loader costs more start-up time than the CLI.
// Named .cjs so that Node need not read a package.json to learn that.
'use strict';
const Module = module.constructor;
const { dirname, join } = require('node:path');
const entry = join(__dirname, '../dist/cli.cjs');

if (Module.enableCompileCache) {
  // Node 22+: Node keeps the cache itself.
  Module.enableCompileCache();
  require(entry).start();
} else {
  // Node 20: V8 code caches written by the build beside each bundle (FILE.cjs.cache).
  // dist/cli.cjs and the dist/vendor bundles it requires are compiled here with them.
  // V8 rejects a cache from another Node version or an older bundle, and the code is
  // then compiled as usual.
  const { readFileSync, writeFileSync } = require('node:fs');
  const { Script } = require('node:vm');
  // Node's own module wrapper (what Module.wrap adds), written out.
  const WRAPPER = '(function (exports, require, module, __filename, __dirname) { ';
  const loaded = new Map();
  const load = (file) => {
    if (loaded.has(file)) return loaded.get(file).module.exports;
    let cachedData;
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {}
    const script = new Script(`${WRAPPER}${readFileSync(file, 'utf8')}\n});`, { filename: file, cachedData });
    const module = { exports: {} };
    loaded.set(file, { script, module });
    // Bundles require only Node's own modules and each other, so this shim's require
    // serves them (Module.createRequire would cost more than the bundle's own code).
    const bundleRequire = (id) => (id.startsWith('./') && id.endsWith('.cjs') ? load(join(dirname(file), id)) : require(id));
    script.runInThisContext().call(module.exports, module.exports, bundleRequire, module, file, dirname(file));
    return module.exports;
  };
  // The build runs a few commands with this set, so that the caches hold the functions
  // they ran: "all" writes every cache, "vendor" only those of dist/vendor.
  const write = process.env.FACETIME_HELP_WRITE_CODE_CACHE;
  if (write) {
    process.on('exit', () =>
      loaded.forEach(({ script }, file) => {
        if (write === 'all' || file.includes(join('dist', 'vendor'))) writeFileSync(`${file}.cache`, script.createCachedData());
      }),
    );
  }
  load(entry).start();
}
