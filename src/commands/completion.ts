/** `completion <shell>`: prints a completion script for bash, zsh or fish. */
import type { Command } from 'commander';
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionModel } from '../completion/model.js';
import { zshScript } from '../completion/zsh.js';
import { UsageError } from '../errors.js';
import type { Guide } from '../guide/guide.js';
import type { IO } from '../io/io.js';
import { stripControl } from '../util/sanitize.js';

const SCRIPTS = { bash: bashScript, zsh: zshScript, fish: fishScript };

/** `program` must have every command set up (built with `eager`). */
export async function runCompletion(program: Command, guide: Guide, shell: string, io: IO): Promise<void> {
  const script = SCRIPTS[shell.toLowerCase() as keyof typeof SCRIPTS];
  if (!script) throw new UsageError(`unknown shell '${stripControl(shell)}'`, 'Shells: bash, zsh, fish.');
  io.out.write(script(completionModel(program, guide)));
}
