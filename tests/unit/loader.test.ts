import { cpSync, mkdtempSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { compileDataDir } from '../../src/guide/compile.js';
import { loadGuide, packGuide, readCompiledGuide } from '../../src/guide/load.js';
import { readDataDir } from '../../src/guide/read-dir.js';
import { BUILT_GUIDE, ESCAPES, FIXTURES, ROOT } from '../helpers.js';

function problems(dir: string): string[] {
  try {
    readDataDir(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(DataError);
    return [(e as DataError).message, ...(e as DataError).problems];
  }
  throw new Error(`${dir} loaded without error`);
}

describe('readDataDir', () => {
  it('loads and validates the built-in data', () => {
    const data = readDataDir(`${ROOT}data`);
    expect(data.topics.map((t) => t.id).sort()).toEqual(['capture', 'enable', 'recover', 'screenshot', 'smart-album', 'where']);
  });

  it.each([
    ['bad-yaml', /bad\.yaml: .*(flow|collection|Missing|Unexpected)/i],
    ['missing-field', /t\.yaml: title: .*expected string/],
    ['wrong-type', /t\.yaml: platforms: .*expected array/],
    ['unknown-platform', /t\.yaml: platforms\[0\]: .*(Invalid option|expected one of)/],
    ['js-tag', /t\.yaml: unknown tag .*js\/function> \(line 2, column \d+\)/],
    ['duplicate-id', /two\.yaml: id: 'same' is also the id in .*one\.yaml/],
  ])('reports %s with the file and the path', (name, pattern) => {
    const lines = problems(`${FIXTURES}/broken/${name}`);
    expect(lines[0]).toMatch(/^invalid guide data in .*\(\d+ problems?\)$/);
    expect(lines.slice(1).join('\n')).toMatch(pattern);
  });

  it('reports every rule the schema cannot say, not just the first', () => {
    const lines = problems(`${FIXTURES}/broken/bad-scope`).join('\n');
    expect(lines).toContain("sections[0].platforms: 'macos' is not among its parent's platforms");
    expect(lines).toContain('sections[0].os.ios: min is above max');
    expect(lines).toContain("sections[1].id: 'a' is used twice");
  });

  it('refuses a missing directory and a directory without topics/', () => {
    expect(problems(`${FIXTURES}/does-not-exist`)[0]).toMatch(/no such file or directory/);
    expect(problems(`${FIXTURES}/broken`)[0]).toMatch(/invalid guide data/);
  });

  it('strips control characters from every string', () => {
    const text = JSON.stringify(readDataDir(`${FIXTURES}/hostile`).topics);
    expect(JSON.parse(text).length).toBe(1);
    expect(ESCAPES.test(JSON.parse(text)[0].summary)).toBe(false);
    expect(ESCAPES.test(JSON.parse(text)[0].sections[0].steps[0].menu.join(''))).toBe(false);
  });
});

describe('loadGuide with custom data', () => {
  it('adds new topics and replaces sections by id, keeping the rest', async () => {
    const guide = await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [`${FIXTURES}/custom`] });
    expect(guide.origins.helpdesk).toBe(`${FIXTURES}/custom`);
    const where = guide.topics.find((t) => t.id === 'where')!;
    const builtIn = readCompiledGuide(BUILT_GUIDE).topics.find((t) => t.id === 'where')!;
    expect(where.sections.find((s) => s.id === 'find-mac')!.title).toContain('Example Corp');
    // every other section as built in, in the same place; the topic's own sources kept
    expect(where.sections.map((s) => s.id)).toEqual(builtIn.sections.map((s) => s.id));
    expect(where.sections.filter((s) => s.id !== 'find-mac')).toEqual(builtIn.sections.filter((s) => s.id !== 'find-mac'));
    expect(where.sources).toEqual(builtIn.sources);
    expect(guide.topics.filter((t) => t.id === 'where')).toHaveLength(1);
    expect(guide.topics.map((t) => t.id)).toEqual([...readCompiledGuide(BUILT_GUIDE).topics.map((t) => t.id), 'helpdesk']);
  });
  it('loads nothing from a broken directory', async () => {
    await expect(loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [`${FIXTURES}/custom`, `${FIXTURES}/broken/js-tag`] })).rejects.toThrow(DataError);
  });
});

describe('checklist rules', () => {
  it('reports repeated step and symptom ids and unknown references', async () => {
    const { checklistProblems } = await import('../../src/guide/rules.js');
    const data = readDataDir(`${ROOT}data`);
    const base = data.checklists[0]!.checklist;
    const broken = {
      ...base,
      steps: [...base.steps, base.steps[0]!, { id: 'x', title: 'X', use: ['where/nope'] }],
      symptoms: [...base.symptoms, { ...base.symptoms[0]!, steps: ['missing'] }],
    };
    const lines = checklistProblems('t.yaml', broken, data.topics).join('\n');
    expect(lines).toContain(`t.yaml: steps[${base.steps.length}].id: '${base.steps[0]!.id}' is used twice`);
    expect(lines).toContain(`t.yaml: symptoms[${base.symptoms.length}].id: '${base.symptoms[0]!.id}' is used twice`);
    expect(lines).toContain("t.yaml: steps[" + (base.steps.length + 1) + "].use[0]: topic 'where' has no section 'nope'");
    expect(lines).toContain(`t.yaml: symptoms[${base.symptoms.length}].steps[0]: no step 'missing'`);
    expect(checklistProblems('t.yaml', base, data.topics)).toEqual([]);
  });
});

