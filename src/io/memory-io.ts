/** An in-memory IO for tests: captures output, scripts answers, fakes the host. */
import { CancelError } from '../errors.js';
import type { Host, IO, Output } from './io.js';
import type { Choice, Prompter } from './prompter.js';

export class MemoryOutput implements Output {
  text = '';
  constructor(
    public isTTY = false,
    public columns?: number,
  ) {}
  write(text: string): void {
    this.text += text;
  }
}

export interface MemoryIOOptions {
  outTTY?: boolean;
  stdinTTY?: boolean;
  columns?: number;
  env?: Record<string, string | undefined>;
  macVersion?: string;
  /** Answers given in order: a choice value for select, 'yes'/'no' for confirm. */
  answers?: string[];
}

/** Answers prompts from a script; running out of answers is a cancel, like Ctrl-C. */
export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  constructor(private readonly answers: string[]) {}
  private next(message: string): string {
    this.asked.push(message);
    const answer = this.answers.shift();
    if (answer === undefined) throw new CancelError();
    return answer;
  }
  async select<T extends string>(message: string, choices: readonly Choice<T>[]): Promise<T> {
    const answer = this.next(message);
    const choice = choices.find((c) => c.value === answer);
    if (!choice) throw new Error(`scripted answer '${answer}' is not a choice of: ${message}`);
    return choice.value;
  }
  async confirm(message: string): Promise<boolean> {
    return this.next(message) === 'yes';
  }
}

export function memoryIO(options: MemoryIOOptions = {}): IO & { out: MemoryOutput; err: MemoryOutput; prompts: ScriptedPrompter; files: Map<string, string> } {
  const files = new Map<string, string>();
  const host: Host = { macVersion: () => options.macVersion };
  const prompts = new ScriptedPrompter([...(options.answers ?? [])]);
  return {
    out: new MemoryOutput(options.outTTY ?? false, options.columns),
    err: new MemoryOutput(false),
    stdinIsTTY: options.stdinTTY ?? false,
    env: options.env ?? {},
    host,
    prompts,
    files,
    writeFile: (path, text) => {
      if (path.startsWith('/unwritable/')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      files.set(path, text);
    },
    prompter: async () => prompts,
  };
}
