import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { createHash } from 'node:crypto';
import { generateArchive } from '../../../scripts/bench/generate-archive.ts';
import { checkContent } from '../../../src/lib/check.ts';
import { formatProblems } from '../../../src/lib/problems.ts';

/** The benchmark's synthetic archive: valid content, deterministic, shaped like real minutes. */
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

function generate(meetings: number, seed?: number) {
  const root = mkdtempSync(join(tmpdir(), 'raadsarkiv-bench-gen-'));
  dirs.push(root);
  const archive = generateArchive({ meetings, seed, projectRoot: process.cwd(), contentDir: join(root, 'content') });
  return { root, archive };
}

function digest(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else hash.update(relative(dir, abs)).update(readFileSync(abs));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('the synthetic archive', () => {
  const { root, archive } = generate(40);

  it('passes the content check (schemas and integrity rules)', () => {
    const { archive: checked, problems } = checkContent(root, join(root, 'content'), join(root, 'public'));
    expect(problems, formatProblems(problems)).toEqual([]);
    expect(checked.meetings).toHaveLength(40);
    expect(checked.decisions.length).toBe(archive.counts.decisions);
    expect(checked.followUps.length).toBe(archive.counts.followUps);
    expect(checked.programmes.length).toBe(archive.counts.programmes);
  });

  it('has several bodies over twenty years, about seven items and 15 KB of minutes per meeting', () => {
    const { archive: data } = checkContent(root, join(root, 'content'), join(root, 'public'));
    const bodies = new Set(data.meetings.map((m) => m.data.body));
    expect(bodies.size).toBeGreaterThanOrEqual(7);
    const years = data.meetings.map((m) => Number(m.data.date!.slice(0, 4)));
    expect(Math.min(...years)).toBe(2006);
    expect(Math.max(...years)).toBe(2025);
    const items = archive.counts.agendaItems / archive.counts.meetings;
    expect(items).toBeGreaterThan(6);
    expect(items).toBeLessThan(8);
    const textKb = archive.meetingTextBytes / archive.counts.meetings / 1000;
    expect(textKb).toBeGreaterThan(12);
    expect(textKb).toBeLessThan(18);
    for (const m of data.meetings) {
      expect(m.body).toMatch(/<Punkt nr=\{1\} titel="/);
      expect(m.data.attendance!.present.length).toBeGreaterThan(0);
    }
    expect(data.meetings.some((m) => /<Afsnit pkt=\{\d+\} type="indstilling">/.test(m.body!) && /<Bilag pkt=\{\d+\} \/>/.test(m.body!) && /<Note>/.test(m.body!))).toBe(true);
    // Cross-references in every direction the archive knows.
    expect(data.followUps.some((f) => f.data.decision && f.data.dueMeeting && f.data.status === 'udført')).toBe(true);
    expect(data.matters.some((m) => m.data.events.some((e) => e.meeting && e.item))).toBe(true);
    expect(data.programmes.some((p) => p.data.ranking && p.data.amendments.length > 0)).toBe(true);
    expect(data.decisions.some((d) => d.data.areas.length > 0 && d.data.matters.length > 0)).toBe(true);
  });

  it('contains the words the benchmark searches for', () => {
    const text = archive.meetingIds.map((id) => readFileSync(join(root, 'content/moeder', id, 'moede.mdx'), 'utf8')).join('\n');
    for (const word of archive.searchWords) {
      expect(text).toContain(word);
      const meetings = archive.meetingIds.filter((id) => readFileSync(join(root, 'content/moeder', id, 'moede.mdx'), 'utf8').includes(word)).length;
      expect(archive.searchWordMeetings[word]).toBe(meetings);
    }
  });

  it('is the same for the same seed and differs for another', () => {
    const again = generate(40);
    expect(digest(join(again.root, 'content'))).toBe(digest(join(root, 'content')));
    const other = generate(40, 7);
    expect(digest(join(other.root, 'content'))).not.toBe(digest(join(root, 'content')));
  });
});
