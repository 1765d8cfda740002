/**
 * The options every topic command shares (platform, version, format, colour, data,
 * input) and their resolution into settings. Flags are declared once here.
 */
import { Option, type Command } from 'commander';
import { UsageError } from '../errors.js';
import { PLATFORMS, parsePlatform, type Platform } from '../guide/platforms.js';
import { renderWidth, wantsColor } from '../io/color.js';
import type { IO } from '../io/io.js';

export const FORMATS = ['pretty', 'plain', 'markdown', 'json'] as const;
export type Format = (typeof FORMATS)[number];

/** What commander hands an action for the shared options. */
export interface RawOptions {
  ios?: boolean;
  ipados?: boolean;
  mac?: boolean;
  macos?: boolean;
  windows?: boolean;
  web?: boolean;
  platform?: string[];
  osVersion?: string;
  format?: Format;
  json?: boolean;
  plain?: boolean;
  markdown?: boolean;
  color?: boolean;
  input?: boolean;
  data?: string[];
}

export interface OutputSettings {
  format: Format;
  color: boolean;
  width: number;
}

/** The parser of repeatable options: each use adds a value. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Output flags: every command that prints has these. */
export function addOutputOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--format <format>', 'output format').choices(FORMATS))
    .option('--json', 'same as --format json')
    .option('--plain', 'same as --format plain')
    .option('--markdown', 'same as --format markdown')
    .option('--color', 'force colour')
    .option('--no-color', 'no colour (also NO_COLOR=1 or TERM=dumb)')
    .option('--data <dir>', 'more guide data laid over the built-in (repeatable)', collect)
    .option('--no-input', 'never prompt');
}

/** Platform and version flags, for commands whose answer depends on them. */
export function addPlatformOptions(cmd: Command): Command {
  return cmd
    .option('--ios', 'iPhone')
    .option('--ipados', 'iPad')
    .option('--mac', 'Mac (also --macos)')
    .addOption(new Option('--macos').hideHelp())
    .option('--windows', 'Windows (viewing and recovering)')
    .option('--web', 'iCloud.com (viewing and recovering)')
    .option('-p, --platform <name>', `platform by name: ${PLATFORMS.join(', ')} (repeatable)`, collect)
    .option('--os-version <version>', 'OS version: 17, 18.2, 26, 10.14.3, or a macOS name (default: newest)');
}

/** The platforms named by flags, in a fixed order, without repeats. */
export function requestedPlatforms(raw: RawOptions): Platform[] {
  const wanted = new Set<Platform>();
  if (raw.ios) wanted.add('ios');
  if (raw.ipados) wanted.add('ipados');
  if (raw.mac || raw.macos) wanted.add('macos');
  if (raw.windows) wanted.add('windows');
  if (raw.web) wanted.add('web');
  for (const name of raw.platform ?? []) {
    const p = parsePlatform(name);
    if (!p) throw new UsageError(`unknown platform '${name}'`, `Valid platforms: ${PLATFORMS.join(', ')}.`);
    wanted.add(p);
  }
  return PLATFORMS.filter((p) => wanted.has(p));
}

/** Format, colour and width from the flags, the environment and the terminal. */
export function outputSettings(raw: RawOptions, io: IO): OutputSettings {
  const chosen = [raw.format, raw.json && 'json', raw.plain && 'plain', raw.markdown && 'markdown'].filter(
    (f): f is Format => typeof f === 'string',
  );
  const distinct = [...new Set(chosen)];
  if (distinct.length > 1) throw new UsageError(`choose one output format, not ${distinct.join(' and ')}`);
  const format = distinct[0] ?? (io.out.isTTY ? 'pretty' : 'plain');
  return {
    format,
    color: format === 'pretty' && wantsColor(raw.color, io.env, io.out.isTTY),
    width: renderWidth(io.out.columns, io.env),
  };
}
