import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, SCHEMA_FILES } from '../../src/build/schemas.js';
import { readDataDir } from '../../src/guide/read-dir.js';
import { resolveSelections, viewTopic } from '../../src/guide/select.js';
import { toPlain } from '../../src/render/inline.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown } from '../../src/render/markdown.js';
import { renderPlain } from '../../src/render/plain.js';
import { fitToWidth } from '../../src/render/fit.js';
import { renderPretty } from '../../src/render/pretty.js';
import { ESCAPES, FIXTURES, ROOT } from '../helpers.js';

const topics = readDataDir(`${ROOT}data`).topics;
const views = topics.map((t) => viewTopic(t, resolveSelections(t.platforms, { platforms: [] }, t.id)));
const where = views.find((v) => v.id === 'where')!;

describe('toPlain', () => {
  it('removes inline markdown but keeps the words', () => {
    expect(toPlain('Open **Photos** and _then_ `C:\\Users\\<name>`')).toBe('Open Photos and then C:\\Users\\<name>');
    expect(toPlain('Go to [iCloud.com](https://www.icloud.com/)')).toBe('Go to iCloud.com (https://www.icloud.com/)');
    expect(toPlain('a \\* b')).toBe('a * b');
    expect(toPlain('snake_case_word')).toBe('snake_case_word');
  });
  it('leaves text without markup characters as it is, punctuation included', () => {
    const text = 'Settings > FaceTime (iOS 17+): "Live Photos" on, 100% & <done>! #1 ~ok| {x} -- é 🙂';
    expect(toPlain(text)).toBe(text);
    expect(toPlain('only one * star')).toBe('only one * star');
  });
});

describe('plain', () => {
  it.each(views.map((v) => [v.id, v] as const))('%s: no escapes, no trailing spaces, one step a line', (_, view) => {
    const out = renderPlain(view);
    expect(ESCAPES.test(out)).toBe(false);
    expect(out.split('\n').filter((l) => / +$/.test(l))).toEqual([]);
    expect(out).not.toMatch(/\*\*|`/);
    expect(out).toBe(renderPlain(view));
  });
  it('puts each platform under its own heading with menu paths and marks', () => {
    const out = renderPlain(where);
    expect(out).toContain('\niPhone (iOS 26)\n');
    expect(out).toContain('\nMac (macOS 26 Tahoe)\n');
    expect(out).toContain('\nWindows\n');
    expect(out).toMatch(/^\d+\. To list only Live Photos, open: Collections > Media Types > Live Photos$/m);
    const smart = renderPlain(views.find((v) => v.id === 'smart-album')!);
    expect(smart).toMatch(/^\d+\. Or click the \+ beside My Albums in the sidebar\. \(unverified\)$/m);
  });
});

describe('markdown', () => {
  it('is GitHub-flavoured markdown with headings, numbered steps and sources', () => {
    const out = renderMarkdown(where);
    expect(out).toMatch(/^# Where FaceTime Live Photos are saved\n/);
    expect(out).toContain('## iPhone (iOS 26)');
    expect(out).toContain('### Find them in Photos');
    expect(out).toContain('**Collections** > **Media Types** > **Live Photos**');
    expect(out).toContain('- <https://support.apple.com/guide/iphone/welcome/ios>');
    expect(ESCAPES.test(out)).toBe(false);
  });
});

describe('json', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}${SCHEMA_FILES.output}`, 'utf8')));
  it.each(views.map((v) => [v.id, v] as const))('%s validates against the shipped output schema', (_, view) => {
    const doc = JSON.parse(renderJson(view));
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    expect(doc.schemaVersion).toBe(1);
  });
  it('rejects a document that does not fit, so the check above can fail', () => {
    expect(validate({ schemaVersion: 1, kind: 'topic', topic: {} })).toBe(false);
  });
});

describe('pretty', () => {
  const md = renderMarkdown(where);
  it('styles menu paths and fits the width', () => {
    const out = renderPretty(md, { width: 60, color: true });
    expect(out).toContain('\u001b[');
    expect(out).not.toContain('**');
    const widest = Math.max(...out.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(66);
  });
  it('wraps long lines under their own text: list items and indented lines', () => {
    const words = 'word '.repeat(30).trim();
    const out = fitToWidth(`   1. ${words}\n      ${words}\n${words}\n`, 40).split('\n');
    expect(Math.max(...out.map((l) => l.length))).toBeLessThanOrEqual(40);
    const [item, ...rest] = out;
    expect(item).toMatch(/^ {3}1\. word/);
    const next = rest.findIndex((l) => l.startsWith('      word')); // the item continues at its text
    expect(next).toBe(0);
    const indented = out.filter((l) => /^ {6}word/.test(l));
    expect(indented.length).toBeGreaterThanOrEqual(8); // item and indented line both continue at column 6
    expect(out.filter((l) => l.startsWith('word')).length).toBeGreaterThanOrEqual(4); // an unindented line wraps at column 0
  });
  it('has no escape sequences without colour', () => {
    const out = renderPretty(md, { width: 80, color: false });
    expect(ESCAPES.test(out)).toBe(false);
    expect(out).toContain('Collections > Media Types > Live Photos');
  });
});

describe('shipped JSON Schemas', () => {
  it.each(Object.entries(SCHEMA_FILES))('%s matches the zod schema (run `npm run schemas` after changing it)', (key, file) => {
    expect(readFileSync(`${ROOT}${file}`, 'utf8')).toBe(generatedSchemas()[key as keyof typeof SCHEMA_FILES]);
  });
  it('the topic schema accepts the built-in data files and rejects a broken one', async () => {
    const { parse } = await import('yaml');
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}${SCHEMA_FILES.topic}`, 'utf8')));
    const doc = parse(readFileSync(`${ROOT}data/topics/where.yaml`, 'utf8'));
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate(parse(readFileSync(`${FIXTURES}/broken/wrong-type/topics/t.yaml`, 'utf8')))).toBe(false);
  });
});
