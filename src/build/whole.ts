/**
 * Answers the build renders whole (dist/whole/), each in every format, and pretty in
 * each variant at each stored width: every topic at the newest versions, for all its
 * platforms and for each one (the answers asked most); the printed checklist and each
 * symptom's, for every platform at its newest version, the usual answers of
 * `troubleshoot` when it cannot ask; and each shell's completion script. Each is the
 * CLI's own output for that command line, so it is what a run would print.
 *
 * And for one platform at any version, each topic's answer and the printed checklist's
 * (and each symptom's): one per class of versions (src/commands/at-version.ts), in every
 * format, the platform's heading as SLOT (and in json its OS as OS_SLOT), stored by
 * paragraphs, or in json by pieces (AtVersionAnswers), with where each answer's foot
 * begins, or whether json ones join, so that a run can make the answer for several
 * platforms of theirs (findFeet).
 */
import { classKey, storedAtVersion } from '../commands/at-version.js';
import { completionScript } from '../commands/completion.js';
import { wholeTopicName } from '../commands/topic.js';
import { printedChecklistName } from '../commands/troubleshoot.js';
import { TROUBLESHOOT_CHECKLIST, type Guide } from '../guide/guide.js';
import { isVersioned, PLATFORM_FLAG, type Platform, type VersionedPlatform } from '../guide/platforms.js';
import { resolveSelections, type Selection } from '../guide/select.js';
import { memoryIO } from '../io/memory-io.js';
import { run, type RunContext } from '../main.js';
import { answerFor, atVersionProduct, FITTED_WIDTHS, jsonAnswerFor, OS_SLOT, SLOT, VARIANTS, type AtVersion, type AtVersionAnswers, type Variant } from '../render/stored.js';
import { viewChecklist } from '../view/checklist.js';
import type { Document, OsView } from '../view/model.js';
import { osView, platformHeading } from '../view/platform.js';
import { viewTopic } from '../view/topic.js';
import { representativeRequests } from './prerender.js';

const FLAGS: Record<Variant, { args: string[]; env: Record<string, string> }> = {
  plain: { args: ['--no-color'], env: {} },
  color: { args: ['--color'], env: { FORCE_HYPERLINK: '0' } },
  links: { args: ['--color'], env: { FORCE_HYPERLINK: '1' } },
};

type Commands = Map<string, { args: string[]; env: Record<string, string> }>;

/** Every format an answer is stored in, by the end of its product name: its options and environment. */
export function formats(): [string, { args: string[]; env: Record<string, string> }][] {
  return [
    ...['plain', 'markdown', 'json'].map((format): [string, { args: string[]; env: Record<string, string> }] => [format, { args: ['--format', format], env: {} }]),
    ...VARIANTS.flatMap((variant) =>
      FITTED_WIDTHS.map((width): [string, { args: string[]; env: Record<string, string> }] => [
        `pretty.${variant}.w${width}`,
        { args: ['--format', 'pretty', ...FLAGS[variant].args], env: { ...FLAGS[variant].env, COLUMNS: String(width) } },
      ]),
    ),
  ];
}

/** One answer in every format, and pretty in every variant at every stored width. */
function everyFormat(commands: Commands, name: string, args: readonly string[]): void {
  for (const [format, how] of formats()) commands.set(`whole/${name}.${format}`, { args: [...args, ...how.args], env: how.env });
}

/** The command line of each answer, by product name. */
export function wholeCommands({ topics, checklists }: Pick<Guide, 'topics' | 'checklists'>): Commands {
  const commands: Commands = new Map();
  for (const topic of topics) {
    everyFormat(commands, wholeTopicName(topic.id), ['show', topic.id]);
    for (const platform of topic.platforms) everyFormat(commands, wholeTopicName(topic.id, platform), ['show', topic.id, PLATFORM_FLAG[platform]]);
  }
  everyFormat(commands, printedChecklistName(), ['troubleshoot', '--no-input']);
  for (const symptom of checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST)?.symptoms ?? []) everyFormat(commands, printedChecklistName(symptom.id), ['troubleshoot', '--no-input', '--symptom', symptom.id]);
  for (const shell of ['bash', 'zsh', 'fish']) commands.set(`whole/${completionScript(shell)}`, { args: ['completion', shell], env: {} });
  return commands;
}

/** What a command line prints, run as the built CLI. */
async function output(args: readonly string[], env: Record<string, string>, context: RunContext): Promise<string> {
  const io = memoryIO({ env });
  const code = await run(args, io, context);
  if (code !== 0) throw new Error(`${args.join(' ')} exited ${code}: ${io.err.text}`);
  return io.out.text;
}

/**
 * Each answer's text, and each topic's and the checklist's answers at any version in
 * each format, by product name; `context` is the built CLI's (dist/ with the drawn units).
 */
