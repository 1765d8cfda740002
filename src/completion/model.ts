/**
 * What a completion script completes, read from the command table (so it cannot drift
 * from the real commands) plus the values the guide knows: topics, platforms, OS
 * versions, symptoms and formats.
 */
import type { Command, Option } from 'commander';
import { TROUBLESHOOT_CHECKLIST, topicCommand, type Guide } from '../guide/guide.js';
import { PLATFORMS, VERSIONED_PLATFORMS } from '../guide/platforms.js';
import { RELEASES } from '../guide/versions.js';
import { collect } from '../commands/options.js';

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

export interface CommandSpec {
  names: string[];
  description: string;
  flags: FlagSpec[];
  /** What its positional arguments are, if any. */
  operands?: { values: Values; many: boolean };
}

export interface CompletionModel {
  program: string;
  /** The program's own flags (--help, --version). */
  flags: FlagSpec[];
  commands: CommandSpec[];
}

function osVersions(): string[] {
  const words = VERSIONED_PLATFORMS.flatMap((p) => RELEASES[p].flatMap((r) => [r.version, ...(r.name ? [r.name.toLowerCase().replace(/\s+/g, '')] : [])]));
  return [...new Set(words)];
}

function flagValues(option: Option, guide: Guide): Values | undefined {
  if (!option.required && !option.optional) return undefined;
  if (option.argChoices) return option.argChoices;
  switch (option.long) {
    case '--platform': return [...PLATFORMS];
    case '--os-version': return osVersions();
    case '--symptom': return guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST)?.symptoms.map((s) => s.id) ?? [];
    case '--data': return 'directory';
    case '--report': return 'file';
    default: return 'none';
  }
}

function operands(cmd: Command, guide: Guide): CommandSpec['operands'] {
  const arg = cmd.registeredArguments[0];
  if (!arg) return undefined;
  const byName: Record<string, Values> = {
    topic: [...new Set(guide.topics.flatMap((t) => [t.id, topicCommand(t)]))],
    shell: ['bash', 'zsh', 'fish'],
    dir: 'directory',
    command: (cmd.parent?.commands ?? []).map((c) => c.name()),
  };
  const values = byName[arg.name()] ?? 'none';
  return { values, many: arg.variadic };
}

function flags(cmd: Command, guide: Guide): FlagSpec[] {
  return cmd.createHelp().visibleOptions(cmd).filter((o) => o.long).map((o) => ({
    short: o.short,
    long: o.long!,
    description: o.description,
    values: flagValues(o, guide),
    repeatable: o.parseArg === collect,
  }));
}

/** The model of a program whose commands are all set up (built with `eager`). */
export function completionModel(program: Command, guide: Guide): CompletionModel {
  const commands: CommandSpec[] = program.commands.map((cmd) => ({
    names: [cmd.name(), ...cmd.aliases()],
    description: cmd.description(),
    flags: flags(cmd, guide),
    operands: operands(cmd, guide),
  }));
  return { program: program.name(), flags: flags(program, guide), commands };
}
