import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkContent } from '../../src/lib/check.ts';
import { describeSource } from '../../src/lib/provenance.ts';
import type { ArchiveData } from '../../src/lib/archive-types.ts';
import { BASE_PATH } from '../../src/site.config.ts';
import { readPage, requireDist, builtPages } from '../support/site.ts';
import { hrefsIn, idsIn, mainOf, elementById, sitePath } from '../support/html.ts';

/**
 * Walks the built site (dist/) to prove the promise: every decision and follow-up in the
 * content is reachable from its meeting, the register, each of its areas and its matters, and
 * links back. Expectations come from the content files (read as the check command reads them),
 * not from the index the pages were built with, so a mistake in the index shows here.
 */

let content: ArchiveData;
const pages = new Map<string, string>();
const page = (path: string) => {
  if (!pages.has(path)) pages.set(path, readPage(path));
  return pages.get(path)!;
};
/** Site-relative link targets in a piece of HTML. */
const links = (html: string) => new Set(hrefsIn(html).map((h) => sitePath(h, BASE_PATH)).filter((p): p is string => p !== undefined));
const areaPage = (areaId: string) => { const [p, letter] = areaId.split('/'); return `/arbejdsprogram/${p}/${letter.toLowerCase()}/`; };
const areaFilter = (areaId: string) => `/beslutninger/omraade/${areaId.replace('/', '-').toLowerCase()}/`;
const kindSlug = (kind: string) => kind.replace(/æ/g, 'ae').replace(/ /g, '-');

beforeAll(() => {
  requireDist();
  const { archive, problems } = checkContent(process.cwd());
  expect(problems).toEqual([]);
  // What a public build shows: no drafts, and nothing of a draft meeting.
  const meetings = archive.meetings.filter((m) => !m.data.draft);
  const held = new Set(meetings.map((m) => m.id));
  content = {
    ...archive,
    meetings,
    decisions: archive.decisions.filter((d) => !d.data.draft && held.has(d.data.meeting)),
    followUps: archive.followUps.filter((f) => held.has(f.data.meeting)),
  };
});

describe('every decision', () => {
  it('exists in the content (the test would prove nothing otherwise)', () => {
    expect(content.decisions.length).toBeGreaterThan(0);
  });

  it('is reachable from its meeting page, the register, every filter it falls under, its areas and its matters', () => {
    for (const d of content.decisions) {
      const target = `/beslutninger/${d.id}/`;
      const meeting = content.meetings.find((m) => m.id === d.data.meeting)!;
      const from = [
        `/moeder/${d.data.meeting}/`,
        '/beslutninger/',
        `/beslutninger/aar/${(meeting.data.date ?? String(meeting.data.approximately!.year)).slice(0, 4)}/`,
        `/beslutninger/type/${kindSlug(d.data.kind)}/`,
        `/beslutninger/organ/${meeting.data.body}/`,
        ...d.data.areas.flatMap((a) => [areaPage(a), areaFilter(a)]),
        ...d.data.matters.map((m) => `/sager/${m}/`),
      ];
      for (const source of from) expect(links(mainOf(page(source))), `${source} → ${target}`).toContain(target);
      expect(idsIn(page(`/moeder/${d.data.meeting}/`)), `anchor of ${d.id} on its meeting page`).toContain(`beslutning-${d.id}`);
    }
  });

  it('links back from its own page to its meeting, agenda item, areas and matters', () => {
    for (const d of content.decisions) {
      const out = links(mainOf(page(`/beslutninger/${d.id}/`)));
      const back = [
        `/moeder/${d.data.meeting}/#beslutning-${d.id}`,
        `/moeder/${d.data.meeting}/#punkt-${d.data.item}`,
        ...d.data.areas.map(areaPage),
        ...d.data.matters.map((m) => `/sager/${m}/`),
      ];
      for (const target of back) expect(out, `/beslutninger/${d.id}/ → ${target}`).toContain(target);
    }
  });
});

describe('every follow-up', () => {
  const anchor = (id: string) => `/opfoelgning/#opfoelgning-${id}`;
  /** Areas of a follow-up: its agenda item's and its decision's (as the follow-up list documents). */
  const areasOf = (f: ArchiveData['followUps'][number]) => {
    const item = content.meetings.find((m) => m.id === f.data.meeting)!.data.agenda.find((a) => a.number === f.data.item)!;
    const decision = content.decisions.find((d) => d.id === f.data.decision);
    return [...new Set([...item.areas, ...(decision?.data.areas ?? [])])];
  };

  it('exists in the content', () => {
    expect(content.followUps.length).toBeGreaterThan(0);
  });

  it('has its anchor on the follow-up list and is reachable from its meeting, decision, areas and matters', () => {
    const list = page('/opfoelgning/');
    for (const f of content.followUps) {
      expect(idsIn(list), `#opfoelgning-${f.id} on /opfoelgning/`).toContain(`opfoelgning-${f.id}`);
      const from = [
        `/moeder/${f.data.meeting}/`,
        ...(f.data.decision ? [`/beslutninger/${f.data.decision}/`] : []),
        ...areasOf(f).map(areaPage),
        ...f.data.matters.map((m) => `/sager/${m}/`),
      ];
      for (const source of from) expect(links(mainOf(page(source))), `${source} → ${anchor(f.id)}`).toContain(anchor(f.id));
    }
  });

  it('links back from its entry on the follow-up list to its meeting item, decision, areas and matters', () => {
    const list = page('/opfoelgning/');
    for (const f of content.followUps) {
      const entry = elementById(list, `opfoelgning-${f.id}`)!;
      const out = links(entry);
      const back = [
        `/moeder/${f.data.meeting}/#punkt-${f.data.item}`,
        ...(f.data.decision ? [`/beslutninger/${f.data.decision}/`] : []),
        ...areasOf(f).map(areaPage),
        ...f.data.matters.map((m) => `/sager/${m}/`),
        // Each status's source: the section of the minutes that says it.
        ...f.data.statusHistory.flatMap((h) => (h.source.meeting ? [describeSource(h.source, (id) => content.meetings.find((m) => m.id === id)?.data.date).path!] : [])),
      ];
      for (const target of back) expect(out, `#opfoelgning-${f.id} → ${target}`).toContain(target);
    }
  });
});

describe('links on the new pages', () => {
  const sections = ['/beslutninger/', '/arbejdsprogram/', '/sager/', '/opfoelgning/', '/kalender/', '/personer/', '/organisationer/', '/organer/'];

  it('lead to built pages and to anchors that exist there', () => {
    const dist = requireDist();
    const checked = builtPages().filter((p) => sections.some((s) => p.startsWith(s)));
    expect(checked.length).toBeGreaterThan(40);
    const broken: string[] = [];
    for (const source of checked) {
      for (const target of links(mainOf(page(source)))) {
        const [path, hash] = target.split('#');
        const file = path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        if (!existsSync(file)) broken.push(`${source} → ${target} (no page)`);
        else if (hash && path.endsWith('/') && !idsIn(page(path)).has(decodeURIComponent(hash))) broken.push(`${source} → ${target} (no anchor)`);
      }
    }
    expect(broken).toEqual([]);
  });
});
