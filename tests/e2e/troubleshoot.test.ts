/** The interactive checklist in a real terminal, and its printable forms with stdin closed. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterEach, describe, expect, it } from 'vitest';
import { BIN, ESCAPES, ROOT, cleanEnv, spawnCli, NODE } from '../helpers.js';
import { TmuxSession } from '../tmux.js';

const DOWN = 'Down';
let session: TmuxSession | undefined;
afterEach(() => session?.kill());

describe('troubleshoot in a terminal', () => {
  it('asks the symptom and device, walks the steps with a counter, and ends with support links', async () => {
    session = new TmuxSession(['troubleshoot']);
    await session.waitFor(/What is wrong\?/);
    session.keys(DOWN, DOWN, 'Enter'); // I cannot find my FaceTime photos
    await session.waitFor(/Which device\?/);
    session.keys(DOWN, DOWN, 'Enter'); // Mac
    let screen = await session.waitFor(/Step 1 of 3: did that help\?/);
    expect(screen).toContain('I cannot find my FaceTime photos: Mac (macOS 27 Golden Gate)');
    expect(screen).toContain('Media Types > Live Photos');
    session.keys(DOWN, 'Enter'); // didn't help
    await session.waitFor(/Step 2 of 3: did that help\?/);
    session.keys(DOWN, DOWN, 'Enter'); // skip
    await session.waitFor(/Step 3 of 3: did that help\?/);
    session.keys(DOWN, 'Enter');
    screen = await session.waitFor(/Print this session as markdown/);
    expect(screen).toContain('https://getsupport.apple.com/');
    session.keys('y', 'Enter');
    screen = await session.waitFor(/EXIT=\d/);
    expect(screen).toContain('## Steps tried');
    expect(screen).toMatch(/2\. Check iCloud Photos if it was taken on another device: skipped/);
    expect(await session.exitStatus()).toBe(0);
  });

  it('--symptom and a platform skip the questions; fixed it ends with a congratulation', async () => {
    session = new TmuxSession(['troubleshoot', '--symptom', 'no-shutter', '--ios', '--os-version', '17']);
    const screen = await session.waitFor(/Step 1 of \d+: did that help\?/);
    expect(screen).not.toContain('What is wrong?');
    expect(screen).toContain('Settings > FaceTime');
    session.keys('Enter'); // fixed it
    await session.waitFor(/Glad that sorted it/);
    session.keys('Enter'); // default: no report
    expect(await session.exitStatus()).toBe(0);
  });

  it('Ctrl-C at a prompt prints "Cancelled." and exits 130', async () => {
    session = new TmuxSession(['troubleshoot']);
    await session.waitFor(/What is wrong\?/);
    session.keys('C-c');
    const screen = await session.waitFor(/EXIT=\d+/);
    expect(screen).toContain('Cancelled.');
    expect(screen).not.toMatch(/\n\s+at /);
    expect(await session.exitStatus()).toBe(130);
  });
});

describe('troubleshoot without a terminal', () => {
  it('prints the whole numbered checklist and exits 0 at once with stdin closed', () => {
    const started = Date.now();
    const r = spawnSync(NODE, [BIN, 'troubleshoot'], { encoding: 'utf8', env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'], timeout: 10_000 });
    expect(r.status).toBe(0);
    expect(Date.now() - started).toBeLessThan(5000);
    for (const id of ['There is no shutter button', 'I took one, but it was not saved', 'I cannot find', 'cannot take one of me', 'I deleted one']) expect(r.stdout).toContain(id);
    expect(r.stdout).toMatch(/^Step 1 of \d+: /m);
    expect(ESCAPES.test(r.stdout)).toBe(false);
  });
  it('--json prints the structure, valid against the output schema', () => {
    const r = spawnCli(['troubleshoot', '--symptom', 'no-shutter', '--ios', '--json']);
    expect(r.status).toBe(0);
    const doc = JSON.parse(r.stdout);
    const validate = new Ajv2020({ strict: false }).compile(JSON.parse(readFileSync(`${ROOT}data/schema/output.schema.json`, 'utf8')));
    expect(validate(doc)).toBe(true);
    expect(doc.symptoms).toHaveLength(1);
    expect(doc.symptoms[0].platforms[0].steps.length).toBeGreaterThan(3);
  });
  it('an unknown symptom exits 2 and lists the valid ids', () => {
    const r = spawnCli(['troubleshoot', '--symptom', 'no-shuter']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      "facetime-help: unknown symptom 'no-shuter'\nDid you mean 'no-shutter'? Symptoms: no-shutter, not-saved, cant-find, others-cant-capture, deleted.\n",
    );
  });
});
