/**
 * Our bundles' functions compiled when a bundle loads, not on first call, so that the
 * compile cache Node 22 and later keep holds them.
 *
 * Node's compile cache is made as a bundle is compiled, before it runs: it holds the
 * bundle's top level and whatever V8 compiled with it, and V8 compiles a function only
 * when it is first called, unless the function stands in parentheses (an immediately
 * invoked function's mark). So every run compiled again each function it called: 128
 * of dist/cli.cjs's for the printed checklist as JSON. Here each top-level function
 * declaration becomes a parenthesised function expression, assigned to its name at the
 * start of the bundle; a declaration is hoisted to the start of its scope, so the code
 * means what it meant. The source map is carried over.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import remapping from '@jridgewell/remapping';
import MagicString from 'magic-string';
import ts from 'typescript';

const parse = (code: string): ts.SourceFile => ts.createSourceFile('bundle.cjs', code, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);

/** The top-level function declarations of a parsed script: each one's name, start and end. */
const declarations = (source: ts.SourceFile): { name: string; start: number; end: number }[] =>
  source.statements
    .filter((s): s is ts.FunctionDeclaration & { name: ts.Identifier } => ts.isFunctionDeclaration(s) && s.name !== undefined && s.body !== undefined)
    .map((s) => ({ name: s.name.text, start: s.getStart(source), end: s.end }));

/** The top-level function declarations of a script. */
export const topLevelFunctions = (code: string): { name: string; start: number; end: number }[] => declarations(parse(code));

/**
 * A script with its top-level function declarations made parenthesised expressions,
 * assigned at its start (after its directive prologue), and a map from the new text
 * back to the old.
 */
export function eagerScript(code: string, file: string): { code: string; map: ReturnType<MagicString['generateMap']> } {
  const s = new MagicString(code);
  const source = parse(code);
  // after "use strict" and any other directive, which must stay first
  const prologue = source.statements.find((st) => !(ts.isExpressionStatement(st) && ts.isStringLiteral(st.expression)));
  const at = prologue ? prologue.getStart(source) : code.length;
  for (const { name, start, end } of declarations(source)) {
    s.prependRight(start, `var ${name}=(`);
    s.appendLeft(end, ');');
    s.move(start, end, at);
  }
  return { code: s.toString(), map: s.generateMap({ hires: true, source: file, includeContent: false }) };
}

/** Rewrites a bundle (and its linked source map, composed with the rewrite's) so that its functions compile when it loads. */
export function eagerBundle(file: string): void {
  const code = readFileSync(file, 'utf8');
  const done = eagerScript(code, file);
  const map = remapping([done.map.toString(), readFileSync(`${file}.map`, 'utf8')], () => null);
  writeFileSync(file, done.code);
  writeFileSync(`${file}.map`, map.toString());
}
