import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, CONTEXT, FIXTURES, ROOT } from '../helpers.js';

const BROKEN = `${FIXTURES}/broken`;

describe('validate', () => {
  it('the built-in data validates, with a one-line summary', async () => {
    const r = await cli(['validate']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^OK: 6 topics and 1 checklist in \S+data\n$/);
    expect(r.err).toBe('');
  });
  it('a custom directory validates over the built-in data', async () => {
    const r = await cli(['validate', `${FIXTURES}/custom`]);
    expect(r.code).toBe(0);
    expect(r.out).toBe(`OK: 2 topics and 0 checklists in ${FIXTURES}/custom\n`);
  });
  it.each([
    ['bad-yaml', /topics\/bad\.yaml: .*line 2/],
    ['missing-field', /topics\/t\.yaml: title: /],
    ['wrong-type', /topics\/t\.yaml: platforms: /],
    ['unknown-platform', /topics\/t\.yaml: platforms\[\d\]: /],
    ['js-tag', /topics\/\w+\.yaml: .*tag/i],
    ['duplicate-id', /two\.yaml: id: '\w+' is also the id in .*one\.yaml/],
  ])('%s: every problem with file and field on stdout, exit 1', async (name, problem) => {
    const r = await cli(['validate', `${BROKEN}/${name}`]);
    expect(r.code).toBe(1);
    expect(r.out).toMatch(problem);
    expect(r.out).toContain(`${BROKEN}/${name}/topics/`);
    expect(r.err).toMatch(/^facetime-help: \d+ problems? in guide data\n$/);
  });
  it('reports the problems of every directory given, in one run', async () => {
    const r = await cli(['validate', `${BROKEN}/bad-yaml`, `${FIXTURES}/custom`, `${BROKEN}/missing-field`]);
    expect(r.code).toBe(1);
    expect(r.out.trim().split('\n')).toHaveLength(2);
    expect(r.err).toBe('facetime-help: 2 problems in guide data\n');
  });
  it('a directory that does not exist is a problem, not a crash', async () => {
    const r = await cli(['validate', '/nonexistent/guide']);
    expect(r.code).toBe(1);
    expect(r.out).toBe('cannot read guide data in /nonexistent/guide: no such file or directory\n');
  });
  it('--json reports each directory', async () => {
    const r = await cli(['validate', `${FIXTURES}/custom`, `${BROKEN}/wrong-type`, '--json']);
    expect(r.code).toBe(1);
    const doc = JSON.parse(r.out);
    expect(doc.ok).toBe(false);
    expect(doc.directories.map((d: { problems: string[] }) => d.problems.length > 0)).toEqual([false, true]);
  });
});

describe('validate of the built-in data, against what the build validated', () => {
  /** A copy of data/ as the built-in data, changed by `change`. */
  function builtInCopy(change: (dir: string) => void = () => {}): string {
    const dir = join(mkdtempSync(join(tmpdir(), 'fth-data-')), 'data');
    cpSync(`${ROOT}data`, dir, { recursive: true });
    change(dir);
    return dir;
  }
  const validate = (builtInData: string) => cli(['validate'], {}, { ...CONTEXT, builtInData });
  it('unchanged, it gives the same answer without reading it again', async () => {
    const dir = builtInCopy();
    expect((await validate(dir)).out).toBe(`OK: 6 topics and 1 checklist in ${dir}\n`);
  });
  it.each([
    ['a step made invalid', (dir: string) => writeFileSync(join(dir, 'topics/where.yaml'), readFileSync(join(dir, 'topics/where.yaml'), 'utf8').replace(/^title: .*$/m, 'title: 7'))],
    ['a file added', (dir: string) => writeFileSync(join(dir, 'topics/zz.yaml'), 'id: where\n')],
    ['the frame made invalid', (dir: string) => writeFileSync(join(dir, 'guide.yaml'), readFileSync(join(dir, 'guide.yaml'), 'utf8').replace(/^reviewed: .*$/m, 'reviewed: soon'))],
  ])('%s: checked afresh, and the problem reported', async (_what, change) => {
    const r = await validate(builtInCopy(change));
    expect(r.code).toBe(1);
    expect(r.out).not.toMatch(/^OK/);
  });
  it('a file removed: checked afresh, so the frame that names it is a problem', async () => {
    const r = await validate(builtInCopy((dir) => rmSync(join(dir, 'topics/smart-album.yaml'))));
    expect(r.out).toMatch(/guide\.yaml: order\[\d\]: no topic 'smart-album'/);
  });
});
