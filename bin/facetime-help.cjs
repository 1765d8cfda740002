#!/usr/bin/env node
// The shim: turns on Node's compile cache where Node has one, then runs the built CLI.
// CommonJS on purpose: the ES module loader costs more start-up time than the CLI.
// Named .cjs so that Node need not read a package.json to learn that.
'use strict';
// Node 22.1+ keeps compiled code between runs (in the temporary directory, or where
// NODE_COMPILE_CACHE says). enableCompileCache lives on the public node:module, which
// must be required for it; on Node 20 that would load four modules for nothing.
if (Number(process.versions.node.split('.')[0]) >= 22) require('node:module').enableCompileCache?.();
// The bundles are minified; with DEBUG set, stack traces point into src/ instead.
if (process.env.DEBUG) process.setSourceMapsEnabled(true);
require('../dist/cli.cjs').start();
