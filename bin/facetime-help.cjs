#!/usr/bin/env node
// The shim: turns on Node's compile cache where Node has one, then runs the built CLI.
// CommonJS on purpose: the ES module loader costs more start-up time than the CLI.
// Named .cjs so that Node need not read a package.json to learn that.
'use strict';
// Node 22.1+ keeps compiled code between runs (in the temporary directory, or where
// NODE_COMPILE_CACHE says); on Node 20 this is absent and the code is compiled as usual.
// enableCompileCache lives on the public node:module, which must be required for it.
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').start();
