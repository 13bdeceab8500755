/**
 * The human-readable text of a label in lines of at most `maxChars` characters (docs/labels.md).
 * A GS1 text `(01) <GTIN> (21) <serial>` breaks before `(21)`, so each element string stays whole
 * on its line; anything longer (a battrace URI) breaks after the last `/` that leaves at least half
 * a line, or else at `maxChars`. Joined without separators, the lines are the text again
 * (less the space before `(21)` where a GS1 text was broken there).
 */
export function labelTextLines(text: string, maxChars: number): string[] {
  if (maxChars < 1) throw new Error(`labelTextLines: maxChars must be at least 1, got ${maxChars}`);
  const chars = [...text];
  if (chars.length <= maxChars) return [text];
  const gs1 = /^(\(01\) [0-9]{14}) (\(21\) .*)$/.exec(text);
  if (gs1) return [...labelTextLines(gs1[1], maxChars), ...labelTextLines(gs1[2], maxChars)];
  const lines: string[] = [];
  let rest = chars;
  while (rest.length > maxChars) {
    const slash = rest.slice(0, maxChars).lastIndexOf('/');
    const cut = slash + 1 >= Math.ceil(maxChars / 2) ? slash + 1 : maxChars;
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  if (rest.length) lines.push(rest.join(''));
  return lines;
}
