import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXED_NAMES } from '../../src/spec.js';
import type { Guide } from '../../src/guide/guide.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import type { SelectRequest } from '../../src/guide/select.js';
import * as live from '../../src/search/live.js';
import { indexTerm } from '../../src/search/stemmed.js';
import { keyedLines } from '../../src/search/rank.js';
import { indexTermWith, search as searchWith, unstemmed, type SearchIndex } from '../../src/search/search.js';
import { BUILT_GUIDE, cli, ESCAPES, FIXTURES } from '../helpers.js';

const indexGuide = (over: Guide, reserved: Iterable<string>) => live.indexGuide(over, reserved, indexTerm);
const guide = readCompiledGuide(BUILT_GUIDE);
/** Search worked out live, as over custom data. */
const search = (over: Guide, request: SelectRequest, query: string, limit: number, index: SearchIndex) => searchWith(over, request, query, limit, index, indexTerm, { live });
// indexed in each test that searches, for mutation testing to credit the indexing to it
const searched = () => indexGuide(guide, FIXED_NAMES);
const top = (query: string, platforms: Guide['topics'][number]['platforms'] = [], osVersion?: string) =>
  search(guide, { platforms, ...(osVersion && { osVersion }) }, query, 5, searched());

describe('search ranking', () => {
  it('ranks the recover topic first for "recently deleted"', () => {
    expect(top('recently deleted')[0]!.doc.ref.topic).toBe('recover');
  });
  it.each([
    ['screnshot', 'screenshot'],
    ['screenshots', 'screenshot'],
    ['recovering', 'recover'],
    ['smart album', 'smart-album'],
    ['lockdown', 'enable'],
    ['where', 'where'],
    ['where are my photos', 'where'],
  ])('"%s" finds %s first (typos and word forms)', (query, topic) => {
    expect(top(query)[0]!.doc.ref.topic).toBe(topic);
  });
  it('finds troubleshooting symptoms, with the command that starts them', () => {
    const hit = top('no shutter button')[0]!;
    expect(hit.doc.kind).toBe('symptom');
    expect(hit.shown.command).toBe('facetime-help troubleshoot --symptom no-shutter');
  });
  it('matches a beginning from four letters and one typo from five, and no further', () => {
    expect(top('scre')[0]!.doc.ref.topic).toBe('screenshot');
    expect(top('scr')).toEqual([]);
    expect(top('lockdwn')[0]!.doc.ref.section).toBe('lockdown');
    expect(top('lokdwn')).toEqual([]); // two edits from "lockdown"
    expect(top('photso').length).toBeGreaterThan(0); // a transposition is two edits, within the 0.2 of six letters rounded
    expect(top('tbcd')).toEqual([]);
  });
  it('cuts a long line to 120 characters at a space, marked with an ellipsis', () => {
    const hits = search(guide, { platforms: [] }, 'settings photos facetime', 50, searched());
    const cut = hits.filter((h) => !h.shown.lines.includes(h.snippet));
    expect(cut.length).toBeGreaterThan(0);
    for (const h of hits) expect(h.snippet.length, h.snippet).toBeLessThanOrEqual(121);
    for (const h of cut) {
      expect(h.snippet.endsWith('…')).toBe(true);
      const line = h.shown.lines.find((l) => l.startsWith(h.snippet.slice(0, -1)))!;
      expect(line.length).toBeGreaterThan(120);
      expect(line[h.snippet.length - 1]).toBe(' ');
    }
  });
  it('stems words and drops stop words', () => {
    expect(indexTerm('Deleted')).toBe(indexTerm('delete'));
    expect(indexTerm('recovering')).toBe(indexTerm('recover'));
    expect(indexTerm('the')).toBeNull();
  });
  it('returns nothing for words the guide does not hold', () => {
    expect(top('xylophone quasar')).toEqual([]);
  });
});

