/** What the interactive checklist needs from a prompt library, so tests can answer for a user. */

export interface Choice<T extends string> {
  value: T;
  name: string;
  description?: string;
}

export interface Prompter {
  select<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T>;
  confirm(message: string, defaultValue: boolean): Promise<boolean>;
}
