import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/**
 * The repository explains itself: no tracked file may send a reader to a path outside it (a team
 * briefing, a style guide, a sibling checkout, a machine's home or work directory), and every
 * relative link in README.md and docs/ must reach a tracked file (and, for a link into a Markdown
 * page, a heading of that page). The conformance kit is found through CONFORMANCE_KIT_DIR, never
 * through a path written here.
 */
const ROOT = execFileSync('git', ['rev-parse', '--show-toplevel'], { cwd: __dirname, encoding: 'utf8' }).trim();
/** This file names the patterns it looks for; it is the one file left out of the scan. */
const SELF = relative(ROOT, __filename).split(sep).join('/');

/** Paths outside the repository, each with why it is refused. */
export const OUTSIDE_PATHS: { pattern: RegExp; what: string }[] = [
  { pattern: /DOMAIN\.md/, what: 'the team briefing (cite docs/… or the public source)' },
  { pattern: /STYLE\.md/, what: 'the team style guide' },
  { pattern: /\.\.\/shared\b/, what: 'a directory beside the checkout' },
  { pattern: /(?:^|[^\w.])\/work\//, what: 'a machine work directory' },
  { pattern: /(?:^|[^\w.])\/(?:home|Users)\/[A-Za-z]/, what: 'a home directory' },
];

export interface Finding {
  file: string;
  line: number;
  text: string;
  what: string;
}

/** Lines of `content` naming a path outside the repository. */
export function outsidePathFindings(file: string, content: string): Finding[] {
  const out: Finding[] = [];
  content.split('\n').forEach((text, i) => {
    for (const p of OUTSIDE_PATHS) if (p.pattern.test(text)) out.push({ file, line: i + 1, text: text.trim().slice(0, 160), what: p.what });
  });
  return out;
}

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to dashes, repeats numbered. */
export function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of stripFences(markdown).split('\n')) {
    const m = /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (!m) continue;
    const base = m[1]
      .replace(/`/g, '')
      .toLowerCase()
      .replace(/[^\p{L}\p{N}\s_-]/gu, '')
      .replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  return anchors;
}

/** Fenced code blocks removed (a `#` there is no heading). */
const stripFences = (markdown: string): string => markdown.replace(/^(```|~~~)[\s\S]*?^\1\s*$/gm, '');

/** Fenced code blocks and inline code removed (their brackets are not links). */
const stripCode = (markdown: string): string => stripFences(markdown).replace(/`[^`\n]*`/g, '');

/** The relative link targets of a Markdown document (inline and reference-style), with their lines. */
export function relativeLinks(markdown: string): { target: string; line: number }[] {
  const out: { target: string; line: number }[] = [];
  stripCode(markdown)
    .split('\n')
    .forEach((text, i) => {
      const targets = [
        ...[...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]),
        ...[...text.matchAll(/^\s*\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)/g)].map((m) => m[1]),
      ];
      for (const target of targets) if (!/^[a-z][a-z0-9+.-]*:/i.test(target)) out.push({ target, line: i + 1 });
    });
  return out;
}

/** Problems with the relative links of `file`, resolved against the tracked files. */
export function brokenLinks(file: string, markdown: string, tracked: ReadonlySet<string>, read: (f: string) => string): Finding[] {
  const out: Finding[] = [];
  for (const { target, line } of relativeLinks(markdown)) {
    const [pathPart, anchor] = target.split('#', 2);
    const resolved = pathPart === '' ? file : posix.normalize(posix.join(posix.dirname(file), decodeURI(pathPart)));
    const isDir = [...tracked].some((t) => t.startsWith(`${resolved.replace(/\/$/, '')}/`));
    if (resolved.startsWith('../') || (!tracked.has(resolved) && !isDir)) {
      out.push({ file, line, text: target, what: 'a link to a file that is not tracked in this repository' });
    } else if (anchor && resolved.endsWith('.md') && !headingAnchors(read(resolved)).has(anchor)) {
      out.push({ file, line, text: target, what: `a link to a heading that ${resolved} does not have` });
    }
  }
  return out;
}

const trackedFiles = (): string[] =>
  execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' })
    .split('\0')
    .filter((f) => f.length > 0 && existsSync(join(ROOT, f)) && statSync(join(ROOT, f)).isFile());

const readText = (f: string): string => readFileSync(join(ROOT, f), 'utf8');
const isBinary = (f: string): boolean => readFileSync(join(ROOT, f)).subarray(0, 8000).includes(0);
const report = (fs: Finding[]): string[] => fs.map((f) => `${f.file}:${f.line}: ${f.what}: ${f.text}`);

describe('the repository is self-contained', () => {
  it('finds the outside paths and broken links it is meant to find', () => {
    expect(
      outsidePathFindings('x.ts', 'ok\n// see DOMAIN.md §3\nconst k = "../shared/schemas";\n/work/main\n/home/dev/x').map((f) => f.line),
    ).toEqual([2, 3, 4, 5]);
    expect(outsidePathFindings('x.ts', 'docs/methods/footprint.md, src/work/x.ts, CONFORMANCE_KIT_DIR')).toEqual([]);
    const tracked = new Set(['docs/a.md', 'docs/b.md', 'src/x.ts']);
    const pages: Record<string, string> = { 'docs/b.md': '# Title\n## The `x` rule (ISO 6346)\n' };
    const links =
      '[a](a.md) [b](b.md#the-x-rule-iso-6346) [c](../src/x.ts) [d](https://example.org) [e](#f)\n[g](c.md) [h](b.md#nope) [i](../../x.md)';
    expect(brokenLinks('docs/a.md', links, tracked, (f) => pages[f] ?? '# F\n').map((f) => f.text)).toEqual([
      'c.md',
      'b.md#nope',
      '../../x.md',
    ]);
  });

  it('no tracked file names a path outside the repository', () => {
    const findings = trackedFiles()
      .filter((f) => f !== SELF && !isBinary(f))
      .flatMap((f) => outsidePathFindings(f, readText(f)));
    expect(report(findings)).toEqual([]);
  });

  it('every relative link in README.md and docs/ reaches a tracked file and heading', () => {
    const files = trackedFiles();
    const tracked = new Set(files);
    const pages = files.filter((f) => f === 'README.md' || (f.startsWith('docs/') && f.endsWith('.md')));
    expect(pages).toContain('docs/README.md');
    expect(report(pages.flatMap((f) => brokenLinks(f, readText(f), tracked, readText)))).toEqual([]);
  });
});
