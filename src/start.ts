/**
 * Process wiring for the bin: real streams, a quiet end on a closed pipe, a clear
 * error on any other write failure, and the exit status from run(), ending the process
 * as soon as all is written.
 */
import { writeSync } from 'node:fs';
import { join } from 'node:path';
import { EXIT } from './errors.js';
import { run } from './main.js';
import { processIO } from './io/process-io.js';
import { stripControl } from './util/sanitize.js';

/** Put in by the build, from package.json. */
declare const __PROGRAM__: { version: string; description: string; homepage: string; bugs: string };

/** A failed write ends the run: quietly for a reader that went away (`| head -1`). */
function onWriteError(error: NodeJS.ErrnoException, name: 'stdout' | 'stderr'): never {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  if (name !== 'stderr') {
    try {
      writeSync(2, `facetime-help: cannot write to ${name}: ${stripControl(error.message)}\n`);
    } catch {
      // stderr is gone too; the status still tells
    }
  }
  process.exit(EXIT.failure);
}

export async function start(): Promise<void> {
  // start.ts only runs bundled as dist/cli.cjs, beside the rest of dist/
  const context = {
    builtInGuide: join(__dirname, 'guide.json'),
    builtInData: join(__dirname, '..', 'data'),
    products: __dirname,
    program: __PROGRAM__,
  };
  const io = processIO(onWriteError, context.program.version);
  const status = await run(process.argv.slice(2), io, context);
  // With everything written, end now instead of after the event loop's last turn, in
  // which V8 may run a young-generation collection it scheduled during a large answer
  // (0.7 ms for the printed checklist as JSON). 'exit' listeners still run.
  if (io.settled()) process.exit(status);
  process.exitCode = status;
}