describe('search filters and commands', () => {
  it('keeps to the asked platform and names it in the command', () => {
    const hits = top('recently deleted', ['macos']);
    expect(hits.length).toBeGreaterThan(0);
    for (const h of hits) {
      expect(h.shown.platforms).toEqual(['macos']);
      expect(h.shown.command).toMatch(/ --mac$/);
    }
  });
  it('follows the OS version: iOS 17 and iOS 18 find different Settings paths', () => {
    const at = (v: string) => top('turn on settings facetime', ['ios'], v).map((h) => h.snippet).join('\n');
    expect(at('17')).toContain('Settings > FaceTime');
    expect(at('18')).toContain('Settings > Apps > FaceTime');
    expect(top('turn on', ['ios'], '17')[0]!.shown.command).toMatch(/--ios --os-version 17$/);
  });
  it('input that is not a version is a usage error, as for topic commands; a newer version is answered', () => {
    expect(() => top('photos', ['ios'], '20')).toThrow(/there is no iOS 20/);
    expect(top('recently deleted', ['ios'], '28')[0]!.shown.command).toBe('facetime-help recover --ios --os-version 28');
  });
  it('snippets are one line of at most 121 characters', () => {
    const hits = top('photos', [], undefined);
    expect(hits).toHaveLength(5);
    for (const h of hits) {
      expect(h.snippet).not.toContain('\n');
      expect(h.snippet.length).toBeLessThanOrEqual(121);
    }
  });
});

describe('search command', () => {
  it('prints each hit with where it is, a snippet and its command', async () => {
    const r = await cli(['search', 'recently', 'deleted']);
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const first = r.out.split('\n\n')[0]!.split('\n');
    expect(first[0]).toMatch(/^1\. Get back a deleted FaceTime photo > /);
    expect(first[2]).toMatch(/^ {3}facetime-help recover/);
  });
  it('--json is one document listing results with commands', async () => {
    const r = await cli(['search', '--json', 'smart', 'album']);
    const doc = JSON.parse(r.out);
    expect(doc).toMatchObject({ schemaVersion: 2, kind: 'search', query: 'smart album' });
    expect(doc.results[0]).toMatchObject({ kind: 'section', topic: 'smart-album', command: expect.stringMatching(/^facetime-help smart-album/) });
  });
  it('no match: exit 0, nothing on stdout, a hint on stderr', async () => {
    const r = await cli(['search', 'xylophone']);
    expect(r.code).toBe(0);
    expect(r.out).toBe('');
    expect(r.err).toMatch(/^No matches for 'xylophone'\. .*facetime-help topics/);
  });
  it('no match with --json still prints a document', async () => {
    const r = await cli(['search', 'xylophone', '--json']);
    expect(JSON.parse(r.out).results).toEqual([]);
  });
  it('finds custom topics, and shows them by their own command', async () => {
    const r = await cli(['search', 'help', 'desk', 'extension', '--data', `${FIXTURES}/custom`]);
    expect(r.out.split('\n')[2]).toBe('   facetime-help helpdesk');
  });
  it('never echoes control characters from the query', async () => {
    const r = await cli(['search', '\u001b]0;pwned\u0007xylophone']);
    expect(ESCAPES.test(r.err)).toBe(false);
    expect(r.err).toContain("']0;pwnedxylophone'");
  });
  it('--limit bounds the list; a bad --limit is a usage error', async () => {
    const r = await cli(['search', 'photos', '--limit', '2', '--json']);
    expect(JSON.parse(r.out).results).toHaveLength(2);
    const bad = await cli(['search', 'photos', '--limit', 'lots']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^facetime-help: --limit must be a whole number/);
  });
  it('pretty output on a terminal is coloured and fits the width', async () => {
    const r = await cli(['search', 'recently', 'deleted'], { outTTY: true, columns: 40 });
    expect(r.out).toContain('\u001b[');
    const widest = Math.max(...r.out.replace(/\u001b\[[0-9;]*m/g, '').split('\n').map((l) => l.length));
    expect(widest).toBeLessThanOrEqual(40);
  });
});

describe('what a match shows for the request', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fth-search-'));
  mkdirSync(join(dir, 'topics'));
  writeFileSync(
    join(dir, 'topics', 'zoo.yaml'),
    'id: zoo\ntitle: Zoo\nsummary: S.\nplatforms: [ios, macos]\nsections:\n  - id: animals\n    title: Animals\n    steps:\n      - text: A giraffe on every device.\n      - text: A zebra on the Mac only.\n        platforms: [macos]\n      - text: A quokka on iOS 12 and earlier.\n        platforms: [ios]\n        os: { ios: { max: "12" } }\n',
  );
  const ask = async (...args: string[]) => JSON.parse((await cli(['search', ...args, '--json', '--data', dir])).out).results as { section: string; snippet: string; platforms: string[] }[];
  it('a word only in steps the request does not show finds nothing', async () => {
    expect(await ask('zebra', '--ios')).toEqual([]);
    expect(await ask('zebra', '--mac')).toMatchObject([{ section: 'animals', snippet: 'A zebra on the Mac only.', platforms: ['macos'] }]);
    expect(await ask('quokka', '--ios')).toEqual([]);
    expect(await ask('quokka', '--ios', '--os-version', '12')).toMatchObject([{ snippet: 'A quokka on iOS 12 and earlier.' }]);
  });
  it('the snippet is a line the request shows', async () => {
    expect(await ask('giraffe', 'zebra', '--ios')).toMatchObject([{ snippet: 'A giraffe on every device.', platforms: ['ios'] }]);
    expect(await ask('zebra')).toMatchObject([{ snippet: 'A zebra on the Mac only.', platforms: ['ios', 'macos'] }]);
  });
  it('a version too old for the feature finds how to update once, in its own topic', async () => {
    const results = JSON.parse((await cli(['search', 'update', '--ios', '--os-version', '11', '--json'])).out).results as { topic: string; section: string }[];
    const update = results.filter((r) => r.section === 'update');
    expect(update).toEqual([expect.objectContaining({ topic: 'enable' })]);
  });
});

