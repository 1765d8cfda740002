/**
 * The Prompter over inquirer. Ctrl-C, a closed stdin or an abort becomes CancelError,
 * which main.ts turns into "Cancelled." and status 130.
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

export function inquirerPrompter(): Prompter {
  return {
    select: <T extends string>(message: string, choices: readonly Choice<T>[]) =>
      cancellable(select<T>({ message, choices: choices.map((c) => ({ ...c })), pageSize: 10 })),
    confirm: (message: string, defaultValue: boolean) => cancellable(confirm({ message, default: defaultValue })),
  };
}
