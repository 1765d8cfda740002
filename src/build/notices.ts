/**
 * Third-party notices for the code the bundles hold, written by the build from what
 * esbuild actually bundled: each package's name, version, licence and licence text.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';

/** The package directory of a bundled file: "node_modules/@inquirer/core" or "node_modules/a/node_modules/b". */
function packageDir(input: string): string | undefined {
  const match = /^(.*node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(input);
  return match?.[1];
}

function licenseText(dir: string): string | undefined {
  const file = readdirSync(dir).find((f) => /^licen[cs]e([-.][a-z]+)*(\.md|\.txt)?$/i.test(f));
  return file ? readFileSync(join(dir, file), 'utf8').trim() : undefined;
}

interface Notice {
  name: string;
  version: string;
  license: string;
  text?: string;
}

/** The notices file for everything the metafiles list from node_modules, sorted by name. */
export function thirdPartyNotices(metafiles: readonly Metafile[], programName: string): string {
  const dirs = new Set(metafiles.flatMap((m) => Object.keys(m.inputs)).flatMap((input) => packageDir(input) ?? []));
  const notices = new Map<string, Notice>();
  for (const dir of dirs) {
    const manifest = join(dir, 'package.json');
    if (!existsSync(manifest)) continue;
    const pkg = JSON.parse(readFileSync(manifest, 'utf8')) as { name: string; version: string; license?: string };
    notices.set(`${pkg.name}@${pkg.version}`, { name: pkg.name, version: pkg.version, license: pkg.license ?? 'see the package', text: licenseText(dir) });
  }
  const sorted = [...notices.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
  const missing = sorted.filter((n) => !n.text).map((n) => n.name);
  if (missing.length) throw new Error(`no licence text found for: ${missing.join(', ')}`);
  return [
    '# Third-party notices',
    '',
    `${programName} ships these packages bundled into its files under dist/. Each is used under its licence, reproduced below.`,
    '',
    ...sorted.flatMap((n) => [`## ${n.name} ${n.version} (${n.license})`, '', '```text', n.text!, '```', '']),
  ].join('\n');
}
