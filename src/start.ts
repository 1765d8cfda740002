/**
 * Process wiring for the bin: real streams, a quiet end on a closed pipe, a clear
 * error on any other write failure, and the exit status from run().
 */
import { join } from 'node:path';
import { EXIT } from './errors.js';
import { run } from './main.js';
import { processIO } from './io/process-io.js';
import { stripControl } from './util/sanitize.js';

declare const __VERSION__: string;

function guardStream(stream: NodeJS.WriteStream, name: string): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    // A reader that went away (`| head -1`) is not a failure.
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    if (name !== 'stderr') process.stderr.write(`facetime-help: cannot write to ${name}: ${stripControl(error.message)}\n`);
    process.exit(EXIT.failure);
  });
}

export async function start(): Promise<void> {
  guardStream(process.stdout, 'stdout');
  guardStream(process.stderr, 'stderr');
  // start.ts only runs bundled as dist/cli.cjs, beside dist/guide.json
  const builtInGuide = join(__dirname, 'guide.json');
  process.exitCode = await run(process.argv.slice(2), processIO(), { builtInGuide, version: __VERSION__ });
}