export async function wholeAnswers(guide: Guide, context: RunContext): Promise<Map<string, string | AtVersionAnswers>> {
  const answers = new Map<string, string | AtVersionAnswers>();
  for (const [name, { args, env }] of wholeCommands(guide)) answers.set(name, await output(args, env, context));
  for (const [name, bases] of atVersion(guide)) {
    for (const [format, how] of formats()) {
      const table: AtVersionAnswers = { paragraphs: [], answers: {} };
      const numbers = new Map<string, number>();
      const number = (paragraph: string): number => numbers.get(paragraph) ?? numbers.set(paragraph, table.paragraphs.push(paragraph) - 1).get(paragraph)!;
      for (const [base, { args, answers: versions, keys }] of bases) {
        const lists: string[] = [];
        for (const { version, value, os } of versions) {
          const line = [...args, '--os-version', version, ...how.args];
          const text = await output(line, how.env, context);
          if (!text.includes(value)) throw new Error(`${line.join(' ')}: the heading '${value}' is not there whole`);
          if (format !== 'json') {
            lists.push(text.split(value).join(SLOT).split('\n\n').map(number).join(' '));
            continue;
          }
          // cut before each line that opens an object: the parts repeat from answer to answer
          lists.push(jsonPieces(text, value, line).map((piece) => piece.split(/\n(?= *\{$)/m).map(number).join(' ')).join(','));
          const again = jsonAnswerFor([{ table: { ...table, answers: { [base]: { keys: { key: 0 }, lists: [lists.at(-1)!] } } }, want: { group: name, base, key: 'key', value, os } }]);
          if (again !== text) throw new Error(`${line.join(' ')}: its pieces do not make it again`);
        }
        table.answers[base] = { keys, lists };
      }
      answers.set(atVersionProduct(name, format), table);
    }
  }
  for (const [format, how] of formats()) await findFeet(guide, format, how, (name) => answers.get(atVersionProduct(name, format)) as AtVersionAnswers, context);
  return answers;
}

/**
 * A json answer for one platform in pieces (AtVersionAnswers): each platform's object,
 * its heading SLOT and its OS OS_SLOT, and the text before, between and after them.
 */
function jsonPieces(text: string, value: string, line: readonly string[]): string[] {
  const doc = JSON.parse(text) as { kind: string; platforms?: Record<string, unknown>[]; symptoms?: { platforms: Record<string, unknown>[] }[] };
  // a topic's objects are two levels in; a checklist's, in its symptoms, four
  const [objects, depth] = doc.kind === 'topic' ? [doc.platforms!, 2] : [doc.symptoms!.flatMap((s) => s.platforms), 4];
  for (const object of objects) {
    if (object.heading !== value || !object.os) throw new Error(`${line.join(' ')}: a platform without the heading '${value}' or an OS`);
    Object.assign(object, { heading: SLOT, os: OS_SLOT });
  }
  const slotted = `${JSON.stringify(doc, null, 2)}\n`;
  const pieces: string[] = [];
  let from = 0;
  for (const object of objects) {
    const piece = JSON.stringify(object, null, 2).replaceAll('\n', `\n${' '.repeat(depth * 2)}`);
    const at = slotted.indexOf(piece, from);
    if (at < 0) throw new Error(`${line.join(' ')}: a platform's object is not where it should be`);
    pieces.push(slotted.slice(from, at), piece);
    from = at + piece.length;
  }
  return [...pieces, slotted.slice(from)];
}

/** Versions that several platforms have, to try answers for several platforms at: the newest releases, and older ones of each kind. */
const SHARED_VERSIONS = ['27', '26', '18', '17.5', '16', '15', '14', '13', '12'];

/**
 * Sets each table's foot (AtVersionAnswers): the paragraph count with which the answers
 * for several platforms the build tries, at SHARED_VERSIONS, are made of the platforms'
 * own (answerFor), where making one is not refused. None where no count makes any. In
 * json, sets `joins` where the answers made (jsonAnswerFor) are all right.
 */
async function findFeet(guide: Guide, format: string, how: { args: string[]; env: Record<string, string> }, table: (group: string) => AtVersionAnswers, context: RunContext): Promise<void> {
  const width = format.startsWith('pretty') ? Number(format.split('.w')[1]) : undefined;
  // json has no foot: whether its answers join is all there is to find
  const json = format === 'json';
  const counts = json ? [0] : Array.from({ length: MAX_FOOT + 1 }, (_, i) => i);
  const valid = new Map<string, { counts: Set<number>; used: Set<number> }>();
  for (const { args, covered, names } of atVersionFamilies(guide)) {
    for (const osVersion of SHARED_VERSIONS) {
      let selections: Selection[];
      try {
        selections = resolveSelections(guide.frame, covered, { platforms: [], osVersion }, 'build');
      } catch {
        continue;
      }
      if (selections.length < 2) continue;
      const wants = selections.map((s) => {
        const { group, base } = names(s.platform as VersionedPlatform);
        return storedAtVersion(guide, group, base, s);
      });
      // a run takes no stored answer where a platform has none
      if (!wants.every((want): want is AtVersion => want !== undefined)) continue;
      const text = await output([...args, '--os-version', osVersion, ...how.args], how.env, context);
      for (const foot of counts) {
        const made = json ? jsonAnswerFor(wants.map((want) => ({ table: { ...table(want.group), joins: true }, want }))) : answerFor(wants.map((want) => ({ table: { ...table(want.group), foot }, want })), width);
        for (const { group } of wants) {
          const v = valid.get(group) ?? { counts: new Set(counts), used: new Set<number>() };
          valid.set(group, v);
          if (made !== undefined && made !== text) v.counts.delete(foot);
          if (made === text) v.used.add(foot);
        }
      }
    }
  }
  for (const [group, { counts, used }] of valid) {
    const foot = [...counts].find((n) => used.has(n));
    if (foot === undefined) continue;
    if (json) table(group).joins = true;
    else table(group).foot = foot;
  }
}

/** The most paragraphs a foot is looked for in. */
const MAX_FOOT = 8;

/**
 * Each topic, and the printed checklist and each symptom's: its command line for every
 * platform, what it covers, where each platform's answers at a version are, and its view
 * for one selection.
 */
interface Family {
  args: string[];
  covered: readonly Platform[];
  names: (platform: VersionedPlatform) => { group: string; base: string };
  view: (selection: Selection) => Document;
}

function atVersionFamilies(guide: Guide): Family[] {
  const checklist = guide.checklists.find((c) => c.id === TROUBLESHOOT_CHECKLIST);
  return [
    ...guide.topics.map((topic) => ({
      args: ['show', topic.id],
      covered: topic.platforms,
      names: (p: VersionedPlatform) => ({ group: wholeTopicName(topic.id), base: wholeTopicName(topic.id, p) }),
      view: (s: Selection) => viewTopic(guide, topic, [s]),
    })),
    ...(checklist ? [undefined, ...checklist.symptoms] : []).map((symptom) => ({
      args: ['troubleshoot', '--no-input', ...(symptom ? ['--symptom', symptom.id] : [])],
      covered: checklist!.platforms,
      names: (p: VersionedPlatform) => ({ group: printedChecklistName(undefined, p), base: printedChecklistName(symptom?.id, p) }),
      view: (s: Selection) => viewChecklist(guide, checklist!, symptom ? [symptom] : checklist!.symptoms, [s]),
    })),
  ];
}

/** The product names of the answers at any version (see wholeAnswers). */
export const atVersionNames = (guide: Guide): string[] => [...atVersion(guide).keys()].flatMap((name) => formats().map(([format]) => atVersionProduct(name, format)));

/** For a topic or the checklist, by base name: its command line, a version of each distinct answer, and each class key's answer. */
type AtVersionPlan = Map<string, Map<string, { args: string[]; answers: { version: string; value: string; os: OsView }[]; keys: Record<string, number> }>>;

/**
 * For each topic and the printed checklist (and each symptom's), on each versioned
 * platform: one version of every class of versions, grouped by what they show. The
 * build fails if two versions of one class show different things but their heading.
 */
export function atVersion(guide: Guide): AtVersionPlan {
  const plan: AtVersionPlan = new Map();
  for (const { args, covered, names, view } of atVersionFamilies(guide)) {
    for (const platform of covered.filter(isVersioned)) {
      const { group, base } = names(platform);
      const answers: { version: string; value: string; os: OsView; shape: string }[] = [];
      const keys: Record<string, number> = {};
      for (const request of representativeRequests(guide, covered, platform)) {
        const [version, selection] = [request.osVersion!, request.selections[0]!]; // a versioned platform: both there
        const value = platformHeading(selection);
        // what a renderer reads of the view: all but the heading, and whether there is an OS
        const shape = JSON.stringify(view(selection), (k, v: unknown) => (k === 'heading' ? SLOT : k === 'os' ? true : v));
        let n = answers.findIndex((a) => a.shape === shape);
        if (n < 0) n = answers.push({ version, value, os: osView(selection)!, shape }) - 1;
        const key = classKey(guide, selection);
        if (Object.hasOwn(keys, key) && keys[key] !== n) throw new Error(`${base}: two versions of one class show different things (at ${answers[keys[key]!]!.version} and ${version})`);
        keys[key] = n;
      }
      const bases = plan.get(group) ?? new Map();
      plan.set(group, bases.set(base, { args: [...args, PLATFORM_FLAG[platform]], answers: answers.map(({ version, value, os }) => ({ version, value, os })), keys }));
    }
  }
  return plan;
}
