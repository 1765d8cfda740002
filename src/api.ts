/**
 * The library API: the answers of `facetime-help ... --json`, as objects. Each function
 * runs the same command the CLI runs and returns the same document (typed by
 * src/render/output-types.ts, described by data/schema/output.schema.json).
 *
 *   import { getTopic } from 'facetime-help';
 *   const where = await getTopic('where', { platform: 'ios', osVersion: '17' });
 */
import { join } from 'node:path';
import type { Options } from './argv.js';
import { commandSpecs } from './spec.js';
import { outputSettings, type CommandContext } from './commands/context.js';
import { runShow } from './commands/topic.js';
import { runTopics } from './commands/topics.js';
import { UsageError } from './errors.js';
import { loadGuide } from './guide/load.js';
import { PLATFORMS, parsePlatform, type Platform } from './guide/platforms.js';
import { memoryIO } from './io/memory-io.js';
import { productsIn } from './io/products.js';
import type { Reply } from './render/emit.js';
import { toOutput, type JsonDocument } from './render/json.js';
import type { ChecklistOutput, SearchOutput, TopicOutput, TopicsOutput } from './render/output-types.js';

export type { ChecklistOutput, SearchOutput, TopicOutput, TopicsOutput } from './render/output-types.js';
export { DataError, UsageError } from './errors.js';

/** Put in by the build, from package.json. */
declare const __PROGRAM__: { version: string; description: string; homepage: string; bugs: string };

export interface Request {
  /** One platform or several: ios, ipados, macos, windows, web (or iphone, ipad, mac, icloud). Default: every one the answer covers. */
  platform?: string | readonly string[];
  /** "17", "18.2", "10.14.3" or a macOS name. Default: the newest the guide knows. */
  osVersion?: string;
  /** Guide data directories laid over the built-in guide, as --data. */
  data?: readonly string[];
}

function platforms(request: Request): Platform[] {
  const names = request.platform === undefined ? [] : typeof request.platform === 'string' ? [request.platform] : request.platform;
  return names.map((name) => {
    const p = parsePlatform(name);
    if (!p) throw new UsageError(`unknown platform '${name}'`, `Valid platforms: ${PLATFORMS.join(', ')}.`);
    return p;
  });
}

function options(request: Request, more: Partial<Options> = {}): Options {
  return {
    platforms: platforms(request),
    ...(request.osVersion !== undefined && { osVersion: request.osVersion }),
    format: 'json',
    pager: false,
    input: false,
    data: [...(request.data ?? [])],
    force: false,
    help: false,
    version: false,
    ...more,
  };
}

/** Runs a command as the CLI would, with no terminal, and returns its document. */
async function answer<T>(request: Request, run: (ctx: CommandContext) => Promise<Reply>): Promise<T> {
  const guide = await loadGuide({ builtIn: join(__dirname, 'guide.json'), dataDirs: request.data ?? [] });
  const io = memoryIO();
  const ctx: CommandContext = {
    guide,
    customData: (request.data ?? []).length > 0,
    io,
    table: commandSpecs(guide),
    settings: outputSettings(options(request), io),
    emit: async () => {},
    program: __PROGRAM__,
    builtInData: join(__dirname, '..', 'data'),
    products: productsIn(__dirname),
  };
  const reply = await run(ctx);
  if (reply.error) throw reply.error;
  return toOutput(reply.document as JsonDocument) as T;
}

/** A topic (by id, command or alias) for the asked platforms and version: `facetime-help show <topic> --json`. */
export function getTopic(topic: string, request: Request = {}): Promise<TopicOutput> {
  return answer(request, async (ctx) => runShow(ctx, topic, options(request)));
}

/** The troubleshooting checklist, for one symptom or all: `facetime-help troubleshoot --json`. */
export function getChecklist(request: Request & { symptom?: string } = {}): Promise<ChecklistOutput> {
  const { symptom } = request;
  return answer(request, async (ctx) => (await import('./commands/troubleshoot.js')).runTroubleshoot(ctx, options(request, symptom === undefined ? {} : { symptom })));
}

/** Ranked matches across all guide text: `facetime-help search <query> --json`. */
export function search(query: string, request: Request & { limit?: number } = {}): Promise<SearchOutput> {
  const more = request.limit === undefined ? {} : { limit: String(request.limit) };
  return answer(request, async (ctx) => (await import('./commands/search.js')).runSearch(ctx, [query], options(request, more)));
}

/** Every topic, with the command that shows it: `facetime-help topics --json`. */
export function listTopics(request: Request = {}): Promise<TopicsOutput> {
  return answer(request, async (ctx) => runTopics(ctx, options(request)));
}
