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

/** The name the build renders a shell's script under for the built-in guide (src/build/whole.ts). */
export const completionScript = (shell: string): string => `completion.${shell}`;

export async function runCompletion(ctx: CommandContext, shell: string): Promise<Reply> {
  const name = shell.toLowerCase();
  const script = Object.hasOwn(SCRIPTS, name) ? SCRIPTS[name as keyof typeof SCRIPTS] : undefined;
  if (!script) throw new UsageError(`unknown shell '${stripControl(shell)}'`, 'Shells: bash, zsh, fish.');
  const document = (): Reply['document'] => ({ kind: 'text', text: script(completionModel(ctx.table, ctx.guide)) });
  // run when each shell starts: for the built-in guide, the build has written the script
  return ctx.customData ? { document: document() } : { stored: { name: completionScript(name), text: true }, get document() { return document(); } };
}
