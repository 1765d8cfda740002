import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { generatedSchemas, SCHEMA_FILES } from '../../src/build/schemas.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { resolveSelections } from '../../src/guide/select.js';
import { drawMarkdown, hyperlink } from '../../src/render/draw.js';
import { fitToWidth, visible } from '../../src/render/fit.js';
import { escapeMarkdown, safeInline, stepLine, toPlain } from '../../src/render/inline.js';
import { renderJson } from '../../src/render/json.js';
import { renderMarkdown, unitMarkdown } from '../../src/render/markdown.js';
import { SLOT } from '../../src/render/stored.js';
import { renderPlain } from '../../src/render/plain.js';
import { drawUnits } from '../../src/render/pretty.js';
import { unitKey } from '../../src/render/stored.js';
import { viewTopic } from '../../src/view/topic.js';
import { BUILT_GUIDE, cli, ESCAPES, FIXTURES, ROOT } from '../helpers.js';

const guide = readCompiledGuide(BUILT_GUIDE);
/** A topic's view for every platform, made in the test that uses it (mutation testing credits code to the test that runs it). */
const viewOf = (id: string) => {
  const topic = guide.topics.find((t) => t.id === id)!;
  return viewTopic(guide, topic, resolveSelections(guide.frame, topic.platforms, { platforms: [] }, topic.id));
};
const ids = guide.topics.map((t) => [t.id] as const);
const widest = (text: string): number => Math.max(...visible(text).split('\n').map((l) => [...l].length));

describe('toPlain', () => {
  it('removes inline markdown but keeps the words', () => {
    expect(toPlain('Open **Photos** and _then_ `C:\\Users\\<name>`')).toBe('Open Photos and then C:\\Users\\<name>');
    expect(toPlain('Go to [iCloud.com](https://www.icloud.com/)')).toBe('Go to iCloud.com (https://www.icloud.com/)');
    expect(toPlain('a \\* b')).toBe('a * b');
    expect(toPlain('snake_case_word')).toBe('snake_case_word');
    expect(toPlain('two\nlines')).toBe('two lines');
  });
  it('leaves text without markup characters as it is, punctuation included', () => {
    const text = 'Settings > FaceTime (iOS 17+): "Live Photos" on, 100% & <done>! #1 ~ok| {x} -- é 🙂';
    expect(toPlain(text)).toBe(text);
    expect(toPlain('only one * star')).toBe('only one * star');
  });
});

describe('inline text in detail', () => {
  it('reads a link whose text is its address once, emphasis at the start of a line, and any number of code spans', () => {
    expect(toPlain('[https://www.icloud.com/](https://www.icloud.com/)')).toBe('https://www.icloud.com/');
    expect(toPlain('*start* here and _there_')).toBe('start here and there');
    const spans = Array.from({ length: 12 }, (_, i) => `c${i}`);
    expect(toPlain(spans.map((c) => `\`${c}\``).join(' '))).toBe(spans.join(' '));
  });
  it('joins a menu to its step with ": ", or a space after a colon that ends the text', () => {
    const item = (p: string) => `[${p}]`;
    expect(stepLine({ text: 'Open', menu: ['Settings', 'FaceTime'] }, item)).toBe('Open: [Settings] > [FaceTime]');
    expect(stepLine({ text: 'Open this:', menu: ['Settings'] }, item)).toBe('Open this: [Settings]');
    expect(stepLine({ text: 'Open this:  ', menu: ['Settings'] }, item)).toBe('Open this:   [Settings]');
    expect(stepLine({ text: 'Note: then open', menu: ['Settings'] }, item)).toBe('Note: then open: [Settings]');
    expect(stepLine({ text: 'Press', keys: ['Shift', 'Command', '3'] }, item)).toBe('Press: [Shift] + [Command] + [3]');
    expect(stepLine({ text: 'Both', menu: ['A'], keys: ['B'] }, item)).toBe('Both: [A]; [B]');
    expect(stepLine({ text: 'Just text' }, item)).toBe('Just text');
  });
  it('escapes a fence, a rule or a bullet that starts data markdown, but not code or emphasis', () => {
    expect(safeInline('~~~ fence')).toBe('\\~~~ fence');
    expect(safeInline('___')).toBe('\\___');
    expect(safeInline('***')).toBe('\\***');
    expect(safeInline('`code` first')).toBe('`code` first');
    expect(safeInline('~tilde')).toBe('~tilde');
    expect(safeInline('_emphasis_ first')).toBe('_emphasis_ first');
    expect(safeInline('``<b>`` and `<i>` but <u>')).toBe('``<b>`` and `<i>` but &lt;u>');
    expect(safeInline('a ``` b <u>')).toBe('a ``` b &lt;u>');
  });
});

