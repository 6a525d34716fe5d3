import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { parse } from 'yaml';
import { generateArchive } from '../../../scripts/bench/generate-archive.ts';
import { createFullProject, fullBuildCommand } from '../../../scripts/bench/projects.ts';
import { launchBrowser } from '../../support/browser.ts';
import { serveStatic, type StaticSite } from '../../support/static-server.ts';
import { paths } from '../../../src/lib/urls.ts';
import { openSearch, shownResults } from './helpers.ts';

/**
 * Relevance on the benchmark's synthetic archive (scripts/bench/generate-archive.ts, 40
 * meetings), built as the full site: ten queries a member would type (a decision's title, with
 * and without the decision filter; a person's name; an amount; a word in another inflection than
 * the minutes use) each find the page they are about among the first five results shown (the
 * search page shows five first). The
 * queries are chosen from the generated files, so another seed or generator keeps the test honest.
 */
const MEETINGS = 40;
let root: string;
let site: StaticSite;
let browser: Browser;
let page: Page;
let content: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'raadsarkiv-relevans-'));
  const project = createFullProject(process.cwd(), join(root, 'site'));
  content = project.contentDir;
  generateArchive({ meetings: MEETINGS, projectRoot: process.cwd(), contentDir: content });
  const built = spawnSync('sh', ['-c', fullBuildCommand(project.dir)], {
    cwd: project.dir,
    encoding: 'utf8',
    env: { ...process.env, PATH: `${join(project.dir, 'node_modules', '.bin')}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1', BASE_PATH: '/' },
  });
  if (built.status !== 0) throw new Error(`the synthetic site did not build:\n${built.stdout}\n${built.stderr}`);
  site = await serveStatic(join(project.dir, 'dist'));
  browser = await launchBrowser();
  page = await browser.newPage();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await site?.close();
  rmSync(root, { recursive: true, force: true });
});

const meetingIds = () => readdirSync(join(content, 'moeder')).sort();
const minutes = (id: string) => readFileSync(join(content, 'moeder', id, 'moede.mdx'), 'utf8');
/** The minutes' text below the front matter. */
const minutesText = (id: string) => minutes(id).split(/^---$/m).slice(2).join('---');

interface DecisionFile { id: string; meeting: string; title: string }
function decisions(): DecisionFile[] {
  return meetingIds().flatMap((meeting) => {
    const dir = join(content, 'moeder', meeting, 'beslutninger');
    let files: string[] = [];
    try { files = readdirSync(dir); } catch { return []; }
    return files.filter((f) => f.endsWith('.mdx')).map((f) => {
      const front = parse(readFileSync(join(dir, f), 'utf8').split(/^---$/m)[1]) as { title: string };
      return { id: f.replace(/\.mdx$/, ''), meeting, title: front.title };
    });
  });
}

/** Titles that no other decision shares a word of five letters or more with, from spread-out meetings. */
function distinctTitles(n: number): DecisionFile[] {
  const all = decisions();
  const words = (t: string) => t.toLowerCase().split(/\s+/).filter((w) => w.length >= 5);
  const seen = new Map<string, number>();
  for (const d of all) for (const w of new Set(words(d.title))) seen.set(w, (seen.get(w) ?? 0) + 1);
  const chosen = all.filter((d) => words(d.title).some((w) => seen.get(w) === 1));
  return Array.from({ length: n }, (_, i) => chosen[Math.floor((i * chosen.length) / n)]);
}

/** Words of the minutes (lower case) with the meetings whose text has them. */
function wordsInMinutes(pattern: RegExp): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const id of meetingIds()) {
    for (const match of minutesText(id).matchAll(pattern)) {
      const word = match[0].toLowerCase();
      found.set(word, (found.get(word) ?? new Set()).add(id));
    }
  }
  return found;
}

/** Something that occurs in the minutes of exactly one meeting. */
function inOneMeeting(pattern: RegExp, skip = 0): { text: string; meeting: string } {
  const once = [...wordsInMinutes(pattern)].filter(([, ids]) => ids.size === 1).sort(([a], [b]) => a.localeCompare(b));
  const [text, ids] = once[Math.min(skip, once.length - 1)];
  return { text, meeting: [...ids][0] };
}

async function topFive(term: string, params: Record<string, string> = {}): Promise<string[]> {
  await openSearch(page, site, term, params);
  return (await shownResults(page)).slice(0, 5).map((r) => r.href);
}

describe('ten member queries on the synthetic archive', () => {
  it('a decision\'s title, searched among decisions, finds the decision (four titles)', async () => {
    for (const d of distinctTitles(4)) {
      expect(await topFive(d.title, { type: 'beslutning' }), d.title).toContain(paths.decision(d.id));
    }
  });

  // The members' main use: a search without a type lists the decision page itself.
  it('a decision\'s title, searched in everything, finds the decision (two titles)', async () => {
    for (const d of distinctTitles(6).slice(4)) {
      expect(await topFive(d.title), d.title).toContain(paths.decision(d.id));
    }
  });

  it('a person\'s full name finds the person\'s page', async () => {
    const people = readdirSync(join(content, 'personer')).filter((f) => f.endsWith('.yaml')).sort();
    const file = people[Math.floor(people.length / 3)];
    const person = parse(readFileSync(join(content, 'personer', file), 'utf8')) as { name: string };
    expect(await topFive(person.name), person.name).toContain(paths.person(file.replace(/\.yaml$/, '')));
  });

  it('an amount ("36,1 mio. kr.") finds the minutes that record it', async () => {
    const amount = inOneMeeting(/\b[1-9]\d,\d mio\. kr\./g);
    expect(await topFive(amount.text), amount.text).toContain(paths.meeting(amount.meeting));
  });

  it('a word in another inflection than the minutes use finds them ("…databasen" searched as "…database")', async () => {
    for (const [skip, ending, searched] of [[0, 'databasen', 'database'], [0, 'planen', 'plan']] as const) {
      const word = inOneMeeting(new RegExp(`\\b\\p{L}{6,}${ending}\\b`, 'gu'), skip);
      const query = word.text.slice(0, -ending.length) + searched;
      expect(await topFive(query), `${query} (${word.text})`).toContain(paths.meeting(word.meeting));
    }
  });
});
