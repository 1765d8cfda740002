/**
 * Markdown output goes into tickets and wikis: custom data holding HTML, images, links
 * that are not https, reference links or anything that starts a block must come out as
 * text. Checked by turning the CLI's --markdown output into HTML with marked (GFM, as
 * wikis do, bare web addresses made links included) and reading what tags that HTML holds.
 */
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { FIXTURES, spawnCli } from '../../helpers.js';

const HOSTILE = `${FIXTURES}/hostile-markdown`;
/** The tags our own markdown makes: headings, paragraphs, lists, emphasis, code, quotes (notices), line breaks and https links. */
const ALLOWED = new Set(['h1', 'h2', 'h3', 'h4', 'p', 'ol', 'ul', 'li', 'strong', 'em', 'code', 'blockquote', 'br', 'a']);

function html(args: string[]): string {
  const r = spawnCli([...args, '--data', HOSTILE, '--markdown']);
  expect(r.status, r.stderr).toBe(0);
  return marked.parse(r.stdout, { gfm: true, async: false });
}

const tags = (page: string): string[] => [...page.matchAll(/<\/?([a-z][a-z0-9]*)\b/gi)].map((m) => m[1]!.toLowerCase());

describe('hostile custom data in --markdown output', () => {
  it.each([[['show', 'markup']], [['show', 'markup', '--mac', '--os-version', '13']], [['search', 'script', 'javascript', 'tracker']], [['topics']]])('%j holds no live HTML, image or unsafe link', (args) => {
    const page = html(args);
    expect(page.length).toBeGreaterThan(50);
    expect(tags(page).filter((t) => !ALLOWED.has(t))).toEqual([]);
    // links the data wrote are kept for https only; a wiki may still link a bare web address (GFM does)
    for (const [, href] of page.matchAll(/<a [^>]*href="([^"]*)"/g)) expect(href).toMatch(/^https?:\/\//);
    expect(page).not.toMatch(/<[^>]*\son\w+=/i);
  });
  it('the text of it all still shows, as text', () => {
    const page = html(['show', 'markup']);
    for (const text of ['&lt;script&gt;alert(1)&lt;/script&gt;', '&lt;img src=x onerror=alert(1)&gt;', '![pixel](', '[js](javascript:alert(1))', '[ref]: ', '```', 'four spaces of code', '&lt;b&gt;']) {
      expect(page).toContain(text);
    }
  });
  it('steps stay in their list: nothing the data writes opens a code block, a table or a new list', () => {
    const page = html(['show', 'markup', '--ios']);
    expect(page).not.toMatch(/<pre|<table|<hr/);
    // one list of four steps for each section, no more
    expect(page.match(/<ol>/g)).toHaveLength(2);
    expect(page.match(/<li>/g)!.length).toBe(4 + 4 + 4);
  });
  it('an https link and autolink in the data stay links', () => {
    const page = html(['show', 'markup', '--ios']);
    expect(page).toContain('<a href="https://fine.example">fine</a>');
    expect(page).toContain('<a href="https://fine.example/path">https://fine.example/path</a>');
  });
});