describe('markdown made safe for tickets and wikis', () => {
  it('escapes every markup character in plain text', () => {
    expect(escapeMarkdown('[your name] *bold* <b> `x` a|b ~s~ _u_')).toBe('\\[your name\\] \\*bold\\* &lt;b\\> \\`x\\` a\\|b \\~s\\~ \\_u\\_');
    expect(escapeMarkdown('Q&A &amp; &#60; & more')).toBe('Q&A &amp;amp; &amp;#60; & more');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('1. not a list')).toBe('1\\. not a list');
    expect(safeInline('12) not a list')).toBe('12\\) not a list');
    expect(safeInline('> not a quote')).toBe('\\> not a quote');
  });
  it('keeps formatting in data markdown but makes HTML, images and odd links inert', () => {
    expect(safeInline('Open **Photos** and `<code>`')).toBe('Open **Photos** and `<code>`');
    expect(safeInline('<script>alert(1)</script>')).toBe('&lt;script>alert(1)&lt;/script>');
    expect(safeInline('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)>');
    // a backslash escape would be taken into a bare address that a wiki links: an entity cannot
    expect(safeInline('https://evil.example</iframe>')).toBe('https://evil.example&lt;/iframe>');
    expect(safeInline('see <https://example.com/a>')).toBe('see <https://example.com/a>');
    expect(safeInline('see <javascript:alert(1)>')).toBe('see &lt;javascript:alert(1)>');
    expect(safeInline('![pixel](https://evil.example/p.png)')).toBe('!\\[pixel](https://evil.example/p.png)');
    expect(safeInline('[click](javascript:alert(1))')).toBe('\\[click\\](javascript:alert(1))');
    expect(safeInline('[fine](https://www.icloud.com/)')).toBe('[fine](https://www.icloud.com/)');
    expect(safeInline('# heading')).toBe('\\# heading');
    expect(safeInline('[ref]: https://evil.example')).toBe('\\[ref\\]: https://evil.example');
    expect(safeInline('see [a][ref]')).toBe('see \\[a\\][ref]');
    expect(safeInline('```js')).toBe('\\```js');
    expect(safeInline('* bullet')).toBe('\\* bullet');
    expect(safeInline('*emphasis* stays')).toBe('*emphasis* stays');
    expect(safeInline('    indented')).toBe('indented');
  });
});

describe('plain', () => {
  it.each(ids)('%s: no escapes, no trailing spaces, one step a line, numbered from 1', (id) => {
    const out = renderPlain(viewOf(id));
    expect(ESCAPES.test(out)).toBe(false);
    expect(out.split('\n').filter((l) => / +$/.test(l))).toEqual([]);
    expect(out).not.toMatch(/\*\*|`/);
    expect(out).not.toMatch(/^0\. /m);
    expect(out).toMatch(/^1\. /m);
  });
});

describe('json', () => {
  const ajv = new Ajv2020({ strict: false });
  const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}${SCHEMA_FILES.output}`, 'utf8')));
  it.each(ids)('%s validates against the shipped output schema', (id) => {
    const doc = JSON.parse(renderJson(viewOf(id)));
    expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    expect(doc.schemaVersion).toBe(2);
  });
  it('the schema rejects what it should: an empty step list, a step without text, a URL that is not one, a negative count', () => {
    const doc = JSON.parse(renderJson(viewOf(guide.topics[0]!.id)));
    const broken = [
      (d: typeof doc) => (d.platforms[0].sections[0].steps = []),
      (d: typeof doc) => (d.platforms[0].sections[0].steps[0].text = ''),
      (d: typeof doc) => (d.platforms[0].sections[0].sources = [{ url: 'not a url', kind: 'apple' }]),
      (d: typeof doc) => (d.platforms[0].sections[0].sources = [{ url: 'https://x.example/', kind: 'blog' }]),
      (d: typeof doc) => delete d.guide,
    ];
    for (const breakIt of broken) {
      const copy = structuredClone(doc);
      breakIt(copy);
      expect(validate(copy)).toBe(false);
    }
    expect(validate({ schemaVersion: 2, kind: 'validation', ok: true, directories: [{ dir: 'd', topics: -1, checklists: 0, problems: [] }] })).toBe(false);
    expect(validate({ schemaVersion: 2, kind: 'validation', ok: true, directories: [{ dir: 'd', topics: 1.5, checklists: 0, problems: [] }] })).toBe(false);
  });
});