describe('what a match shows', () => {
  it('quotes a release name with a space in the command to run', () => {
    expect(top('recently deleted', ['macos'], 'big sur')[0]!.shown.command).toBe("facetime-help recover --mac --os-version 'big sur'");
    expect(top('recently deleted', ['macos'], '11.2')[0]!.shown.command).toBe('facetime-help recover --mac --os-version 11.2');
  });
  it('leaves out a checklist step with nothing to say for the device', () => {
    const builtIn = guide.checklists[0]!;
    const macOnly = { id: 'mac-only', title: 'Quit Launchpad widgets', sections: [{ id: 'm', title: 'On a Mac', platforms: ['macos' as const], steps: [{ text: 'Close the widgets.' }] }] };
    const symptoms = builtIn.symptoms.map((s) => (s.id === 'deleted' ? { ...s, steps: [...s.steps, 'mac-only'] } : s));
    const changed = { ...guide, checklists: [{ ...builtIn, steps: [...builtIn.steps, macOnly], symptoms }] };
    const found = (platform: 'ios' | 'macos') => search(changed, { platforms: [platform] }, 'launchpad widgets', 5, indexGuide(changed, FIXED_NAMES)).map((h) => h.doc.id);
    expect(found('macos')).toEqual([expect.stringContaining('mac-only')]);
    expect(found('ios')).toEqual([]);
  });
});

describe('the command a match shows, for several platforms', () => {
  it('names only the platforms the match holds for, of those asked', () => {
    const hits = search(guide, { platforms: ['windows', 'macos'] }, 'smart album', 10, searched());
    const album = hits.find((h) => h.doc.ref.topic === 'smart-album')!;
    expect([album.shown.platforms, album.shown.command]).toEqual([['macos'], 'facetime-help smart-album --mac']);
    for (const hit of hits) {
      expect(hit.shown.platforms.length).toBeGreaterThan(0);
      expect(hit.shown.command.match(/--(mac|windows)\b/g)?.length ?? 0, hit.shown.command).toBe(hit.shown.platforms.length);
    }
  });
});

