/**
 * Word-wraps plain text (no escape sequences) to a width. Lines break only at spaces,
 * and spacing elsewhere is kept (so columns stay aligned); a continuation starts at
 * `indent` columns. A word longer than the width stays whole on its own line.
 */
export function wrapPlain(text: string, width: number, indent = 0): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= width) return line;
      const out: string[] = [];
      let current = '';
      // words with the spaces before them: ["  where", "  Where", " FaceTime", ...]
      for (const [piece, spaces, word] of line.matchAll(/( *)([^ ]+)/g)) {
        if (current !== '' && current.length + piece.length > width) {
          out.push(current);
          current = ' '.repeat(indent) + word!;
        } else current += spaces! + word!;
      }
      return [...out, current].join('\n');
    })
    .join('\n');
}
