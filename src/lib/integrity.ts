import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArchiveData, Entry } from './archive-types.ts';
import { collectionDefs, collectionNames } from './collections.ts';
import { fieldName, suggest, type Problem } from './problems.ts';
import type { Meeting, Membership, SourceRef, DatedStatus } from '../schemas/index.ts';
import { originalPath } from './original.ts';
import { itemSections, plainMarkdownProblem } from './sections.ts';
import { componentElements, type ComponentElement } from './mdx-allow-list.ts';
import { meetingComponents } from './mdx-components.ts';
import { attachmentProblems } from './attachments.ts';
import { draftMeetingIds, isDraftEntry } from './drafts.ts';
import { membershipCovers } from './people.ts';
import { itemKey } from './archive-index.ts';
import { hasMinutes } from './meetings.ts';

/**
 * The integrity rules: everything zod cannot see because it spans files. Astro 7 only logs a
 * dangling reference(), so the archive checks every reference itself and stops the build.
 * Each rule returns problems that name the file, the field, the bad value and the valid choices.
 */

export interface IntegrityOptions {
  /** Folder that published attachment files are relative to (the site's public/). */
  publicDir: string;
  /** Folder that file names in problems are relative to; the parent of publicDir when absent. */
  root?: string;
  /**
   * Ids of entries whose files exist but could not be read or failed their schema. Their own
   * problems are reported already; references to them are not reported again as unknown, so one
   * typo in a meeting does not bury the message under every reference to that meeting.
   */
  broken?: Partial<Record<keyof ArchiveData, Set<string>>>;
  /** The components of each meeting's body by file, as the check parsed them (undefined: not parseable); parsed here when absent. */
  elements?: ReadonlyMap<string, ComponentElement[] | undefined>;
}

type Path = Array<string | number>;

/** Ids of every focus area: "2026-2028/D". */
export function areaIds(archive: ArchiveData): Set<string> {
  return new Set(archive.programmes.flatMap((p) => p.data.areas.map((a) => `${p.id}/${a.letter}`)));
}

/** The `<Punkt nr={2}>` items of a meeting, as the MDX parser reads them, with their lines in the file. */
export function punktSections(entry: { file: string; body?: string; bodyStartLine?: number }, elements?: ComponentElement[]): Array<{ nr: number; line: number }> {
  return (elements ?? componentElements(entry, meetingComponents) ?? [])
    .flatMap((el) => (el.name === 'Punkt' && typeof el.attrs.nr === 'number' ? [{ nr: el.attrs.nr, line: el.line }] : []));
}

