/** End-to-end: spawn the built CLI, as users and scripts run it. */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { BIN, ESCAPES, ROOT, cleanEnv, spawnCli, spawnInPty, NODE } from '../helpers.js';

describe('built CLI, stdout piped', () => {
  it('where --ios prints plain text naming Photos and the Live Photos album', () => {
    const r = spawnCli(['where', '--ios']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Open Photos');
    expect(r.stdout).toContain('Collections > Media Types > Live Photos');
    expect(ESCAPES.test(r.stdout)).toBe(false);
  });
  it('plain output is the same bytes on every run and whatever COLUMNS says', () => {
    const a = spawnCli(['where']).stdout;
    expect(spawnCli(['where'], { COLUMNS: '10' }).stdout).toBe(a);
    expect(spawnCli(['where'], { COLUMNS: '500' }).stdout).toBe(a);
  });
  it('--json output parses and validates against the shipped schema', () => {
    const r = spawnCli(['where', '--ios', '--json']);
    const schema = JSON.parse(readFileSync(`${ROOT}data/schema/output.schema.json`, 'utf8'));
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(JSON.parse(r.stdout))).toBe(true);
  });
  it('unknown command: exit 2, one error line and a suggestion on stderr, nothing on stdout', () => {
    const r = spawnCli(['wher']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe("facetime-help: unknown command 'wher'\nDid you mean 'where'?\n");
  });
  it('unknown platform lists the valid ones', () => {
    const r = spawnCli(['where', '--platform', 'android']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Valid platforms: ios, ipados, macos, windows, web.');
  });
  it('a closed pipe ends quietly with status 0', () => {
    const r = spawnSync('bash', ['-o', 'pipefail', '-c', `"${NODE}" "${BIN}" where | head -1`], { encoding: 'utf8', env: cleanEnv() });
    expect(r.stdout).toBe('Where FaceTime Live Photos are saved\n');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });
  it('no stack trace for an internal failure unless DEBUG is set', () => {
    const r = spawnCli(['where', '--data', `${ROOT}package.json`]);
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/^facetime-help: cannot read guide data in .*package\.json: not a directory\n$/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('built CLI on a terminal', () => {
  it('where --ios is pretty and coloured, fitted to the width', () => {
    const { code, screen } = spawnInPty(['where', '--ios'], {}, 70);
    expect(code).toBe(0);
    expect(screen).toContain('\u001b[');
    const lines = screen.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').split(/\r?\n/);
    expect(Math.max(...lines.map((l) => l.length))).toBeLessThanOrEqual(70);
    expect(screen).toContain('Live Photos');
  });
  it('NO_COLOR turns colour off on a terminal', () => {
    const { code, screen } = spawnInPty(['where', '--ios'], { NO_COLOR: '1' });
    expect(code).toBe(0);
    expect(screen).not.toMatch(/\u001b\[[0-9;]*m/);
  });
  it('a usage error on a terminal still exits 2', () => {
    expect(spawnInPty(['where', '--ios', '--os-version', 'tiger']).code).toBe(2);
  });
});

describe('built CLI with custom data', () => {
  const custom = `${ROOT}tests/fixtures/custom`;
  it.each([
    ['--data', ['--data', custom], {}],
    ['FACETIME_HELP_DATA', [], { FACETIME_HELP_DATA: custom }],
  ] as const)('through %s: a new topic, and one built-in section replaced while the others stay', (_, args, env) => {
    const where = spawnCli(['where', '--mac', ...args], env);
    expect(where.status).toBe(0);
    expect(where.stdout).toContain('Find them in Photos (Example Corp Macs)');
    expect(where.stdout).toContain('Staff Macs keep Photos in the Dock');
    expect(where.stdout).toContain('They are in Photos, not in FaceTime'); // built-in section kept
    expect(spawnSync(NODE, [BIN, 'where', '--mac'], { env: cleanEnv(), encoding: 'utf8' }).stdout).not.toContain('Example Corp');
    const helpdesk = spawnCli(['helpdesk', '--mac', ...args], env);
    expect(helpdesk.status).toBe(0);
    expect(helpdesk.stdout).toContain('Self Service');
    expect(spawnCli(['show', 'helpdesk', '--ios', ...args], env).stdout).toContain('extension 4357');
  });
});
