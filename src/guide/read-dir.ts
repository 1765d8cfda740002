/**
 * Reads a guide data directory: `topics/*.yaml|yml|json` and `checklists/*`. The files
 * are untrusted when they come from --data: sizes and counts are bounded (checked from
 * the directory listing, before any file is read), YAML is parsed with the core schema
 * (no tags that build objects), nesting and the reuse of anchors are bounded, nothing is
 * executed, and every string is stripped of control characters. All problems in all files are collected, and nothing is returned
 * unless every file is valid.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, dirname, extname, join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { DataError, invalidData } from '../errors.js';
import { describe, FRAME_FILE, listDataFiles } from './data-files.js';
import { sanitizeDeep } from '../util/sanitize.js';
import { checkChecklist, checkFrame, checkTopic } from './check.js';
import type { Checklist, GuideFrame, Topic } from './schema.js';

/** Limits on one data directory, documented in the README. */
export const MAX_FILE_BYTES = 256 * 1024;
export const MAX_FILES = 10_000;
export const MAX_DIR_BYTES = 64 * 1024 * 1024;

export interface DataDir {
  dir: string;
  /** The guide frame (guide.yaml), read only from the built-in data. */
  frame?: GuideFrame;
  topics: Topic[];
  /** Checklists with the file each came from; their references are checked by the caller. */
  checklists: { file: string; checklist: Checklist }[];
}

const utf8 = new TextDecoder('utf-8', { fatal: true });


/** Parses one file's text by its extension. Returns the value or a one-line problem. */
export function parseData(file: string, bytes: Uint8Array): { value?: unknown; problem?: string } {
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return { problem: `${file}: not valid UTF-8 text` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    if (extname(file) === '.json') return { value: JSON.parse(text) };
    // duplicate keys and unknown tags (such as !!js/function) are errors; so is nesting past 100
    const value = load(text, { schema: CORE_SCHEMA });
    if (expandsPast(value, MAX_NODES_PER_BYTE * text.length + 100)) return { problem: `${file}: its aliases (*name) repeat too much` };
    return { value };
  } catch (error) {
    if (error instanceof YAMLException) return { problem: `${file}: ${error.reason} (line ${error.mark.line + 1}, column ${error.mark.column + 1})` };
    const why = error instanceof RangeError ? 'nested too deeply' : describe(error);
    return { problem: `${file}: cannot be parsed: ${why}` };
  }
}

/**
 * A YAML alias (*name) stands for its anchor's whole value, so a few can stand for a
 * great many values ("a billion laughs"). Without aliases a file holds fewer values than
 * bytes; past a few per byte, they are refused before anything walks them.
 */
const MAX_NODES_PER_BYTE = 4;

/** Whether a value, aliases expanded, holds more than `limit` values; stops counting there. */
function expandsPast(value: unknown, limit: number): boolean {
  let count = 0;
  const stack = [value];
  while (stack.length) {
    const next = stack.pop();
    if (++count > limit) return true;
    if (next !== null && typeof next === 'object') for (const child of Object.values(next)) stack.push(child);
  }
  return false;
}


/** Refuses a directory past the limits, from its listing alone: nothing has been read yet. */
function checkLimits(dir: string, files: readonly string[]): void {
  if (files.length > MAX_FILES) throw new DataError(`too much guide data in ${dir}: ${files.length} files (at most ${MAX_FILES})`);
  let bytes = 0;
  for (const file of files) {
    try {
      bytes += statSync(file).size;
    } catch {
      // reported with the file when it is read
    }
  }
  if (bytes > MAX_DIR_BYTES) throw new DataError(`too much guide data in ${dir}: ${Math.ceil(bytes / 1048576)} MiB (at most ${MAX_DIR_BYTES / 1048576} MiB)`);
}

function readBytes(file: string, problems: string[]): Uint8Array | undefined {
  try {
    const stat = statSync(file);
    if (!stat.isFile()) {
      problems.push(`${file}: not a regular file`);
      return undefined;
    }
    if (stat.size > MAX_FILE_BYTES) {
      problems.push(`${file}: larger than ${MAX_FILE_BYTES / 1024} KiB`);
      return undefined;
    }
    return readFileSync(file);
  } catch (error) {
    problems.push(`${file}: ${describe(error)}`);
    return undefined;
  }
}

/** The built-in data's frame file, beside topics/ and checklists/. */


/**
 * Reads and validates a directory; with `frame`, its guide.yaml too (the built-in
 * data). Throws DataError listing every problem.
 */
export function readDataDir(dir: string, options: { frame?: boolean } = {}): DataDir {
  const problems: string[] = [];
  try {
    if (!statSync(dir).isDirectory()) throw Object.assign(new Error(), { code: 'ENOTDIR' });
  } catch (error) {
    throw new DataError(`cannot read guide data in ${dir}: ${describe(error)}`);
  }
  const topics: Topic[] = [];
  const checklists: DataDir['checklists'] = [];
  const ids = new Map<string, string>();
  const files = listDataFiles(dir, problems);
  checkLimits(dir, files);
  for (const file of files) {
    const bytes = readBytes(file, problems);
    if (!bytes) continue;
    const { value, problem } = parseData(file, bytes);
    if (problem) {
      problems.push(problem);
      continue;
    }
    let clean: unknown;
    try {
      clean = sanitizeDeep(value);
    } catch (error) {
      problems.push(`${file}: ${(error as Error).message}`);
      continue;
    }
    const kind = basename(dirname(file)) === 'checklists' ? 'checklist' : 'topic';
    const unique = (id: string): void => {
      const other = ids.get(`${kind}:${id}`);
      if (other) problems.push(`${file}: id: '${id}' is also the id in ${other}`);
      ids.set(`${kind}:${id}`, file);
    };
    if (kind === 'checklist') {
      const { checklist, problems: found } = checkChecklist(file, clean);
      problems.push(...found);
      if (checklist) {
        unique(checklist.id);
        checklists.push({ file, checklist });
      }
    } else {
      const { topic, problems: found } = checkTopic(file, clean);
      problems.push(...found);
      if (topic) {
        unique(topic.id);
        topics.push(topic);
      }
    }
  }
  let frame: GuideFrame | undefined;
  if (options.frame) {
    try {
      frame = readFrame(join(dir, FRAME_FILE), topics);
    } catch (error) {
      problems.push(...(error instanceof DataError && error.problems.length ? error.problems : [(error as Error).message]));
    }
  }
  if (problems.length) throw invalidData(dir, problems);
  return { dir, ...(frame && { frame }), topics, checklists };
}

/** Reads and validates a guide frame file (the built-in data/guide.yaml). Throws DataError. */
export function readFrame(file: string, topics: readonly Topic[]): GuideFrame {
  const problems: string[] = [];
  const bytes = readBytes(file, problems);
  const { value, problem } = bytes ? parseData(file, bytes) : {};
  if (problem) problems.push(problem);
  const { frame, problems: found } = problems.length ? { problems: [] } : checkFrame(file, value, topics);
  problems.push(...found);
  if (!frame || problems.length) throw invalidData(file, problems);
  return frame;
}