describe('pretty', () => {
  it('links: clickable once with links on, the address once without, never both', () => {
    const md = 'See <https://support.apple.com/105120> and [iCloud.com](https://www.icloud.com/).';
    const linked = drawMarkdown(md, { color: true, links: true });
    expect(linked).toContain(hyperlink('https://support.apple.com/105120', '\u001b[34m\u001b[4mhttps://support.apple.com/105120\u001b[24m\u001b[39m'));
    expect(visible(linked)).toBe('See https://support.apple.com/105120 and iCloud.com.');
    const plain = drawMarkdown(md, { color: false, links: false });
    expect(plain).toBe('See https://support.apple.com/105120 and iCloud.com (https://www.icloud.com/).');
  });
  it('fits to the width without counting or cutting link addresses', async () => {
    const url = 'https://deviceguides.vodafone.co.uk/apple/iphone-14-plus-ios-26/calls-and-contacts/select-facetime-settings';
    const line = `   * Independent: ${hyperlink(url, `\u001b[34m${url}\u001b[39m`)}`;
    const out = await fitToWidth(line, 60);
    expect(widest(out)).toBeLessThanOrEqual(60);
    // every line that shows part of the address is a complete, closed link to it
    for (const l of out.split('\n').filter((x) => x.includes('vodafone') || x.includes('facetime-settings'))) {
      expect(l).toMatch(/\u001b\]8;;https:\/\/deviceguides[^\u0007]*\u0007.*\u001b\]8;;\u0007/);
    }
    expect(visible(out).replace(/\s+/g, '')).toBe(`*Independent:${url}`);
    // a short line with a long address inside the escape is not wrapped at all
    const short = `See ${hyperlink(url, 'this page')}.`;
    expect(await fitToWidth(short, 20)).toBe(`${short}\n`);
  });
  it('wraps list items and indented lines under their own text', async () => {
    const words = 'word '.repeat(30).trim();
    const out = (await fitToWidth(`   1. ${words}\n      ${words}\n${words}\n`, 40)).split('\n');
    expect(Math.max(...out.map((l) => l.length))).toBeLessThanOrEqual(40);
    expect(out[0]).toMatch(/^ {3}1\. word/);
    expect(out[1]).toMatch(/^ {6}word/);
    expect(out.filter((l) => l.startsWith('word')).length).toBeGreaterThanOrEqual(4);
    // a narrow terminal: the continuation indent leaves at least ten columns of text
    const narrow = (await fitToWidth(`      1. ${words}\n`, 14)).split('\n').slice(1, -1);
    expect(narrow.length).toBeGreaterThan(3);
    expect(narrow.every((l) => /^ {4}word( word)?$/.test(l))).toBe(true);
    // step 10 and on: the continuation lines up under the text, past the wider number
    const tenth = (await fitToWidth(`   10. ${words}\n`, 40)).split('\n');
    expect(tenth[0]).toMatch(/^ {3}10\. word/);
    expect(tenth.slice(1, -1).every((l) => /^ {7}word/.test(l))).toBe(true);
    expect(tenth.length).toBeGreaterThan(3);
  });
  it('drops spaces at the ends of wrapped lines but keeps the colours closed, and drops blank lines at the end', async () => {
    const out = await fitToWidth(`\u001b[1m${'word '.repeat(20)}\u001b[22m\n\n\n`, 30);
    expect(out.endsWith('\u001b[22m\n')).toBe(true);
    expect(out.split('\n').filter((l) => / $/.test(visible(l)))).toEqual([]);
    expect(visible(out).replace(/\s+/g, ' ').trim()).toBe('word '.repeat(20).trim());
    expect(await fitToWidth('text\n\n\n', 80)).toBe('text\n');
  });
  it('a heading drawn with SLOT in place of its text is that heading drawn', async () => {
    for (const value of ['iPhone (iOS 17.5)', 'Mac (macOS 27 Golden Gate)', 'iPad (iOS 12.1.4)']) {
      for (const settings of [{ color: true, links: false }, { color: false, links: false }]) {
        const stored = { units: [{ [unitKey(`## ${SLOT}`)]: drawMarkdown(`## ${SLOT}`, settings) }] };
        const [viaSlot] = await drawUnits([{ markdown: `## ${SLOT}`, value }], { ...settings, width: 80 }, stored);
        expect(viaSlot).toBe(drawMarkdown(`## ${value}`, settings));
      }
    }
  });
  it('a value that markdown would change is drawn in its place, not put into the drawing after', async () => {
    const settings = { color: true, links: false };
    const stored = { units: [{ [unitKey(`## ${SLOT}`)]: drawMarkdown(`## ${SLOT}`, settings) }] };
    for (const value of ['see https://example.com/x', 'https://example.com/ first']) {
      const [drawn] = await drawUnits([{ markdown: `## ${SLOT}`, value }], { ...settings, width: 80 }, stored);
      expect(drawn).toBe(drawMarkdown(unitMarkdown({ markdown: `## ${SLOT}`, value }), settings));
      expect(drawn).toContain('\u001b[4mhttps://example.com/');
    }
  });
  it('lists have no escape sequences without colour', async () => {
    for (const args of [['topics'], ['search', 'recently', 'deleted']]) {
      const r = await cli([...args, '--format', 'pretty', '--no-color'], { outTTY: true, columns: 80 });
      expect(r.out).toMatch(/^\S.*\n/);
      expect(ESCAPES.test(r.out), args.join(' ')).toBe(false);
      expect(r.out).not.toContain('undefined');
    }
  });
  it('has no escape sequences without colour, and fits 60 columns', async () => {
    const { renderPretty } = await import('../../src/render/pretty.js');
    const out = await renderPretty(viewOf('where'), { width: 60, color: false, links: false });
    expect(ESCAPES.test(out)).toBe(false);
    expect(widest(out)).toBeLessThanOrEqual(60);
    expect(out.replace(/\s+/g, ' ')).toContain('Collections > Media Types > Live Photos');
  });
});

