/**
 * Answers the build renders whole (dist/whole/), each in every format, and pretty in
 * each variant at each stored width: every topic at the newest versions, for all its
 * platforms and for each one (the answers asked most); the printed checklist and each
 * symptom's, for every platform at its newest version, the usual answers of
 * `troubleshoot` when it cannot ask; and each shell's completion script. Each is the
 * CLI's own output for that command line, so it is what a run would print.
 */
import { completionScript } from '../commands/completion.js';
import { wholeTopicName } from '../commands/topic.js';
import { printedChecklistName } from '../commands/troubleshoot.js';
import { TROUBLESHOOT_CHECKLIST, type Guide } from '../guide/guide.js';
import { PLATFORM_FLAG } from '../guide/platforms.js';
import { memoryIO } from '../io/memory-io.js';
import { run, type RunContext } from '../main.js';
import { FITTED_WIDTHS, VARIANTS, type Variant } from '../render/stored.js';

const FLAGS: Record<Variant, { args: string[]; env: Record<string, string> }> = {
  plain: { args: ['--no-color'], env: {} },
  color: { args: ['--color'], env: { FORCE_HYPERLINK: '0' } },
  links: { args: ['--color'], env: { FORCE_HYPERLINK: '1' } },
};

type Commands = Map<string, { args: string[]; env: Record<string, string> }>;

/** One answer in every format, and pretty in every variant at every stored width. */
function everyFormat(commands: Commands, name: string, args: readonly string[]): void {
  for (const format of ['plain', 'markdown', 'json']) commands.set(`whole/${name}.${format}`, { args: [...args, '--format', format], env: {} });
  for (const variant of VARIANTS) {
    for (const width of FITTED_WIDTHS) {
      commands.set(`whole/${name}.pretty.${variant}.w${width}`, { args: [...args, '--format', 'pretty', ...FLAGS[variant].args], env: { ...FLAGS[variant].env, COLUMNS: String(width) } });
    }
  }
}

/** The command line of each answer, by product name. */
export function wholeCommands({ topics, checklists }: Pick<Guide, 'topics' | 'checklists'>): Commands {
  const commands: Commands = new Map();
  for (const topic of topics) {
    everyFormat(commands, wholeTopicName(topic.id), ['show', topic.id]);
    for (const platform of topic.platforms) everyFormat(commands, wholeTopicName(topic.id, platform), ['show', topic.id, PLATFORM_FLAG[platform]]);
  }
  everyFormat(commands, printedChecklistName(), ['troubleshoot', '--no-input']);
  for (const symptom of checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST)?.symptoms ?? []) everyFormat(commands, printedChecklistName(symptom.id), ['troubleshoot', '--no-input', '--symptom', symptom.id]);
  for (const shell of ['bash', 'zsh', 'fish']) commands.set(`whole/${completionScript(shell)}`, { args: ['completion', shell], env: {} });
  return commands;
}

/** Each answer's text, by product name; `context` is the built CLI's (dist/ with the drawn units). */
export async function wholeAnswers(guide: Pick<Guide, 'topics' | 'checklists'>, context: RunContext): Promise<Map<string, string>> {
  const answers = new Map<string, string>();
  for (const [name, { args, env }] of wholeCommands(guide)) {
    const io = memoryIO({ env });
    const code = await run(args, io, context);
    if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${io.err.text}`);
    answers.set(name, io.out.text);
  }
  return answers;
}
