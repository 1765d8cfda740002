/**
 * Answers the build renders whole (dist/whole/): the printed checklist, for every
 * platform at its newest version, the usual answer of `troubleshoot` when it cannot
 * ask, in each format, and pretty in each variant at each stored width; and each
 * shell's completion script. Each is the CLI's own output for that command line, so it
 * is what a run would print.
 */
import { completionScript } from '../commands/completion.js';
import { PRINTED_CHECKLIST } from '../commands/troubleshoot.js';
import { memoryIO } from '../io/memory-io.js';
import { run, type RunContext } from '../main.js';
import { FITTED_WIDTHS, VARIANTS, type Variant } from '../render/stored.js';

const FLAGS: Record<Variant, { args: string[]; env: Record<string, string> }> = {
  plain: { args: ['--no-color'], env: {} },
  color: { args: ['--color'], env: { FORCE_HYPERLINK: '0' } },
  links: { args: ['--color'], env: { FORCE_HYPERLINK: '1' } },
};

/** The command line of each answer, by product name. */
export function wholeCommands(): Map<string, { args: string[]; env: Record<string, string> }> {
  const base = ['troubleshoot', '--no-input'];
  const commands = new Map<string, { args: string[]; env: Record<string, string> }>();
  for (const format of ['plain', 'markdown', 'json']) commands.set(`whole/${PRINTED_CHECKLIST}.${format}`, { args: [...base, '--format', format], env: {} });
  for (const variant of VARIANTS) {
    for (const width of FITTED_WIDTHS) {
      commands.set(`whole/${PRINTED_CHECKLIST}.pretty.${variant}.w${width}`, { args: [...base, '--format', 'pretty', ...FLAGS[variant].args], env: { ...FLAGS[variant].env, COLUMNS: String(width) } });
    }
  }
  for (const shell of ['bash', 'zsh', 'fish']) commands.set(`whole/${completionScript(shell)}`, { args: ['completion', shell], env: {} });
  return commands;
}

/** Each answer's text, by product name; `context` is the built CLI's (dist/ with the drawn units). */
export async function wholeAnswers(context: RunContext): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const [name, { args, env }] of wholeCommands()) {
    const io = memoryIO({ env });
    const code = await run(args, io, context);
    if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${io.err.text}`);
    answers.set(name, io.out.text);
  }
  return answers;
}
