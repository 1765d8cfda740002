#!/usr/bin/env node
// Tiny shim: cache compiled code where Node can (22+), then run the built entry.
// CommonJS on purpose: the ES module loader costs more start-up time than the CLI.
'use strict';
require('node:module').enableCompileCache?.();
require('../dist/cli.cjs').start();