describe('custom data checked by an earlier run', () => {
  /** A store in memory that records what was asked of it. */
  const memoryStore = () => {
    const entries = new Map<string, unknown>();
    return { entries, reads: 0, read(key: string) { this.reads++; return entries.get(key); }, write: (key: string, value: unknown) => void entries.set(key, value) };
  };
  const copy = (from: string): string => {
    const dir = mkdtempSync(join(tmpdir(), 'fth-checked-'));
    cpSync(from, dir, { recursive: true });
    return dir;
  };

  it('is taken from the store while the files are unchanged, and gives the same guide', async () => {
    for (const fixture of ['custom', 'hostile', 'topic-sources']) {
      const store = memoryStore();
      const dirs = [`${FIXTURES}/${fixture}`];
      const first = await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs, checked: store });
      expect(store.entries.size, fixture).toBe(1);
      const [key] = store.entries.keys();
      store.entries.set(key!, JSON.parse(JSON.stringify(store.entries.get(key!))));
      const again = await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs, checked: store });
      expect(again, fixture).toEqual(first);
      expect(again).toEqual(await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs }));
      expect(store.entries.size).toBe(1);
    }
  });
  it('checks a directory again when a file changes, is added or is renamed', async () => {
    const dir = copy(`${FIXTURES}/custom`);
    const store = memoryStore();
    const titleOf = async () => (await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [dir], checked: store })).topics.find((t) => t.id === 'helpdesk')!.title;
    expect(await titleOf()).toBe('Contact the Example Corp help desk');
    const file = join(dir, 'topics', 'helpdesk.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('Example Corp', 'Example Inc'));
    expect(await titleOf()).toBe('Contact the Example Inc help desk');
    renameSync(file, join(dir, 'topics', 'desk.yaml'));
    expect(await titleOf()).toBe('Contact the Example Inc help desk');
    writeFileSync(join(dir, 'topics', 'extra.yaml'), 'id: extra\ntitle: Extra\nsummary: More.\nplatforms: [ios]\nsections:\n  - id: a\n    title: A\n    steps:\n      - text: Do it.\n');
    expect((await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [dir], checked: store })).topics.map((t) => t.id)).toContain('extra');
    expect(store.entries.size).toBe(4);
  });
  it('reports a file it cannot read even when the rest is as an earlier run checked it', async () => {
    const dir = copy(`${FIXTURES}/custom`);
    const store = memoryStore();
    await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [dir], checked: store });
    writeFileSync(join(dir, 'topics', 'huge.yaml'), `# ${'x'.repeat(300 * 1024)}\n`);
    await expect(loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [dir], checked: store })).rejects.toThrow(DataError);
  });
  it('never keeps a broken directory, and reports it every time', async () => {
    const store = memoryStore();
    for (let i = 0; i < 2; i++) await expect(loadGuide({ builtIn: BUILT_GUIDE, dataDirs: [`${FIXTURES}/broken/js-tag`], checked: store })).rejects.toThrow(DataError);
    expect(store.entries.size).toBe(0);
  });
  it('ignores what the store holds unless it is checked data, and strips control characters from it', async () => {
    const dirs = [`${FIXTURES}/custom`];
    const store = memoryStore();
    const clean = await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs, checked: store });
    const [key, value] = [...store.entries][0]! as [string, { topics: { title: string }[] }];
    for (const spoilt of [null, 'text', { topics: 'no' }, { checklists: [] }, { ...value, checklists: 'no' }]) {
      store.entries.set(key, spoilt);
      expect(await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs, checked: store })).toEqual(clean);
    }
    store.entries.set(key, { ...value, topics: value.topics.map((t) => ({ ...t, title: `${t.title}\u001b[2J` })) });
    const loaded = await loadGuide({ builtIn: BUILT_GUIDE, dataDirs: dirs, checked: store });
    expect(ESCAPES.test(JSON.stringify(loaded.topics.map((t) => t.title)))).toBe(false);
  });
});

describe('the built-in guide as dist/guide.json holds it', () => {
  const compiled = compileDataDir(`${ROOT}data`);
  const write = (value: unknown): string => {
    const file = join(mkdtempSync(join(tmpdir(), 'fth-guide-')), 'guide.json');
    writeFileSync(file, JSON.stringify(value));
    return file;
  };
  it('reads packed (sections and steps as JSON text) or not as the same guide, and the build packs it', () => {
    const { ranges, ...built } = JSON.parse(readFileSync(BUILT_GUIDE, 'utf8')) as ReturnType<typeof compileDataDir>;
    expect(typeof (built.topics[0] as unknown as { sections: unknown }).sections).toBe('string');
    expect(built).toEqual(packGuide(compiled));
    expect(ranges).toBeDefined();
    const plain = readCompiledGuide(write(compiled));
    expect(readCompiledGuide(write(packGuide(compiled)))).toEqual(plain);
    expect(readCompiledGuide(BUILT_GUIDE)).toEqual(plain);
  });
  it('parses a topic\'s sections and a checklist\'s steps only when they are read, once', () => {
    const guide = readCompiledGuide(write(packGuide(compiled)));
    const [topic] = guide.topics;
    expect(Object.getOwnPropertyDescriptor(topic, 'sections')!.get).toBeTypeOf('function');
    const sections = topic!.sections;
    expect(sections).toEqual(compiled.topics[0]!.sections);
    expect(Object.getOwnPropertyDescriptor(topic, 'sections')).toMatchObject({ value: sections, writable: true, enumerable: true });
    expect(topic!.sections).toBe(sections);
    expect(guide.checklists[0]!.steps).toEqual(compiled.checklists[0]!.steps);
    const replaced = readCompiledGuide(write(packGuide(compiled))).topics[1]!;
    replaced.sections = [];
    expect(replaced.sections).toEqual([]);
  });
});
