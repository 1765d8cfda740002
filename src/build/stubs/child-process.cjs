// Build-time stand-in for node:child_process inside commander, which needs it only for
// stand-alone executable subcommands (this CLI has none). Loading the real module at
// start-up pulls in net and dgram; this loads it on first use instead.
'use strict';
module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });
