/** An in-memory IO for tests: captures output, scripts answers, fakes the host, files and pager. */
import { CancelError } from '../errors.js';
import { NO_CACHE, type DrawnCache } from './drawn-cache.js';
import type { Host, IO, Output } from './io.js';
import type { Choice, Prompter } from './prompter.js';

export class MemoryOutput implements Output {
  text = '';
  constructor(
    public isTTY = false,
    public columns?: number,
    public rows?: number,
  ) {}
  write(text: string): void {
    this.text += text;
  }
}

export interface MemoryIOOptions {
  outTTY?: boolean;
  stdinTTY?: boolean;
  columns?: number;
  rows?: number;
  env?: Record<string, string | undefined>;
  macVersion?: string;
  /** Answers given in order: a choice value for select, 'yes'/'no' for confirm. */
  answers?: string[];
  /** Files that exist already. */
  files?: Record<string, string>;
  /** Whether a pager runs (its text is kept in `paged`). */
  pager?: boolean;
  /** The cache of drawn text; none by default. */
  drawn?: DrawnCache;
  /** The cache of checked custom data; none by default. */
  checked?: DrawnCache;
}

/** Answers prompts from a script; running out of answers is a cancel, like Ctrl-C. */
export class ScriptedPrompter implements Prompter {
  readonly asked: string[] = [];
  color?: boolean;
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

export type MemoryIO = IO & { out: MemoryOutput; err: MemoryOutput; prompts: ScriptedPrompter; files: Map<string, string>; paged: string[] };

export function memoryIO(options: MemoryIOOptions = {}): MemoryIO {
  const files = new Map<string, string>(Object.entries(options.files ?? {}));
  const host: Host = { macVersion: () => options.macVersion };
  const prompts = new ScriptedPrompter([...(options.answers ?? [])]);
  const paged: string[] = [];
  return {
    out: new MemoryOutput(options.outTTY ?? false, options.columns, options.rows),
    err: new MemoryOutput(false),
    stdinIsTTY: options.stdinTTY ?? false,
    env: options.env ?? {},
    host,
    prompts,
    files,
    paged,
    writeFile: (path, text, { overwrite }) => {
      if (path.startsWith('/unwritable/')) throw Object.assign(new Error(`EACCES: permission denied, open '${path}'`), { code: 'EACCES' });
      if (!overwrite && files.has(path)) throw Object.assign(new Error(`EEXIST: file already exists, open '${path}'`), { code: 'EEXIST' });
      files.set(path, text);
    },
    prompter: async ({ color }) => {
      prompts.color = color;
      return prompts;
    },
    page: async (text) => {
      if (options.pager) paged.push(text);
      return options.pager === true;
    },
    drawn: options.drawn ?? NO_CACHE,
    checked: options.checked ?? NO_CACHE,
  };
}
