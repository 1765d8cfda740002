/**
 * The Prompter over inquirer. Ctrl-C, a closed stdin or an abort becomes CancelError,
 * which main.ts turns into "Cancelled." and status 130. Without colour, every style of
 * the prompts is plain text (inquirer colours through util.styleText, which Node 20
 * applies whatever --no-color says).
 */
import confirm from '@inquirer/confirm';
import select from '@inquirer/select';
import { CancelError } from '../errors.js';
import type { Choice, Prompter } from './prompter.js';

const CANCELLED = new Set(['ExitPromptError', 'AbortPromptError', 'CancelPromptError']);

async function cancellable<T>(prompt: Promise<T>): Promise<T> {
  try {
    return await prompt;
  } catch (error) {
    if (error instanceof Error && CANCELLED.has(error.name)) throw new CancelError();
    throw error;
  }
}

const plain = (text: string): string => text;

/** A theme with no colour: every style function returns its text as it is. */
const PLAIN_THEME = {
  prefix: { idle: '?', done: '✔' },
  style: {
    answer: plain,
    message: plain,
    error: (text: string) => `> ${text}`,
    defaultAnswer: (text: string) => `(${text})`,
    help: plain,
    highlight: plain,
    key: (text: string) => `<${text}>`,
    disabled: plain,
    description: plain,
    keysHelpTip: (keys: [string, string][]) => keys.map(([key, action]) => `${key} ${action}`).join(' • '),
  },
};

export function inquirerPrompter(options: { color: boolean }): Prompter {
  const theme = options.color ? {} : PLAIN_THEME;
  return {
    select: <T extends string>(message: string, choices: readonly Choice<T>[]) =>
      cancellable(select<T>({ message, choices: choices.map((c) => ({ ...c })), pageSize: 10, theme })),
    confirm: (message: string, defaultValue: boolean) => cancellable(confirm({ message, default: defaultValue, theme })),
  };
}
