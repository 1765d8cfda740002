import { describe, expect, it } from 'vitest';
import { dataDirs } from '../../src/main.js';
import { cli, CONTEXT, ESCAPES, FIXTURES } from '../helpers.js';

describe('topic commands', () => {
  it('where --ios prints plain text when stdout is not a terminal', async () => {
    const r = await cli(['where', '--ios']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    expect(r.out).toContain('iPhone (iOS 26)');
    expect(r.out).toContain('Photos');
    expect(ESCAPES.test(r.out)).toBe(false);
  });
  it('is pretty and coloured on a terminal', async () => {
    const r = await cli(['where', '--ios'], { outTTY: true, columns: 70 });
    expect(r.out).toContain('\u001b[');
    expect(r.out).toContain('Live Photos');
  });
  it.each([
    [{ NO_COLOR: '1' }, false],
    [{ TERM: 'dumb' }, false],
    [{ NO_COLOR: '' }, true],
    [{ FORCE_COLOR: '0' }, false],
  ])('colour rules on a terminal: %o -> colour %s', async (env, coloured) => {
    const r = await cli(['where', '--ios'], { outTTY: true, env });
    expect(r.out.includes('\u001b[')).toBe(coloured);
  });
  it('--color and FORCE_COLOR colour pretty output even when piped, never plain', async () => {
    expect((await cli(['where', '--ios', '--format', 'pretty', '--color'])).out).toContain('\u001b[');
    expect((await cli(['where', '--ios', '--format', 'pretty'], { env: { FORCE_COLOR: '1' } })).out).toContain('\u001b[');
    expect((await cli(['where', '--ios', '--plain', '--color'], { outTTY: true })).out).not.toContain('\u001b[');
    expect((await cli(['where', '--ios', '--json', '--color'], { outTTY: true })).out).not.toContain('\u001b[');
  });
  it('--no-color wins over FORCE_COLOR', async () => {
    const r = await cli(['where', '--ios', '--no-color'], { outTTY: true, env: { FORCE_COLOR: '1' } });
    expect(r.out).not.toContain('\u001b[');
  });
  it('take is an alias of capture; -p and --macos name platforms', async () => {
    const take = await cli(['take', '-p', 'iphone']);
    expect(take.out).toBe((await cli(['capture', '--ios'])).out);
    expect((await cli(['where', '--macos'])).out).toBe((await cli(['where', '--mac'])).out);
  });
  it('without a platform: every covered platform elsewhere, macOS at its version on a Mac', async () => {
    const linux = await cli(['where']);
    for (const h of ['iPhone (iOS 26)', 'iPad (iPadOS 26)', 'Mac (macOS 26 Tahoe)', 'Windows', 'iCloud.com']) expect(linux.out).toContain(`\n${h}\n`);
    const mac = await cli(['enable'], { macVersion: '12.7.4' });
    expect(mac.out).toContain('Mac (macOS 12.7.4 Monterey)');
    expect(mac.out).toContain('FaceTime > Preferences…');
    expect(mac.out).not.toContain('iPhone');
  });
  it('json is one document with a schemaVersion', async () => {
    const r = await cli(['enable', '--mac', '--os-version', 'monterey', '--json']);
    const doc = JSON.parse(r.out);
    expect(doc.schemaVersion).toBe(1);
    expect(doc.platforms[0].os).toMatchObject({ version: '12', releaseName: 'Monterey' });
  });
  it('markdown is ready for a ticket', async () => {
    const r = await cli(['recover', '--ios', '--markdown']);
    expect(r.out).toMatch(/^# Get back a deleted FaceTime photo\n/);
    expect(r.out).toContain('**Collections** > **Utilities** > **Recently Deleted**');
  });
});

describe('other commands', () => {
  it('no arguments prints the overview', async () => {
    const r = await cli([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Topics:');
    expect(r.out).toMatch(/Examples:\n(  facetime-help .+\n){3}/);
    expect(r.out).toContain("See 'facetime-help --help'");
  });
  it('topics lists one line per topic; list is its alias', async () => {
    const r = await cli(['topics']);
    expect(r.out.trim().split('\n')).toHaveLength(6);
    expect(r.out).toMatch(/^where +Where FaceTime Live Photos are saved$/m);
    expect((await cli(['list'])).out).toBe(r.out);
    const json = JSON.parse((await cli(['topics', '--json'])).out);
    expect(json.topics.map((t: { command: string }) => t.command)).toContain('smart-album');
  });
  it('show finds a topic by id, command or alias', async () => {
    expect((await cli(['show', 'take', '--ios'])).out).toBe((await cli(['capture', '--ios'])).out);
    const r = await cli(['show', 'recovr']);
    expect(r.code).toBe(2);
    expect(r.err).toBe("facetime-help: unknown topic 'recovr'\nDid you mean 'recover'?\n");
  });
  it('--help on every command has examples and goes to stdout', async () => {
    for (const cmd of ['where', 'capture', 'screenshot', 'enable', 'smart-album', 'recover', 'topics', 'show']) {
      const r = await cli([cmd, '--help']);
      expect(r.code, cmd).toBe(0);
      expect(r.out, cmd).toContain('Examples:');
      expect(r.err).toBe('');
    }
  });
  it('--version and -v print the version', async () => {
    expect((await cli(['--version'])).out).toBe('9.9.9-test\n');
    expect((await cli(['-v'])).out).toBe('9.9.9-test\n');
  });
});

describe('errors', () => {
  it.each([
    [['wher'], "facetime-help: unknown command 'wher'\nDid you mean 'where'?\n"],
    [['where', '--platform', 'android'], "facetime-help: unknown platform 'android'\nValid platforms: ios, ipados, macos, windows, web.\n"],
    [['smart-album', '--windows'], "facetime-help: 'smart-album' does not cover windows\nIt covers: ios, ipados, macos.\n"],
    [['enable', '--ios', '--os-version', '11'], "facetime-help: unknown iOS version '11'\nKnown versions: 12, 13, 14, 15, 16, 17, 18, 26.\n"],
    [['where', '--json', '--plain'], "facetime-help: choose one output format, not json and plain\n"],
    [['where', 'extra'], /^facetime-help: too many arguments for 'where'/],
    [['where', '--iso'], /^facetime-help: unknown option '--iso'\nDid you mean '--ios'\?\n$/],
    [['where', '--format', 'html'], /^facetime-help: option '--format <format>' argument 'html' is invalid/],
  ])('%j exits 2 with a one-line error and a hint', async (args, expected) => {
    const r = await cli(args as string[]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    if (typeof expected === 'string') expect(r.err).toBe(expected);
    else expect(r.err).toMatch(expected);
    expect(r.err.split('\n').length).toBeLessThanOrEqual(3);
  });
  it('strips escape sequences from arguments echoed in errors', async () => {
    const r = await cli(['show', '\u001b]52;c;ZXZpbA==\u0007x']);
    expect(r.code).toBe(2);
    expect(ESCAPES.test(r.err.replace(/\n/g, ''))).toBe(false);
  });
  it('broken custom data exits 1 and names file and field', async () => {
    const r = await cli(['where', '--data', `${FIXTURES}/broken/wrong-type`]);
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^facetime-help: invalid guide data in .*wrong-type \(1 problem\)\n  .*t\.yaml: platforms: /);
  });
  it('a missing built-in guide is a failure, not a crash', async () => {
    const { memoryIO } = await import('../../src/io/memory-io.js');
    const { run } = await import('../../src/main.js');
    const io = memoryIO();
    expect(await run(['where'], io, { ...CONTEXT, builtInGuide: '/nonexistent/guide.json' })).toBe(1);
    expect(io.err.text).toMatch(/^facetime-help: cannot read the built-in guide/);
  });
});

describe('custom data', () => {
  it('--data adds a topic with its own command, marked in topics', async () => {
    const r = await cli(['helpdesk', '--mac', '--data', `${FIXTURES}/custom`]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Self Service');
    expect((await cli(['topics', '--data', `${FIXTURES}/custom`])).out).toMatch(/^helpdesk +Contact the Example Corp help desk \[.*custom\]$/m);
  });
  it('FACETIME_HELP_DATA works like --data, and --data comes later', () => {
    expect(dataDirs(['--data', 'b', '--data=c', '--', '--data', 'x'], { FACETIME_HELP_DATA: 'a::z' })).toEqual(['a', 'z', 'b', 'c']);
  });
  it('hostile text prints no escape sequences in any format', async () => {
    for (const format of ['plain', 'markdown', 'json', 'pretty']) {
      const r = await cli(['show', 'hostile', '--format', format, '--no-color', '--data', `${FIXTURES}/hostile`]);
      expect(r.code, format).toBe(0);
      expect(ESCAPES.test(r.out.replace(/\n/g, '')), format).toBe(false);
    }
  });
});
