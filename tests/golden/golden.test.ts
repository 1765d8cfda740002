/**
 * Exact output, pinned in files a reviewer can read (tests/golden/**): every topic for
 * each platform and every format, at the newest version and at each boundary FACTS.md
 * draws; the checklist; search; the topic list; help; errors. `npm run golden` rewrites
 * them, and the diff is the review. In pretty output, ESC is shown as ␛.
 */
import { describe, expect, it } from 'vitest';
import { commandTable } from '../../src/cli.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { PLATFORM_FLAG, isVersioned, type Platform } from '../../src/guide/platforms.js';
import { BUILT_GUIDE, cli, ROOT } from '../helpers.js';

const guide = readCompiledGuide(BUILT_GUIDE);

/** The versions each platform's output changes at, and a newer one. */
const BOUNDARIES: Record<'ios' | 'ipados' | 'macos', string[]> = {
  ios: ['11', '12', '12.1.4', '13', '14', '16.1', '17', '18', '26', '27', '28'],
  ipados: ['11', '12.1.4', '13', '17', '18', '26', '27', '28'],
  macos: ['high-sierra', '10.14.3', '12', '13', '15', '26', '27', '28'],
};
const FORMATS = ['plain', 'markdown', 'json', 'pretty'] as const;
type Format = (typeof FORMATS)[number];

/** The output of a command line as a user sees it in a format (pretty: an 80-column colour terminal). */
async function output(args: string[], format: Format): Promise<string> {
  const pretty = format === 'pretty';
  const r = await cli(pretty ? args : [...args, `--${format}`], pretty ? { outTTY: true, columns: 80, env: { TERM: 'xterm-256color' } } : {});
  const stderr = r.err ? `\n[stderr]\n${r.err}` : '';
  const text = `${r.out}${stderr}${r.code ? `[status ${r.code}]\n` : ''}`;
  return pretty ? text.replace(/\u001b/g, '␛') : text;
}

/** Several command lines' outputs in one file, each under its command line. */
async function file(lines: string[][], format: Format): Promise<string> {
  const parts = await Promise.all(lines.map(async (args) => `==> facetime-help ${[...args, ...(format === 'pretty' ? [] : [`--${format}`])].join(' ')} <==\n${await output(args, format)}`));
  return parts.join('\n');
}

/** File endings: the format, in a form an editor shows well. */
const ext = (format: Format): string => ({ plain: 'plain.txt', markdown: 'md', json: 'json.txt', pretty: 'pretty.txt' })[format];
const snapshot = (path: string) => `./${path}`;

describe('topics, per platform and version', () => {
  for (const topic of guide.topics) {
    const views: [string, string[][]][] = [['all', [[topic.id]]]];
    for (const platform of topic.platforms as Platform[]) {
      const flag = PLATFORM_FLAG[platform];
      views.push([platform, isVersioned(platform) ? BOUNDARIES[platform].map((v) => [topic.id, flag, '--os-version', v]) : [[topic.id, flag]]]);
    }
    for (const [name, lines] of views) {
      for (const format of FORMATS) {
        it(`${topic.id} ${name} ${format}`, async () => {
          await expect(await file(lines, format)).toMatchFileSnapshot(snapshot(`topics/${topic.id}/${name}.${ext(format)}`));
        });
      }
    }
  }
});

describe('the checklist', () => {
  for (const format of FORMATS) {
    it(`every symptom, every platform, ${format}`, async () => {
      await expect(await file([['troubleshoot', '--no-input']], format)).toMatchFileSnapshot(snapshot(`checklist/all.${ext(format)}`));
    });
  }
  for (const platform of ['ios', 'ipados', 'macos'] as const) {
    it(`${platform} at each boundary, plain`, async () => {
      const lines = BOUNDARIES[platform].map((v) => ['troubleshoot', '--no-input', PLATFORM_FLAG[platform], '--os-version', v]);
      await expect(await file(lines, 'plain')).toMatchFileSnapshot(snapshot(`checklist/${platform}.plain.txt`));
    });
  }
});

