/** `completion <shell>`: prints a completion script for bash, zsh or fish. */
import { bashScript } from '../completion/bash.js';
import { fishScript } from '../completion/fish.js';
import { completionModel } from '../completion/model.js';
import { zshScript } from '../completion/zsh.js';
import { UsageError } from '../errors.js';
import type { Reply } from '../render/emit.js';
import { stripControl } from '../util/sanitize.js';
import type { CommandContext } from './context.js';

const SCRIPTS = { bash: bashScript, zsh: zshScript, fish: fishScript };

export async function runCompletion(ctx: CommandContext, shell: string): Promise<Reply> {
  const script = Object.hasOwn(SCRIPTS, shell.toLowerCase()) ? SCRIPTS[shell.toLowerCase() as keyof typeof SCRIPTS] : undefined;
  if (!script) throw new UsageError(`unknown shell '${stripControl(shell)}'`, 'Shells: bash, zsh, fish.');
  return { document: { kind: 'text', text: script(completionModel(ctx.table, ctx.guide)) } };
}
