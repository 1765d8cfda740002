/**
 * Type declarations for the library API: tsc emits them for src/api.ts, and the build
 * keeps the ones its public face reaches (api.d.ts and what it imports), as .d.ts for
 * `import` and .d.cts for `require`. None may name a development dependency.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { createRequire } from 'node:module';

/** Where tsc writes (tsconfig.types.json); removed once the wanted files are copied. */
const EMITTED = 'dist/.declarations';
const OUT = 'dist/types';

/** Relative module paths a declaration file imports or re-exports. */
const imports = (text: string): string[] => [...text.matchAll(/from '(\.[^']+)\.js'/g)].map((m) => m[1]!);

export function declarations(): void {
  rmSync(EMITTED, { recursive: true, force: true });
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.types.json'], { stdio: 'inherit' });
  const wanted = ['api'];
  const kept = new Set<string>();
  while (wanted.length) {
    const file = normalize(wanted.pop()!);
    if (kept.has(file)) continue;
    kept.add(file);
    const text = readFileSync(join(EMITTED, `${file}.d.ts`), 'utf8');
    if (/from '(?!\.)/.test(text)) throw new Error(`${file}.d.ts imports a package: the declarations must stand alone`);
    wanted.push(...imports(text).map((i) => join(dirname(file), i)));
    mkdirSync(dirname(join(OUT, file)), { recursive: true });
    writeFileSync(join(OUT, `${file}.d.ts`), text);
    writeFileSync(join(OUT, `${file}.d.cts`), text.replace(/from '(\.[^']+)\.js'/g, "from '$1.cjs'"));
  }
  rmSync(EMITTED, { recursive: true, force: true });
}