describe('lists, search, help and errors', () => {
  for (const format of FORMATS) {
    it(`topics and search, ${format}`, async () => {
      const lines = [['topics'], ['topics', '--mac'], ['search', 'recently', 'deleted'], ['search', 'where'], ['search', 'turn', 'on', '--ios', '--os-version', '17'], ['search', 'screnshot', '--mac'], ['search', 'xylophone']];
      await expect(await file(lines, format)).toMatchFileSnapshot(snapshot(`lists.${ext(format)}`));
    });
  }
  for (const format of FORMATS) {
    it(`validate, ${format}`, async () => {
      // the built-in data is named by its full path, which pretty output would wrap where the checkout's path is long
      const lines = [...(format === 'pretty' ? [] : [['validate']]), ['validate', 'tests/fixtures/custom'], ['validate', 'tests/fixtures/broken/missing-field'], ['validate', 'tests/fixtures/broken/missing-field', 'tests/fixtures/custom'], ['validate', 'tests/fixtures/broken/bad-scope']];
      const text = (await file(lines, format)).replaceAll(ROOT.slice(0, -1), '<checkout>');
      await expect(text).toMatchFileSnapshot(snapshot(`validate.${ext(format)}`));
    });
  }
  for (const format of FORMATS) {
    it(`custom data: a new topic, an overridden one, sources for a whole topic, the list, ${format}`, async () => {
      const data = ['--data', 'tests/fixtures/custom', '--data', 'tests/fixtures/topic-sources'];
      const lines = [['helpdesk', ...data], ['where', '--mac', ...data], ['policy', '--ios', ...data], ['topics', ...data], ['topics', '--data', 'tests/fixtures/taken'], ['validate', 'tests/fixtures/custom', 'tests/fixtures/topic-sources']];
      await expect(await file(lines, format)).toMatchFileSnapshot(snapshot(`custom.${ext(format)}`));
    });
  }
  it('interactive checklist sessions as a terminal shows them, and their reports', async () => {
    const sessions: [string[], string[], string?][] = [
      [['troubleshoot'], ['deleted', 'ios', 'no', 'no', 'yes']],
      [['troubleshoot', '--symptom', 'not-saved', '--mac', '--os-version', '12'], ['no', 'fixed', 'yes']],
      [['troubleshoot', '--symptom', 'no-shutter', '--ios', '--os-version', '17'], ['skip', 'no', 'fixed', 'no']],
      [['troubleshoot', '--symptom', 'others-cant-capture', '--ipados', '--report', '/tmp/ticket.md'], ['no', 'no', 'no', 'no', 'no', 'no', 'no', 'no'], '/tmp/ticket.md'],
      [['troubleshoot', '--symptom', 'cant-find', '--web', '--report', '-'], ['fixed']],
    ];
    const parts = [];
    for (const [args, answers, report] of sessions) {
      for (const color of [false, true]) {
        const r = await cli(args, { outTTY: true, stdinTTY: true, columns: 80, answers: [...answers], env: color ? { TERM: 'xterm-256color' } : { NO_COLOR: '1' } });
        const written = report ? `\n[${report}]\n${r.io.files.get(report)}` : '';
        parts.push(`==> facetime-help ${args.join(' ')} <== (answers: ${answers.join(' ')}${color ? '; colour' : ''})\n[asked] ${r.io.prompts.asked.join(' | ')}\n${r.out}${r.err ? `\n[stderr]\n${r.err}` : ''}[status ${r.code}]${written}`.replace(/\u001b/g, '␛'));
      }
    }
    await expect(parts.join('\n')).toMatchFileSnapshot(snapshot('checklist/sessions.txt'));
  });
  for (const format of FORMATS) {
    it(`the checklist of each symptom on each platform, ${format}`, async () => {
      const guideChecklist = guide.checklists[0]!;
      const lines = guideChecklist.symptoms.flatMap((symptom) => [['troubleshoot', '--symptom', symptom.id], ['troubleshoot', '--symptom', symptom.id, '--mac', '--os-version', '12']]);
      await expect(await file(lines, format)).toMatchFileSnapshot(snapshot(`checklist/symptoms.${ext(format)}`));
    });
  }
  it('help for the program and every command, the overview, the version', async () => {
    const lines = [['--help'], ...commandTable(guide).map((c) => [c.name, '--help']), [], ['--version']];
    const parts = await Promise.all(lines.map(async (args) => `==> facetime-help ${args.join(' ')} <==\n${await output(args, 'plain')}`));
    await expect(parts.join('\n')).toMatchFileSnapshot(snapshot('help.txt'));
  });
  it('errors: the message, the hint, the status', async () => {
    const lines = [
      ['wher'], ['where', '--iso'], ['where', '--ios', 'extra'], ['where', '--format', 'html'], ['where', '--json', '--plain'], ['where', '-p', 'android'],
      ['smart-album', '--windows'], ['where', '--windows', '--os-version', '11'], ['enable', '--ios', '--os-version', '20'], ['enable', '--ios', '--os-version', 'tiger'],
      ['enable', '--mac', '--os-version', 'banana'], ['show'], ['show', 'recovr'], ['search'], ['search', 'x', '--limit', 'lots'], ['troubleshoot', '--symptom', 'no-shuter'],
      ['completion', 'powershell'], ['help', 'wher'], ['validate', '--ios'], ['--limit', '2'],
    ];
    const parts = await Promise.all(lines.map(async (args) => `==> facetime-help ${args.join(' ')} <==\n${await output(args, 'plain')}`));
    await expect(parts.join('\n')).toMatchFileSnapshot(snapshot('errors.txt'));
  });
});