describe('what search leaves out', () => {
  it('fuzzy matching starts at five letters: a four-letter typo finds nothing', () => {
    expect(top('phto')).toEqual([]);
    expect(top('photso').length).toBeGreaterThan(0);
  });
  it("a symptom is found by its own words, not by its steps' titles", () => {
    const hits = search(guide, { platforms: [] }, 'once', 50, searched());
    expect(hits.map((h) => h.doc.kind)).toContain('checklist-step');
    expect(hits.map((h) => h.doc.kind)).not.toContain('symptom');
  });
  it('a topic that covers none of the platforms asked', () => {
    expect(top('smart album', ['windows'])).toEqual([]);
  });
  it('a symptom whose every step is for another device, and a section with no step for the device', () => {
    const builtIn = guide.checklists[0]!;
    const macOnly = { id: 'mac-only', title: 'Quit the widgets', sections: [{ id: 'm', title: 'On a Mac', platforms: ['macos' as const], steps: [{ text: 'Close the widgets.' }] }] };
    const symptom = { id: 'launchpad', title: 'Launchpad misbehaves', steps: ['mac-only'] };
    const topic = { ...guide.topics[0]!, id: 'dock', title: 'Zorbly tiles', sections: [{ id: 'tiles', title: 'Zorbly tiles', steps: [{ text: 'Drag the tile.', platforms: ['macos' as const] }] }] };
    const changed = { ...guide, topics: [...guide.topics, topic], checklists: [{ ...builtIn, steps: [...builtIn.steps, macOnly], symptoms: [...builtIn.symptoms, symptom] }] };
    const found = (query: string, platform: 'ios' | 'macos') => search(changed, { platforms: [platform] }, query, 5, indexGuide(changed, FIXED_NAMES)).map((h) => h.doc.id);
    expect(found('launchpad misbehaves', 'macos')).toContain('troubleshoot:launchpad');
    expect(found('launchpad misbehaves', 'ios')).toEqual([]);
    const both = search(changed, { platforms: ['ios', 'macos'] }, 'launchpad misbehaves', 5, indexGuide(changed, FIXED_NAMES)).find((h) => h.doc.id === 'troubleshoot:launchpad')!;
    expect([both.shown.platforms, both.shown.command]).toEqual([['macos'], 'facetime-help troubleshoot --symptom launchpad --mac']);
    expect(found('zorbly', 'macos')).toContain('dock/tiles');
    expect(found('zorbly', 'ios')).toEqual([]);
  });
  it('a line of exactly the snippet length is shown whole', () => {
    const line = `${'abcdefghi '.repeat(11)}snippetend`;
    expect(line).toHaveLength(120);
    const topic = { ...guide.topics[0]!, id: 'long', title: 'Long', sections: [{ id: 'l', title: 'Long line', steps: [{ text: line }] }] };
    const changed = { ...guide, topics: [...guide.topics, topic] };
    expect(search(changed, { platforms: [] }, 'snippetend', 5, indexGuide(changed, FIXED_NAMES))[0]!.snippet).toBe(line);
  });
});

describe('stems looked up in a table', () => {
  // a table as the build stores one: each word's stem as the stemmer gives it
  const stems = keyedLines(['recently', 'deleted', 'photos', 'screenshots', 'recovering'].map((w): [string, string] => [w, indexTerm(w)!]));
  it('needs the stemmer only for a query with a word the table lacks, stop words aside', () => {
    expect(unstemmed('Recently DELETED photos', stems)).toBe(false);
    expect(unstemmed('the of and', stems)).toBe(false);
    expect(unstemmed('recently screnshot', stems)).toBe(true);
    expect(unstemmed('recent', stems)).toBe(true);
  });
  it('stems from the table, and says so rather than guess when a word is not there and no stemmer is given', () => {
    expect(['Recently', 'DELETED', 'screenshots'].map(indexTermWith(stems))).toEqual(['recent', 'delet', indexTerm('screenshots')]);
    expect(indexTermWith(stems)('the')).toBeNull();
    expect(() => indexTermWith(stems)('screnshot')).toThrow(/no stem stored for 'screnshot'/);
    expect(indexTermWith(stems, () => 'STEMMED')('screnshot')).toBe('STEMMED');
    expect(indexTermWith(stems, () => 'STEMMED')('recovering')).toBe(indexTerm('recovering'));
  });
});
