// Build-time stand-in for cli-highlight inside marked-terminal: guide text has no code
// blocks, and the real module loads all of highlight.js at start-up.
export function highlight(code: string): string {
  return code;
}