export function checkIntegrity(archive: ArchiveData, options: IntegrityOptions): Problem[] {
  const problems: Problem[] = [];
  const ids = {
    organisation: new Set(archive.organisations.map((e) => e.id)),
    body: new Set(archive.bodies.map((e) => e.id)),
    person: new Set(archive.people.map((e) => e.id)),
    meeting: new Set(archive.meetings.map((e) => e.id)),
    decision: new Set(archive.decisions.map((e) => e.id)),
    matter: new Set(archive.matters.map((e) => e.id)),
    area: areaIds(archive),
  };
  const labels: Record<keyof typeof ids, string> = {
    organisation: 'organisation', body: 'organ', person: 'person', meeting: 'møde', decision: 'beslutning', matter: 'sag', area: 'indsatsområde',
  };
  // Danish "ingen"/"intet" follows the noun's gender.
  const none: Record<keyof typeof ids, string> = {
    organisation: 'ingen', body: 'intet', person: 'ingen', meeting: 'intet', decision: 'ingen', matter: 'ingen', area: 'intet',
  };
  const brokenSets = options.broken ?? {};
  const broken: Record<keyof typeof ids, (id: string) => boolean> = {
    organisation: (id) => brokenSets.organisations?.has(id) ?? false,
    body: (id) => brokenSets.bodies?.has(id) ?? false,
    person: (id) => brokenSets.people?.has(id) ?? false,
    meeting: (id) => brokenSets.meetings?.has(id) ?? false,
    decision: (id) => brokenSets.decisions?.has(id) ?? false,
    matter: (id) => brokenSets.matters?.has(id) ?? false,
    area: (id) => brokenSets.programmes?.has(id.split('/')[0]) ?? false,
  };

  // Drafts are left out of the public build (src/lib/archive.ts), and so are the decisions and
  // follow-ups of a draft meeting. A published entry that refers to one would point at nothing.
  const draftMeetings = draftMeetingIds(archive.meetings);
  const isDraft = (entry: Entry<unknown>): boolean => isDraftEntry(entry, draftMeetings);
  const draftDecisions = new Set(archive.decisions.filter(isDraft).map((d) => d.id));
  const draftRef = (entry: Entry<unknown>, path: Path, value: string, kind: 'meeting' | 'decision') => {
    const target = kind === 'meeting' ? draftMeetings : draftDecisions;
    if (!target.has(value) || isDraft(entry)) return;
    const where = kind === 'meeting' ? meetingsById.get(value)?.file : archive.decisions.find((d) => d.id === value)?.file;
    report(entry, path, value, `henviser til ${labels[kind]} "${value}", som er et udkast (draft: true) og derfor ikke offentliggøres`,
      `Offentliggør først ${kind === 'meeting' ? 'mødet' : 'beslutningen'} ved at slette linjen draft: true i ${where}, eller fjern henvisningen, til det sker.`);
  };
  const meetingsById = new Map(archive.meetings.map((m) => [m.id, m]));
  const peopleById = new Map(archive.people.map((p) => [p.id, p]));

  const report = (entry: Entry<unknown>, path: Path, value: unknown, message: string, fix: string) =>
    problems.push({ file: entry.file, line: entry.lineOf?.(path), field: fieldName(path), value, message, fix });

  const ref = (entry: Entry<unknown>, path: Path, value: string | undefined, kind: keyof typeof ids) => {
    if (value === undefined || broken[kind](value)) return;
    if (ids[kind].has(value)) {
      if (kind === 'meeting' || kind === 'decision') draftRef(entry, path, value, kind);
      return;
    }
    report(entry, path, value, `ukendt ${labels[kind]}: der findes ${none[kind]} ${labels[kind]} med id "${value}"`, suggest(value, ids[kind]));
  };
  const refs = (entry: Entry<unknown>, path: Path, values: string[], kind: keyof typeof ids) =>
    values.forEach((v, i) => ref(entry, [...path, i], v, kind));

  /** A reference to an agenda item: the meeting must exist and have an item with that number. */
  const itemRef = (entry: Entry<unknown>, meetingPath: Path, meetingId: string, itemPath: Path, item: number) => {
    const meeting = meetingsById.get(meetingId);
    if (!meeting) return ref(entry, meetingPath, meetingId, 'meeting');
    draftRef(entry, meetingPath, meetingId, 'meeting');
    const numbers = meeting.data.agenda.map((a) => a.number);
    if (!numbers.includes(item)) {
      report(entry, itemPath, item, `mødet ${meetingId} har intet dagsordenspunkt nr. ${item}`,
        numbers.length ? `Gyldige punkter: ${numbers.join(', ')}.` : `Mødet ${meetingId} har ingen dagsorden; tilføj punktet i ${meeting.file}.`);
    }
  };

  // The components of each meeting's body; undefined where the MDX parser could not read it (that
  // body has its own problem, and nothing that depends on its sections is reported on top of it).
  const bodyElements = new Map(archive.meetings.map((m) =>
    [m.id, options.elements?.has(m.file) ? options.elements.get(m.file) : componentElements(m, meetingComponents)]));

  // Each meeting's typed sections, parsed once (the parse is most of the check's time per meeting).
  const sectionsByMeeting = new Map<string, ReturnType<typeof itemSections>>();
  const sectionsOf = (m: Entry<Meeting>) => {
    if (!sectionsByMeeting.has(m.id)) sectionsByMeeting.set(m.id, itemSections(m.body ?? ''));
    return sectionsByMeeting.get(m.id)!;
  };
  /** A source reference: its meeting (and item) must exist; an outside document's issuer must be known. */
  const sourceRef = (entry: Entry<unknown>, path: Path, source: SourceRef) => {
    if (source.meeting !== undefined) {
      if (source.item !== undefined) itemRef(entry, [...path, 'meeting'], source.meeting, [...path, 'item'], source.item);
      else ref(entry, [...path, 'meeting'], source.meeting, 'meeting');
    }
    const issuer = source.document?.issuer;
    if (issuer !== undefined && !ids.organisation.has(issuer) && !ids.body.has(issuer)) {
      report(entry, [...path, 'document', 'issuer'], issuer, `ukendt udsteder: der findes ingen organisation eller intet organ med id "${issuer}"`,
        suggest(issuer, new Set([...ids.organisation, ...ids.body])));
    }
  };
  /** A status history: every entry sourced (the schema requires it), oldest first, so the last is current. */
  const statusHistory = (entry: Entry<unknown>, history: ReadonlyArray<DatedStatus>) => {
    history.forEach((h, i) => {
      sourceRef(entry, ['statusHistory', i, 'source'], h.source);
      const before = history[i - 1];
      if (before && h.date < before.date) {
        report(entry, ['statusHistory', i, 'date'], h.date, `statushistorikken står ikke i datoorden: ${h.date} kommer efter ${before.date}`,
          'Skriv statusserne ældste først; den sidste er den nuværende status.');
      }
    });
  };

  // Duplicate ids within a collection (possible where ids are file names in different folders).
  for (const name of collectionNames) {
    const seen = new Map<string, string>();
    for (const entry of archive[name] as Entry<unknown>[]) {
      const first = seen.get(entry.id);
      if (first) {
        problems.push({
          file: entry.file, line: 1, field: '(id fra filnavnet)', value: entry.id,
          message: `${collectionDefs[name].label}-id'et "${entry.id}" findes allerede i ${first}`,
          fix: 'Giv filen et navn, der ikke er brugt før; id\'et står i adresser og må være entydigt.',
        });
      } else seen.set(entry.id, entry.file);
    }
  }

  for (const e of archive.organisations) {
    ref(e, ['partOf'], e.data.partOf, 'organisation');
    e.data.formerNames.forEach((n, i) => {
      sourceRef(e, ['formerNames', i, 'source'], n.source);
      const before = e.data.formerNames[i - 1];
      if (before && n.until <= before.until) {
        report(e, ['formerNames', i, 'until'], n.until, `de tidligere navne står ikke i datoorden: ${n.until} kommer efter ${before.until}`, 'Skriv de tidligere navne ældste først.');
      }
    });
    e.data.history.forEach((h, i) => {
      sourceRef(e, ['history', i, 'source'], h.source);
      ref(e, ['history', i, 'organisation'], h.organisation, 'organisation');
      if (h.organisation === e.id) report(e, ['history', i, 'organisation'], h.organisation, 'en organisation kan ikke henvise til sig selv', 'Skriv id\'et for den anden organisation.');
    });
  }

  for (const e of archive.bodies) {
    ref(e, ['organisation'], e.data.organisation, 'organisation');
    ref(e, ['reportsTo'], e.data.reportsTo, 'body');
  }

  for (const e of archive.people) {
    e.data.memberships.forEach((m, i) => {
      ref(e, ['memberships', i, 'body'], m.body, 'body');
      ref(e, ['memberships', i, 'organisation'], m.organisation, 'organisation');
      if (m.from && m.to && m.to < m.from) {
        report(e, ['memberships', i, 'to'], m.to, `medlemskabet slutter (${m.to}) før det begynder (${m.from})`, 'Byt om på from og to, eller ret datoen.');
      }
    });
  }

  for (const e of archive.meetings) checkMeeting(e);

  // Items with an Indstilling, per meeting: the decision page shows it beside the outcome.
  const recommended = new Set(archive.meetings.flatMap((m) =>
    sectionsOf(m).filter((s) => s.type === 'indstilling').map((s) => itemKey(m.id, s.item))));

  for (const e of archive.decisions) {
    const d = e.data;
    itemRef(e, ['meeting'], d.meeting, ['item'], d.item);
    // Only for an item that exists, in minutes that can be read; a missing meeting or item is reported above.
    if (bodyElements.get(d.meeting) && meetingsById.get(d.meeting)?.data.agenda.some((a) => a.number === d.item)) {
      const has = recommended.has(itemKey(d.meeting, d.item));
      if (d.outcome === 'uden indstilling' && has) {
        report(e, ['outcome'], d.outcome, `pkt. ${d.item} på mødet ${d.meeting} har en indstilling`, 'Skriv outcome: som indstillet eller med ændringer.');
      } else if (d.outcome !== 'uden indstilling' && !has) {
        report(e, ['outcome'], d.outcome, `pkt. ${d.item} på mødet ${d.meeting} har ingen indstilling at sammenligne med`,
          `Skriv outcome: uden indstilling, eller tilføj <Afsnit pkt={${d.item}} type="indstilling"> i ${meetingsById.get(d.meeting)!.file}.`);
      }
    }
    refs(e, ['areas'], d.areas, 'area');
    refs(e, ['matters'], d.matters, 'matter');
    d.priorities?.forEach((p, i) => ref(e, ['priorities', i, 'area'], p.area, 'area'));
    const folder = e.file.split('/').slice(-3, -2)[0];
    if (folder && ids.meeting.has(folder) && folder !== d.meeting) {
      report(e, ['meeting'], d.meeting, `beslutningen ligger i mappen for mødet ${folder}, men angiver mødet ${d.meeting}`,
        `Skriv meeting: ${folder}, eller flyt filen til mødets mappe.`);
    }
  }

  for (const e of archive.followUps) {
    const f = e.data;
    itemRef(e, ['meeting'], f.meeting, ['item'], f.item);
    ref(e, ['decision'], f.decision, 'decision');
    ref(e, ['dueMeeting'], f.dueMeeting, 'meeting');
    refs(e, ['matters'], f.matters, 'matter');
    f.owners.forEach((o, i) => {
      const kind = o.type === 'person' ? 'person' : o.type === 'organisation' ? 'organisation' : 'body';
      ref(e, ['owners', i, 'id'], o.id, kind);
    });
    statusHistory(e, f.statusHistory);
  }

  for (const e of archive.programmes) {
    const p = e.data;
    ref(e, ['body'], p.body, 'body');
    ref(e, ['matter'], p.matter, 'matter');
    ref(e, ['ranking'], p.ranking, 'decision');
    const letters = new Set(p.areas.map((a) => a.letter));
    p.areas.forEach((a, i) => {
      if (p.areas.findIndex((b) => b.letter === a.letter) !== i) report(e, ['areas', i, 'letter'], a.letter, `bogstavet ${a.letter} er brugt to gange`, 'Hvert indsatsområde skal have sit eget bogstav.');
    });
    p.amendments.forEach((a, i) => {
      if (!letters.has(a.area)) report(e, ['amendments', i, 'area'], a.area, `ukendt indsatsområde ${a.area}`, suggest(a.area, letters));
      itemRef(e, ['amendments', i, 'meeting'], a.meeting, ['amendments', i, 'item'], a.item);
    });
    p.versions.forEach((v, i) => {
      ref(e, ['versions', i, 'body'], v.body, 'body');
      ref(e, ['versions', i, 'meeting'], v.meeting, 'meeting');
    });
  }

  for (const e of archive.matters) {
    const m = e.data;
    refs(e, ['responsible'], m.responsible, 'organisation');
    refs(e, ['areas'], m.areas, 'area');
    m.events.forEach((ev, i) => {
      ref(e, ['events', i, 'body'], ev.body, 'body');
      if (ev.meeting && ev.item !== undefined) itemRef(e, ['events', i, 'meeting'], ev.meeting, ['events', i, 'item'], ev.item);
      else ref(e, ['events', i, 'meeting'], ev.meeting, 'meeting');
    });
  }

  problems.push(...attachmentProblems(archive, options.publicDir, options.root ?? dirname(options.publicDir)));
  return problems;

  function checkMeeting(e: Entry<Meeting>) {
    const m = e.data;
    ref(e, ['body'], m.body, 'body');
    ref(e, ['host'], m.host, 'person');
    statusHistory(e, m.statusHistory);
    if (m.approved) sourceRef(e, ['approved', 'source'], m.approved.source);
    m.corrections.forEach((c, i) => {
      sourceRef(e, ['corrections', i, 'decidedAt'], c.decidedAt);
      if (c.item !== undefined && !m.agenda.some((a) => a.number === c.item)) {
        report(e, ['corrections', i, 'item'], c.item, `referatet har intet punkt nr. ${c.item}`, `Gyldige punkter: ${m.agenda.map((a) => a.number).join(', ') || 'ingen'}.`);
      }
      if (c.before === c.after) report(e, ['corrections', i, 'after'], c.after, 'rettelsen ændrer intet: before og after er ens', 'Skriv den rettede tekst i after.');
    });
    const root = options.root ?? dirname(options.publicDir);
    if (m.original && !existsSync(join(root, originalPath(e)))) {
      report(e, ['original'], m.original, `originaldokumentet findes ikke: ${originalPath(e)}`,
        'Læg originalfilen (referatet som Word-, PDF- eller tekstfil) i mødets mappe original/ med præcis dette navn, eller ret feltet original.');
    }
    // The original/ folder holds the meeting's original and nothing else: any other file there
    // would be neither published nor checked (src/lib/content-files.ts lets the folder through).
    const originalDir = join(root, dirname(e.file), 'original');
    for (const name of existsSync(originalDir) ? readdirSync(originalDir).sort() : []) {
      if (name === m.original) continue;
      problems.push({
        file: `${dirname(e.file)}/original/${name}`, field: '(fil)',
        message: m.original ? `filen er ikke mødets originaldokument (mødet angiver original: ${m.original})` : 'filen er ikke mødets originaldokument: mødet angiver intet original',
        fix: 'Skriv filens navn i mødets felt original, hvis det er referatets originalfil; ellers slet filen.',
      });
    }
    if (m.plannedAt) itemRef(e, ['plannedAt', 'meeting'], m.plannedAt.meeting, ['plannedAt', 'item'], m.plannedAt.item);
    if (m.publication) {
      ref(e, ['publication', 'publisher'], m.publication.publisher, 'organisation');
      ref(e, ['publication', 'namedInHeader'], m.publication.namedInHeader, 'person');
    }
    if (!m.date && !m.approximately) {
      report(e, ['date'], undefined, 'mødet har hverken dato eller uge', 'Tilføj date: ÅÅÅÅ-MM-DD, eller approximately med year, week og text for et planlagt møde.');
    }
    if ((m.status === 'afholdt' || m.status === 'aflyst') && !m.date) {
      report(e, ['statusHistory', m.statusHistory.length - 1, 'status'], m.status, `et møde med status "${m.status}" skal have en dato`, 'Tilføj date: ÅÅÅÅ-MM-DD.');
    }
    if (m.start && m.end && m.end <= m.start) {
      report(e, ['end'], m.end, `mødet slutter (${m.end}) før det begynder (${m.start})`, 'Ret start eller end.');
    }
    if (m.date && /^\d{4}-\d{2}-\d{2}/.test(e.id) && !e.id.startsWith(m.date)) {
      report(e, ['date'], m.date, `mappens navn (${e.id}) passer ikke med mødets dato`, `Omdøb mappen, så den begynder med ${m.date}, eller ret datoen.`);
    }
    const numbers = new Set<number>();
    m.agenda.forEach((item, i) => {
      if (numbers.has(item.number)) report(e, ['agenda', i, 'number'], item.number, `punkt nr. ${item.number} står to gange på dagsordenen`, 'Giv hvert punkt sit eget nummer.');
      numbers.add(item.number);
      if (item.start && item.end && item.end <= item.start) {
        report(e, ['agenda', i, 'end'], item.end, `punktet slutter (${item.end}) før det begynder (${item.start})`, 'Ret start eller end.');
      }
      refs(e, ['agenda', i, 'presenters'], item.presenters, 'person');
      refs(e, ['agenda', i, 'areas'], item.areas, 'area');
      refs(e, ['agenda', i, 'matters'], item.matters, 'matter');
    });

    // The item sections in the MDX body must match the agenda. A body the MDX parser cannot read
    // has its own problem already; its items are not guessed at.
    const parsed = bodyElements.get(e.id);
    const sections = parsed ? punktSections(e, parsed) : [];
    const bodyLine = (line: number) => (e.bodyStartLine ?? 1) + line - 1;
    // An Indstilling is also shown on its decisions' pages, outside the meeting's MDX.
    for (const s of sectionsOf(e)) {
      const problem = s.type === 'indstilling' ? plainMarkdownProblem(s.text) : undefined;
      if (problem) {
        problems.push({ file: e.file, line: bodyLine(s.line), field: `<Afsnit pkt={${s.item}} type="indstilling">`, value: s.text.slice(0, 60),
          message: `indstillingen til punkt ${s.item} ${problem}; den vises også på beslutningens egen side, som kun kan vise ren tekst`,
          fix: 'Skriv indstillingen som ren tekst (Markdown) og flyt bemærkninger (<Note>) til referatet eller til mødets notes.' });
      }
    }
    for (const s of sections) {
      if (!numbers.has(s.nr)) {
        problems.push({ file: e.file, line: s.line, field: '<Punkt nr>', value: s.nr, message: `teksten har et afsnit for punkt ${s.nr}, som ikke står på dagsordenen`, fix: `Gyldige punkter: ${[...numbers].join(', ') || 'ingen'}; tilføj punktet til agenda eller ret nummeret.` });
      }
    }
    if (parsed && hasMinutes(m)) {
      const written = new Set(sections.map((s) => s.nr));
      m.agenda.forEach((item, i) => {
        if (!written.has(item.number)) report(e, ['agenda', i, 'number'], item.number, `punkt ${item.number} har intet afsnit i referatets tekst`, `Tilføj <Punkt nr={${item.number}} titel="…"> … </Punkt> i teksten under front matter.`);
      });
    }

    // Everyone listed as present, secretariat or absent must be a member of the body on the date.
    const att = m.attendance;
    if (att && m.date) {
      for (const group of ['present', 'secretariat', 'absent', 'guests'] as const) {
        att[group].forEach((a, i) => {
          ref(e, ['attendance', group, i, 'person'], a.person, 'person');
          ref(e, ['attendance', group, i, 'organisation'], a.organisation, 'organisation');
          if (group === 'guests') return;
          const person = peopleById.get(a.person);
          if (!person) return;
          const member = person.data.memberships.some((ms) => ms.body === m.body && membershipCovers(ms, m.date!));
          if (!member) {
            report(e, ['attendance', group, i, 'person'], a.person,
              `${person.data.name} er ikke medlem af ${m.body} den ${m.date}`,
              `Tilføj et medlemskab af ${m.body} i ${person.file}, eller flyt personen til attendance.guests, hvis vedkommende deltog som gæst.`);
          }
        });
      }
    }
  }
}
