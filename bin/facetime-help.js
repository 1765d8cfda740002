#!/usr/bin/env node
// Tiny shim: cache compiled code where Node can (22+), then run the built entry.
import module from 'node:module';

module.enableCompileCache?.();
const { start } = await import('../dist/start.js');
await start();
