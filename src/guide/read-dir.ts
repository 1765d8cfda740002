/**
 * Reads a guide data directory: `topics/*.yaml|yml|json` and `checklists/*`. The files
 * are untrusted when they come from --data: sizes and counts are bounded (data-files.ts
 * checks them from the directory listing, before any file is read), YAML is parsed with
 * the core schema (no tags that build objects), nesting and the reuse of anchors are
 * bounded, nothing is executed, and every string is stripped of control characters. All
 * problems in all files are collected, and nothing is returned unless every file is valid.
 */
import { basename, dirname, extname, join } from 'node:path';
import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { DataError, invalidData } from '../errors.js';
import { describe, FRAME_FILE, readBytes, readDataFiles, type DataFiles } from './data-files.js';
import { sanitizeDeep } from '../util/sanitize.js';
import { checkChecklist, checkFrame, checkTopic } from './check.js';
import type { Checklist, GuideFrame, Topic } from './schema.js';

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


/**
 * Reads and validates a directory; with `frame`, its guide.yaml too (the built-in
 * data). Throws DataError listing every problem.
 */
export function readDataDir(dir: string, options: { frame?: boolean } = {}): DataDir {
  return checkDataFiles(dir, readDataFiles(dir), options);
}

/** Parses and validates a directory's files as readDataFiles read them. Throws DataError listing every problem. */
export function checkDataFiles(dir: string, read: DataFiles, options: { frame?: boolean } = {}): DataDir {
  const problems = [...read.problems];
  const topics: Topic[] = [];
  const checklists: DataDir['checklists'] = [];
  const ids = new Map<string, string>();
  for (const { file, bytes } of read.files) {
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
