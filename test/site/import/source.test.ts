import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { checkContent } from '../../../src/lib/check.ts';
import { splitFrontMatter } from '../../../src/lib/content-source.ts';
import { formatProblems } from '../../../src/lib/problems.ts';
import { importMinutes } from '../../../src/lib/import/index.ts';
import { textFromDocx } from '../../../src/lib/import/docx.ts';
import { planWrite, writeFiles } from '../../../src/lib/import/write.ts';
import { contentDirectory, SOURCE_TXT } from '../../support/import.ts';
import { docxFromText } from '../../support/docx.ts';

/**
 * The importer against the source document: its draft of the minutes of 18 November 2025 must hold
 * every fact of the hand-made meeting in content/moeder/2025-11-18 and pass the content check.
 */

const ROOT = process.cwd();
const HAND_MADE = join(ROOT, 'content', 'moeder', '2025-11-18');
const sourceText = readFileSync(SOURCE_TXT, 'utf8');
const imported = importMinutes(sourceText, contentDirectory());

function mdx(text: string): { data: Record<string, any>; body: string } {
  const split = splitFrontMatter(text)!;
  return { data: parseYaml(split.frontMatter), body: split.body };
}

const handMade = mdx(readFileSync(join(HAND_MADE, 'moede.mdx'), 'utf8'));
const meeting = mdx(imported.files[0].text as string);

/**
 * The text lines of an MDX body (paragraphs, list items with their marker, sub-headings with
 * their "####"), spaces normalised; tags and the editors' <Note>s left out. `bare` drops the markers.
 */
