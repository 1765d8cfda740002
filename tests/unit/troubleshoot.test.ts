/** The checklist logic through the scripted Prompter: no terminal needed. */
import { describe, expect, it } from 'vitest';
import { readCompiledGuide } from '../../src/guide/load.js';
import { resolveSelections } from '../../src/guide/select.js';
import { viewSymptom } from '../../src/view/checklist.js';
import { BUILT_GUIDE, cli } from '../helpers.js';

const tty = { outTTY: true, stdinTTY: true, env: { NO_COLOR: '1' } };

describe('troubleshoot, interactive', () => {
  it('asks symptom and device, then one step at a time', async () => {
    const r = await cli(['troubleshoot'], { ...tty, answers: ['deleted', 'ios', 'no', 'no', 'no'] });
    expect(r.code).toBe(0);
    expect(r.io.prompts.asked).toEqual(['What is wrong?', 'Which device?', 'Step 1 of 2: did that help?', 'Step 2 of 2: did that help?', 'Print this session as markdown for a support ticket?']);
    expect(r.out).toContain('Step 1 of 2: Recover it from Recently Deleted');
    expect(r.out).toContain('Collections > Utilities > Recently Deleted');
    expect(r.out).toContain('Apple Support');
  });
  it('stops at "fixed it" and prints the report when asked', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'not-saved', '--mac'], { ...tty, answers: ['no', 'fixed', 'yes'] });
    expect(r.io.prompts.asked.filter((q) => q.startsWith('Step'))).toHaveLength(2);
    expect(r.out).toContain('Glad that sorted it');
    expect(r.out).toContain('- Result: Fixed.');
    expect(r.out).toMatch(/1\. Look in the right place in Photos: didn't help\n2\. Open the Photos app once: fixed it/);
  });
  it('uses the Mac it runs on without asking', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'no-shutter'], { ...tty, macVersion: '12.6', answers: ['fixed', 'no'] });
    expect(r.io.prompts.asked[0]).toBe('Step 1 of 6: did that help?');
    expect(r.out).toContain('FaceTime > Preferences…');
  });
  it('--report writes the session without asking', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'deleted', '--ipados', '--report', '/tmp/ticket.md'], { ...tty, answers: ['fixed'] });
    expect(r.code).toBe(0);
    expect(r.io.files.get('/tmp/ticket.md')).toContain('# FaceTime Live Photos troubleshooter: I deleted one');
    expect(r.err).toContain('Report written to /tmp/ticket.md.');
  });
  it('an unwritable --report exits 1 and still shows the summary', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'deleted', '--ios', '--report', '/unwritable/x.md'], { ...tty, answers: ['no', 'no'] });
    expect(r.code).toBe(1);
    expect(r.out).toContain('## Steps tried');
    expect(r.err).toMatch(/^facetime-help: cannot write the report to \/unwritable\/x\.md: EACCES/m);
  });
  it('--report - prints the session to stdout at the end', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'deleted', '--ios', '--report', '-'], { ...tty, answers: ['fixed'] });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/# FaceTime Live Photos troubleshooter: I deleted one\n\n- Device: iPhone \(iOS 27\)\n- Result: Fixed\.\n/);
    expect(r.io.files.size).toBe(0);
  });
  it('--report does not replace a file that exists: it says how, and nothing is lost', async () => {
    const files = { '/tmp/ticket.md': 'mine' };
    const r = await cli(['troubleshoot', '--symptom', 'deleted', '--ios', '--report', '/tmp/ticket.md'], { ...tty, answers: ['no', 'no'], files });
    expect(r.code).toBe(1);
    expect(r.io.files.get('/tmp/ticket.md')).toBe('mine');
    expect(r.out).toContain('## Steps tried');
    expect(r.err).toMatch(/\nfacetime-help: \/tmp\/ticket\.md already exists\nAdd --force to replace it, or choose another file\.\n$/);
    const forced = await cli(['troubleshoot', '--symptom', 'deleted', '--ios', '--report', '/tmp/ticket.md', '--force'], { ...tty, answers: ['fixed'], files });
    expect(forced.code).toBe(0);
    expect(forced.io.files.get('/tmp/ticket.md')).toContain('Result: Fixed.');
  });
  it('prompts are plain under --no-color and NO_COLOR, coloured otherwise', async () => {
    expect((await cli(['troubleshoot', '--no-color'], { outTTY: true, stdinTTY: true, answers: [] })).io.prompts.color).toBe(false);
    expect((await cli(['troubleshoot'], { ...tty, answers: [] })).io.prompts.color).toBe(false);
    expect((await cli(['troubleshoot'], { outTTY: true, stdinTTY: true, answers: [] })).io.prompts.color).toBe(true);
  });
  it('a version too old for the feature is said before the first step', async () => {
    const r = await cli(['troubleshoot', '--symptom', 'no-shutter', '--ios', '--os-version', '11'], { ...tty, answers: ['fixed'] });
    expect(r.err).toContain('There is no shutter button in the call: iPhone (iOS 11).');
    expect(r.err).toContain('FaceTime Live Photos no longer work on this version.');
  });
  it('never pages, however short the terminal, though printed output would be', async () => {
    const short = { ...tty, rows: 5, pager: true };
    const r = await cli(['troubleshoot', '--symptom', 'no-shutter', '--mac', '--report', '-'], { ...short, answers: ['no', 'no', 'no', 'no', 'no', 'no'] });
    expect(r.io.paged).toEqual([]);
    expect(r.out).toContain('Step 6 of 6');
    const printed = await cli(['troubleshoot', '--no-input'], short);
    expect(printed.io.paged.length).toBe(1);
  });
  it('running out of answers (Ctrl-C, closed stdin) is "Cancelled." and 130', async () => {
    const r = await cli(['troubleshoot'], { ...tty, answers: [] });
    expect(r.code).toBe(130);
    expect(r.err).toBe('Cancelled.\n');
  });
});

