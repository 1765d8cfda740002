/** What every command gets: the guide, the I/O, the command table, the output settings. */
import type { CommandSpec, ProgramInfo } from '../spec.js';
import type { Options } from '../argv.js';
import type { Guide } from '../guide/guide.js';
import { renderWidth, wantsColor, wantsHyperlinks } from '../io/color.js';
import type { IO } from '../io/io.js';
import type { Products } from '../io/products.js';
import type { OutputSettings, Reply } from '../render/emit.js';

export interface CommandContext {
  guide: Guide;
  /** Whether custom data was laid over the built-in guide. */
  customData: boolean;
  io: IO;
  table: readonly CommandSpec[];
  settings: OutputSettings;
  /** Writes a reply now, for the interactive checklist, which answers step by step; `settings` override the run's. */
  emit(reply: Reply, settings?: Partial<OutputSettings>): Promise<void>;
  program: ProgramInfo;
  /** The built-in data directory, for `validate` with no directory. */
  builtInData: string;
  products: Products;
}

/** Format, colour, links, width and paging from the options, the environment and the terminal. */
export function outputSettings(options: Options, io: IO): OutputSettings {
  const format = options.format ?? (io.out.isTTY ? 'pretty' : 'plain');
  const color = format === 'pretty' && wantsColor(options.color, io.env, io.out.isTTY);
  return {
    format,
    color,
    links: wantsHyperlinks(io.env, color, io.out.isTTY),
    width: renderWidth(io.out.columns, io.env),
    pager: options.pager,
  };
}