function textLines(body: string, bare = false): string[] {
  return body.replace(/<Note>[\s\S]*?<\/Note>/g, '').split('\n')
    .map((l) => l.trim().replace(/\s+/g, ' '))
    .filter((l) => l && !/^<\/?(Punkt|Afsnit|Bilag)\b/.test(l))
    .map((l) => (bare ? l.replace(/^(?:[-*] |\d+\. |#{1,6} )/, '') : l));
}

/** The structure of an MDX body: every <Punkt>, <Afsnit> and <Bilag> tag in order. */
const tags = (body: string) => [...body.matchAll(/<(Punkt|Afsnit|Bilag)\b[^>]*>/g)].map((m) => m[0].replace(/\s*\/?>$/, ''));

const temps: string[] = [];
afterAll(() => temps.forEach((t) => rmSync(t, { recursive: true, force: true })));

/** A copy of content/ without the hand-made meeting, with the import written in its place. */
function contentWithImport(files = imported.files) {
  const root = mkdtempSync(join(tmpdir(), 'import-'));
  temps.push(root);
  const contentDir = join(root, 'content');
  cpSync(join(ROOT, 'content'), contentDir, { recursive: true });
  rmSync(join(contentDir, 'moeder', '2025-11-18'), { recursive: true });
  writeFiles(contentDir, files, planWrite(contentDir, files, 'fagligt-raad'));
  return { root, contentDir };
}

describe('importing the source document (referat-2025-11-18.txt)', () => {
  it('writes a draft meeting and draft decisions for 2025-11-18', () => {
    expect(imported.draft.meetingId).toBe('2025-11-18');
    expect(imported.files[0].path).toBe('moeder/2025-11-18/moede.mdx');
    expect(meeting.data.draft).toBe(true);
    for (const f of imported.files.slice(1)) {
      const d = mdx(f.text as string).data;
      expect(d.draft, f.path).toBe(true);
      expect(d.notes.join(' '), f.path).toMatch(/FORSLAG FRA IMPORT – skal gennemgås/);
    }
  });

  it('passes the content check in place of the hand-made meeting: as a draft, and once published', () => {
    // As a draft, the imported files themselves are clean; published content that refers to the
    // meeting (the programme, the matters) is rightly told that it refers to a draft.
    const draft = contentWithImport();
    const { archive, problems } = checkContent(draft.root, draft.contentDir, join(ROOT, 'public'));
    const inImport = problems.filter((p) => p.file.includes('moeder/2025-11-18/'));
    expect(inImport, formatProblems(inImport)).toEqual([]);
    expect(problems.every((p) => p.message.includes('udkast')), formatProblems(problems)).toBe(true);
    expect(archive.meetings.find((m) => m.id === '2025-11-18')?.data.draft).toBe(true);
    // Published (the secretariat deletes "draft: true"), the whole archive passes.
    const published = imported.files.map((f) => ({ ...f, text: (f.text as string).replace(/^draft: true\n/m, '') }));
    const pub = contentWithImport(published);
    const after = checkContent(pub.root, pub.contentDir, join(ROOT, 'public')).problems;
    expect(after, formatProblems(after)).toEqual([]);
  });

  it('has the hand-made meeting\'s facts in its front matter', () => {
    const pick = (d: Record<string, any>) => ({
      body: d.body, title: d.title, statusHistory: d.statusHistory, date: d.date, start: d.start, end: d.end, form: d.form,
      publication: d.publication, attendance: d.attendance,
      agenda: d.agenda.map((a: any) => ({ number: a.number, title: a.title, start: a.start, end: a.end, presenters: a.presenters ?? [], matters: a.matters ?? [], attachments: a.attachments ?? [] })),
    });
    expect(pick(meeting.data)).toEqual(pick(handMade.data));
  });

  it('links agenda items to the work-programme areas the minutes name (a subset of the hand-made links)', () => {
    for (const a of meeting.data.agenda) {
      const hand = handMade.data.agenda.find((h: any) => h.number === a.number);
      for (const area of a.areas ?? []) expect(hand.areas, `pkt. ${a.number}`).toContain(area);
    }
    expect(meeting.data.agenda[1].areas).toEqual(handMade.data.agenda[1].areas);
  });

  it('has the same items and sections in the same order', () => {
    expect(tags(meeting.body)).toEqual(tags(handMade.body));
  });

  it('holds every paragraph and list item of the hand-made body, word for word', () => {
    const ours = new Set(textLines(meeting.body));
    const missing = textLines(handMade.body).filter((l) => !ours.has(l));
    expect(missing).toEqual([]);
    // …and adds nothing but what the source says (no unplaced text for this document).
    expect(meeting.body).not.toContain('Tekst som importen ikke kunne placere');
    expect(textLines(meeting.body).filter((l) => !textLines(handMade.body).includes(l))).toEqual([]);
  });

  it('keeps the ordered ranking list and bold text as Markdown', () => {
    expect(meeting.body).toContain('1. D - Jura\n2. B - Værdi for patienter – kvalitetssikring og lighed\n');
    expect(meeting.body).toContain('**senest mandag den 17. november kl. 10**');
    expect(meeting.body).not.toContain('](#)');
  });

  it('proposes the decisions the hand-made minutes record, with the same ids, kinds, outcomes and ranking', () => {
    const dir = join(HAND_MADE, 'beslutninger');
    const hand = readdirSync(dir).sort().map((n) => ({ id: n.replace(/\.mdx$/, ''), ...mdx(readFileSync(join(dir, n), 'utf8')) }));
    const ours = imported.files.slice(1).map((f) => ({ id: f.path.split('/').pop()!.replace(/\.mdx$/, ''), ...mdx(f.text as string) }));
    const facts = (list: typeof hand) => list.map((d) => ({ id: d.id, item: d.data.item, kind: d.data.kind, outcome: d.data.outcome, areas: d.data.areas ?? [], priorities: d.data.priorities }));
    expect(facts(ours)).toEqual(facts(hand));
    // Every sentence of a hand-made decision stands in the proposed decisions of the same item.
    for (const h of hand) {
      const text = ours.filter((o) => o.data.item === h.data.item).map((o) => o.body).join(' ').replace(/\s+/g, ' ');
      for (const line of textLines(h.body, true)) expect(text, h.id).toContain(line);
    }
  });

  it('reports what needs review: the differing titles and the dead link', () => {
    const messages = imported.draft.review.map((r) => `${r.where}: ${r.message}`);
    expect(messages.filter((m) => m.includes('Dagsordenens titel og punktets overskrift er forskellige'))).toHaveLength(6);
    expect(messages.some((m) => m.startsWith('Pkt. 2, sagsfremstilling: Linket "Link til Forms'))).toBe(true);
  });
});

describe('importing the source document as Word (.docx)', () => {
  it('gives the same draft as the text', async () => {
    const { text, messages } = await textFromDocx(await docxFromText(sourceText));
    expect(messages).toEqual([]);
    const fromWord = importMinutes(text, contentDirectory());
    expect(fromWord.files.map((f) => f.path)).toEqual(imported.files.map((f) => f.path));
    for (const [i, f] of fromWord.files.entries()) expect(f.text, f.path).toBe(imported.files[i].text);
  });
});
