#!/usr/bin/env node
// The shim: runs the built CLI, with its compiled code kept between runs.
// CommonJS on purpose: the ES module loader costs more start-up time than the CLI.
// Named .cjs so that Node need not read a package.json to learn that.
'use strict';
const major = Number(process.versions.node.split('.')[0]);
// Node 22.1+ keeps compiled code between runs (in the temporary directory, or where
// NODE_COMPILE_CACHE says). enableCompileCache lives on the public node:module, which
// must be required for it; on Node 20 that would load four modules for nothing.
if (major >= 22) require('node:module').enableCompileCache?.();
// The bundles are minified; with DEBUG set, stack traces point into src/ instead.
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
if (major >= 22 || process.env.DEBUG) require('../dist/cli.cjs').start();
else {
  // Node 20 has no compile cache: dist/code-cache.cjs keeps one in the user's cache folder.
  // It is run as require() would run it, but without require()'s lookups for a file
  // (resolving it, its real path, its package), which cost more than the rest of loading
  // it: about 1.9M instructions, 0.6 ms, on every run.
  const { dirname, join } = require('node:path');
  const file = join(__dirname, '..', 'dist', 'code-cache.cjs');
  const source = require('node:fs').readFileSync(file, 'utf8');
  const module = { exports: {} };
  require('node:vm')
    .runInThisContext(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file })
    .call(module.exports, module.exports, require, module, file, dirname(file));
  module.exports.cli().start();
}
