import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * The code's layering, kept by test (docs/code-map.md): facts are computed once, in the index
 * (src/lib/archive-index.ts) and the model modules it uses; pages and components are layout; every
 * Danish word for an enum value comes from src/lib/vocabulary.ts; every URL and anchor from
 * src/lib/urls.ts. Each rule names the files that break it.
 */
const root = process.cwd();

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const abs = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(abs);
    return /\.(astro|ts)$/.test(e.name) ? [abs] : [];
  });
}

const rel = (file: string) => relative(root, file).split('\\').join('/');
const layout = [...sourceFiles(join(root, 'src/pages')), ...sourceFiles(join(root, 'src/components')), ...sourceFiles(join(root, 'src/layouts'))];
const allSource = sourceFiles(join(root, 'src'));

/** Files among `files` whose text matches `pattern`, with the first matching line. */
function offenders(files: string[], pattern: RegExp): string[] {
  return files.flatMap((f) => {
    const lines = readFileSync(f, 'utf8').split('\n');
    const at = lines.findIndex((l) => pattern.test(l));
    return at < 0 ? [] : [`${rel(f)}:${at + 1}: ${lines[at].trim()}`];
  });
}

describe('pages and components are layout', () => {
  it('never read the raw entry lists (index.data) or the collections: the index holds every relation', () => {
    expect(offenders(layout, /\bindex\.data\b|\bix\.data\b|astro:content|\bgetCollection\b|\bgetEntry\b/)).toEqual([]);
  });

  it('never print a stored value capitalised by hand: the vocabulary has the word', () => {
    expect(offenders(layout, /\.charAt\(0\)\.toUpperCase\(\)/)).toEqual([]);
  });

  it('define no tables of Danish labels of their own', () => {
    expect(offenders(layout, /^const \w*(Label|Text|Title)s? = \{/)).toEqual([]);
  });
});

describe('one home for each rule', () => {
  it('links with an anchor are built by src/lib/urls.ts, not by gluing "#" onto a path', () => {
    const glued = /\+ ?'#' ?\+|'#' \+|\+ '#'|`#\$\{|\$\{[^}]+\}#\$\{/;
    const files = allSource.filter((f) => !rel(f).startsWith('src/lib/import/') && rel(f) !== 'src/lib/urls.ts');
    // itemKey's "2025-11-18#2" is a map key, not a link.
    expect(offenders(files, glued).filter((l) => !l.includes('export const itemKey'))).toEqual([]);
  });

  it('there is one absoluteUrl, in src/lib/urls.ts', () => {
    expect(offenders(allSource, /function absoluteUrl\b|const absoluteUrl\b/).map((l) => l.split(':')[0])).toEqual(['src/lib/urls.ts']);
  });

  it('helpers are defined once: slugify, push', () => {
    expect(offenders(allSource, /function slugify\b|const slugify\b/).map((l) => l.split(':')[0])).toEqual(['src/lib/id-names.ts']);
    expect(offenders(allSource, /function push\b|const push\b/).map((l) => l.split(':')[0])).toEqual(['src/lib/multimap.ts']);
  });

  it('the meeting facts (has minutes, year, sort order) and the membership dates have one definition each', () => {
    const defined = (name: string) => offenders(allSource, new RegExp(`(function|const) ${name}\\b`)).map((l) => l.split(':')[0]);
    expect(defined('hasMinutes')).toEqual(['src/lib/meetings.ts']);
    expect(defined('meetingYear')).toEqual(['src/lib/meetings.ts']);
    expect(defined('meetingSortKey')).toEqual(['src/lib/meetings.ts']);
    expect(defined('membershipCovers')).toEqual(['src/lib/people.ts']);
    // A meeting's year from its date is worked out nowhere else.
    expect(offenders(allSource.filter((f) => rel(f) !== 'src/lib/meetings.ts'), /date\.slice\(0, 4\)\)? : [^;]*approximately/)).toEqual([]);
  });

  it('a status reaches a page only with its date and source: statusLabel is read by src/lib/status.ts alone', () => {
    const files = allSource.filter((f) => !['src/lib/status.ts', 'src/lib/vocabulary.ts'].includes(rel(f)));
    expect(offenders(files, /\bstatusLabel\b/)).toEqual([]);
  });

  it('drafts are told apart in src/lib/drafts.ts only', () => {
    const files = allSource.filter((f) => !['src/lib/drafts.ts', 'src/lib/integrity.ts'].includes(rel(f)));
    // Reading an entry's own draft flag to show the draft banner is fine; deciding what else is a draft is not.
    expect(offenders(files, /draftMeetings = new Set|\.filter\(\(\w+\) => !?\(?\w+\.data( as [^)]+\))?\.draft\b/)).toEqual([]);
  });
});
