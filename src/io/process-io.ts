/** The real IO: this process's streams, environment and host. */
import type { IO } from './io.js';

/** macOS product version from sw_vers, only asked for on a Mac and only when needed. */
function macVersion(): string | undefined {
  if (process.platform !== 'darwin') return undefined;
  try {
    const { execFileSync } = process.getBuiltinModule('node:child_process') as typeof import('node:child_process');
    return execFileSync('sw_vers', ['-productVersion'], { encoding: 'utf8', timeout: 2000 }).trim();
  } catch {
    return undefined;
  }
}

export function processIO(): IO {
  return {
    out: {
      write: (s) => void process.stdout.write(s),
      isTTY: process.stdout.isTTY === true,
      columns: process.stdout.isTTY ? process.stdout.columns : undefined,
    },
    err: {
      write: (s) => void process.stderr.write(s),
      isTTY: process.stderr.isTTY === true,
      columns: process.stderr.isTTY ? process.stderr.columns : undefined,
    },
    stdinIsTTY: process.stdin.isTTY === true,
    env: process.env,
    host: { macVersion },
    writeFile: (path, text) => process.getBuiltinModule('node:fs').writeFileSync(path, text),
    prompter: async () => {
      const { inquirerPrompter } = await import('./inquirer-prompter.js');
      return inquirerPrompter();
    },
  };
}
