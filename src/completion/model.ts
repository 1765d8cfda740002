/**
 * What a completion script completes, read from the command table (so it cannot drift
 * from the real commands) plus the values the guide knows: topics, platforms, OS
 * versions, symptoms and formats.
 */
import { OPTIONS, PROGRAM_OPTIONS, visibleOptions, type CommandSpec, type Completes, type OptionName, type OptionSpec } from '../spec.js';
import { TROUBLESHOOT_CHECKLIST, topicNames, type Guide } from '../guide/guide.js';
import { PLATFORMS, VERSIONED_PLATFORMS } from '../guide/platforms.js';
import { compareVersions } from '../guide/versions.js';
import { FORMATS } from '../render/emit.js';

/** A word list, or the shell's own file or directory completion. */
export type Values = string[] | 'file' | 'directory' | 'none';

export interface FlagSpec {
  short?: string;
  long: string;
  description: string;
  /** Undefined for a switch. */
  values?: Values;
  repeatable: boolean;
}

export interface CommandEntry {
  names: string[];
  description: string;
  flags: FlagSpec[];
  /** What its positional arguments are, if any. */
  operands?: { values: Values; many: boolean };
}

export interface CompletionModel {
  program: string;
  /** The flags valid before any command. */
  flags: FlagSpec[];
  commands: CommandEntry[];
}

/** Release numbers and names (as one word: "golden-gate") from the feature's first release on. */
function osVersions(guide: Guide): string[] {
  const words = VERSIONED_PLATFORMS.flatMap((p) => {
    const frame = guide.frame.platforms[p];
    return frame.releases
      .filter((r) => compareVersions(r.version, frame.feature.since) >= 0)
      .flatMap((r) => [r.version, ...(r.name ? [r.name.toLowerCase().replace(/\s+/g, '-')] : [])]);
  });
  return [...new Set(words)];
}

function valuesFor(completes: Completes | undefined, guide: Guide, table: readonly CommandSpec[]): Values {
  switch (completes) {
    case 'platform':
      return [...PLATFORMS];
    case 'version':
      return osVersions(guide);
    case 'symptom':
      return guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST)?.symptoms.map((s) => s.id) ?? [];
    case 'format':
      return [...FORMATS];
    case 'topic':
      return [...new Set(guide.topics.flatMap(topicNames))];
    case 'shell':
      return ['bash', 'zsh', 'fish'];
    case 'command':
      return table.map((c) => c.name);
    case 'directory':
    case 'file':
      return completes;
    default:
      return 'none';
  }
}

function flags(names: readonly OptionName[], guide: Guide, table: readonly CommandSpec[]): FlagSpec[] {
  return visibleOptions(names).map((o: OptionSpec) => ({
    ...(o.short && { short: `-${o.short}` }),
    long: `--${o.name}`,
    description: o.description,
    ...(o.value && { values: o.choices ? [...o.choices] : valuesFor(o.completes, guide, table) }),
    repeatable: o.repeatable === true,
  }));
}

/** The model of the command table for a guide. */
export function completionModel(table: readonly CommandSpec[], guide: Guide): CompletionModel {
  return {
    program: 'facetime-help',
    flags: flags(PROGRAM_OPTIONS, guide, table),
    commands: table.map((cmd) => ({
      names: [cmd.name, ...cmd.aliases],
      description: cmd.description,
      flags: flags(cmd.options, guide, table),
      ...(cmd.operand && { operands: { values: valuesFor(cmd.operand.completes, guide, table), many: cmd.operand.variadic } }),
    })),
  };
}

/** Every option that takes a value, as typed: for the scripts' "skip its value" rules. */
export const VALUED_FLAGS: readonly string[] = Object.values(OPTIONS as Record<string, OptionSpec>)
  .filter((o) => o.value)
  .flatMap((o) => [`--${o.name}`, ...(o.short ? [`-${o.short}`] : [])]);