describe('troubleshoot, printed', () => {
  it('--no-input on a terminal prints instead of asking', async () => {
    const r = await cli(['troubleshoot', '--no-input', '--symptom', 'cant-find', '--ios'], { ...tty, answers: [] });
    expect(r.code).toBe(0);
    expect(r.io.prompts.asked).toEqual([]);
    expect(r.out).toContain('Step 3 of 3');
  });
  it('--report - prints the whole checklist as markdown instead', async () => {
    const r = await cli(['troubleshoot', '--report', '-', '--symptom', 'deleted']);
    expect(r.out).toMatch(/^# FaceTime Live Photos troubleshooter\n/);
    expect(r.io.files.size).toBe(0);
  });
  it('markdown for every symptom, for a ticket or wiki', async () => {
    const r = await cli(['troubleshoot', '--markdown', '--mac', '--os-version', 'ventura']);
    expect(r.out).toMatch(/^# FaceTime Live Photos troubleshooter\n/);
    expect(r.out).toContain('## I deleted one: Mac (macOS 13 Ventura)');
    expect(r.out).toContain('### Step 1 of');
  });
});

describe('the steps a device is shown', () => {
  it('leave out a step with nothing to say for it', () => {
    const guide = readCompiledGuide(BUILT_GUIDE);
    const builtIn = guide.checklists[0]!;
    const macOnly = { id: 'mac-only', title: 'Only on a Mac', sections: [{ id: 'm', title: 'On a Mac', platforms: ['macos' as const], steps: [{ text: 'Do this on the Mac.' }] }] };
    const symptom = { ...builtIn.symptoms.find((s) => s.id === 'deleted')!, steps: ['mac-only', ...builtIn.symptoms.find((s) => s.id === 'deleted')!.steps] };
    const checklist = { ...builtIn, steps: [...builtIn.steps, macOnly], symptoms: [symptom] };
    const titles = (platform: 'ios' | 'macos') =>
      viewSymptom(guide, checklist, symptom, resolveSelections(guide.frame, checklist.platforms, { platforms: [platform] }, 'test')).platforms[0]!.steps.map((s) => s.title);
    expect(titles('macos')[0]).toBe('Only on a Mac');
    expect(titles('ios')).not.toContain('Only on a Mac');
    expect(titles('ios')).toHaveLength(titles('macos').length - 1);
  });
});