describe('shipped JSON Schemas', () => {
  // one test for all: the schemas are made once, on first use, so a test for one file
  // would leave the others made by a test that does not look at them
  it('every file matches the schema in code (run `npm run schemas` after changing it)', () => {
    const files = Object.fromEntries(Object.entries(SCHEMA_FILES).map(([key, file]) => [key, readFileSync(`${ROOT}${file}`, 'utf8')]));
    expect(files).toEqual(generatedSchemas());
  });
  it('the topic schema accepts the built-in data files and rejects a broken one', async () => {
    const { load: parse } = await import('js-yaml');
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(`${ROOT}${SCHEMA_FILES.topic}`, 'utf8')));
    for (const name of ['where', 'enable', 'recover']) {
      const doc = parse(readFileSync(`${ROOT}data/topics/${name}.yaml`, 'utf8'));
      expect(validate(doc), ajv.errorsText(validate.errors)).toBe(true);
    }
    expect(validate(parse(readFileSync(`${FIXTURES}/broken/wrong-type/topics/t.yaml`, 'utf8')))).toBe(false);
  });
  it('markdown output of a view holds the sources as autolinks', () => {
    expect(renderMarkdown(viewOf('recover'))).toContain('- Apple: <https://support.apple.com/kb/PH12519>');
  });
});
