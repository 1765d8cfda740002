/**
 * The built-in guide compiled from its data directory: every file checked, checklist
 * and frame references resolved, topics in the frame's order. The build writes it to
 * dist/guide.json; run time only parses that.
 */
import { invalidData } from '../errors.js';
import { checklistProblems } from './rules.js';
import type { CompiledGuide } from './guide.js';
import { readDataDir } from './read-dir.js';

export function compileDataDir(dir: string): CompiledGuide {
  const data = readDataDir(dir, { frame: true });
  const problems = data.checklists.flatMap(({ file, checklist }) => checklistProblems(file, checklist, data.topics));
  if (problems.length) throw invalidData(dir, problems);
  const order = data.frame!.order ?? [];
  const rank = (id: string): number => (order.includes(id) ? order.indexOf(id) : order.length);
  const topics = [...data.topics].sort((a, b) => rank(a.id) - rank(b.id) || a.id.localeCompare(b.id));
  return { frame: data.frame!, topics, checklists: data.checklists.map((c) => c.checklist) };
}
