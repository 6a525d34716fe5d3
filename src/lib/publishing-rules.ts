import type { ArchiveData, Entry } from './archive-types.ts';
import { fieldName, nearest, valueAt, type Problem } from './problems.ts';
import { sectionTitles } from './sections.ts';

/**
 * Rules that keep half-finished work off the public site and catch mistakes in a meeting's MDX
 * text that would otherwise only show up as a build error far from the secretariat's file:
 * - a published entry that still holds the scaffold's placeholder text (UDFYLD);
 * - the <Punkt>, <Afsnit>, <Bilag> and <Note> tags of a meeting: known names, closed, nested,
 *   and an <Afsnit pkt> or <Bilag pkt> that matches the <Punkt nr> around it.
 */

/** The word the scaffold (npm run ny-moede) writes wherever the secretariat must fill something in. */
export const PLACEHOLDER = 'UDFYLD';

/** The components a meeting's MDX text may use (src/components), with their required attributes. */
export const meetingComponents = {
  Punkt: ['nr', 'titel'],
  Afsnit: ['pkt', 'type'],
  Bilag: ['pkt'],
  Note: [],
} as const satisfies Record<string, readonly string[]>;

type ComponentName = keyof typeof meetingComponents;

export function checkPublishing(archive: ArchiveData): Problem[] {
  const problems: Problem[] = [];
  const draftMeetings = new Set(archive.meetings.filter((m) => m.data.draft).map((m) => m.id));
  for (const name of Object.keys(archive) as Array<keyof ArchiveData>) {
    for (const entry of archive[name] as Entry<unknown>[]) {
      if (!isDraftEntry(entry, draftMeetings)) problems.push(...placeholderProblems(entry));
    }
  }
  for (const meeting of archive.meetings) problems.push(...componentProblems(meeting));
  return problems;
}

/** A draft, or a decision or follow-up of a draft meeting (src/lib/archive.ts leaves those out too). */
function isDraftEntry(entry: Entry<unknown>, draftMeetings: ReadonlySet<string>): boolean {
  const data = entry.data as { draft?: boolean; meeting?: unknown };
  return data.draft === true || (typeof data.meeting === 'string' && draftMeetings.has(data.meeting));
}

/** Every field whose text contains the placeholder, as paths. */
function placeholderPaths(value: unknown, path: Array<string | number> = []): Array<Array<string | number>> {
  if (typeof value === 'string') return value.includes(PLACEHOLDER) ? [path] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => placeholderPaths(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => placeholderPaths(v, [...path, k]));
  return [];
}

function placeholderProblems(entry: Entry<unknown>): Problem[] {
  const problems: Problem[] = [];
  const fix = `Skriv den rigtige tekst i stedet for ${PLACEHOLDER}, eller slet det, der ikke skal bruges. Skal det vente, så lad draft: true stå.`;
  const message = `teksten "${PLACEHOLDER}" fra skabelonen står her stadig, og filen er ikke et udkast`;
  for (const path of placeholderPaths(entry.data)) {
    problems.push({ file: entry.file, line: entry.lineOf?.(path), field: fieldName(path), value: valueAt(entry.data, path), message, fix });
  }
  const lines = (entry.body ?? '').split('\n').flatMap((l, i) => (l.includes(PLACEHOLDER) ? [(entry.bodyStartLine ?? 1) + i] : []));
  if (lines.length > 0) {
    const more = lines.length > 1 ? ` (også linje ${lines.slice(1).join(', ')})` : '';
    problems.push({ file: entry.file, line: lines[0], field: '(teksten)', message: message + more, fix });
  }
  return problems;
}

interface Tag {
  name: string;
  closing: boolean;
  selfClosing: boolean;
  attrs: Record<string, string>;
  line: number;
}

/** Capitalised JSX tags in an MDX body (lower-case HTML is left alone), with their attributes. */
export function componentTags(body: string): Tag[] {
  const tags: Tag[] = [];
  const lineStarts = [0];
  for (let i = 0; i < body.length; i++) if (body[i] === '\n') lineStarts.push(i + 1);
  const lineAt = (index: number) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid] <= index) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  // Attribute values may hold ">" inside quotes or braces, so those are matched as units.
  const tagRe = /<(\/?)([A-Z][A-Za-z0-9]*)((?:"[^"]*"|'[^']*'|\{[^}]*\}|[^>"'{])*?)(\/?)>/g;
  for (const m of body.matchAll(tagRe)) {
    const attrs: Record<string, string> = {};
    for (const a of m[3].matchAll(/([A-Za-z]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|\{\s*([^}]*?)\s*\})/g)) {
      attrs[a[1]] = a[2] ?? a[3] ?? a[4].replace(/^["']|["']$/g, '');
    }
    tags.push({ name: m[2], closing: m[1] === '/', selfClosing: m[4] === '/', attrs, line: lineAt(m.index) });
  }
  return tags;
}

function componentProblems(meeting: Entry<unknown>): Problem[] {
  const problems: Problem[] = [];
  const fileLine = (line: number) => (meeting.bodyStartLine ?? 1) + line - 1;
  const report = (line: number, field: string, value: unknown, message: string, fix: string) =>
    problems.push({ file: meeting.file, line: fileLine(line), field, value, message, fix });
  const names = Object.keys(meetingComponents) as ComponentName[];
  const open: Tag[] = [];
  const unclosed = (tag: Tag, when: string) => report(tag.line, `<${tag.name}>`, tag.attrs.nr ?? tag.attrs.pkt, `<${tag.name}> er ikke lukket ${when}`,
    `Tilføj </${tag.name}>, hvor ${({ Punkt: 'punktet', Afsnit: 'afsnittet', Bilag: 'bilaget', Note: 'noten' } as Record<string, string>)[tag.name]} slutter.`);

  for (const tag of componentTags(meeting.body ?? '')) {
    if (!(names as string[]).includes(tag.name)) {
      report(tag.line, `<${tag.name}>`, tag.name, `ukendt komponent <${tag.name}>`,
        `Mente du <${nearest(tag.name, names, 1)[0]}>? Et mødereferat kan bruge ${names.map((n) => `<${n}>`).join(', ')}.`);
      continue;
    }
    const name = tag.name as ComponentName;
    if (tag.closing) {
      const at = open.map((t) => t.name).lastIndexOf(name);
      if (at < 0) {
        report(tag.line, `</${name}>`, undefined, `</${name}> lukker noget, der ikke er åbnet`, `Slet </${name}>, eller tilføj den <${name} …>, som mangler.`);
      } else {
        for (const t of open.slice(at + 1)) unclosed(t, `før </${name}> på linje ${fileLine(tag.line)}`);
        open.length = at;
      }
      continue;
    }
    for (const attr of meetingComponents[name]) {
      if (!(attr in tag.attrs)) {
        report(tag.line, `<${name} ${attr}>`, undefined, `<${name}> mangler ${attr}`, exampleFix(name));
      }
    }
    // A new item or section while the previous one is still open: report it once and go on as
    // if it had been closed, so one missing </Punkt> gives one message, not one per item.
    if (name === 'Punkt' || name === 'Afsnit') {
      const at = open.findIndex((t) => t.name === name);
      if (at >= 0) {
        for (const t of open.slice(at)) unclosed(t, `før <${name}> på linje ${fileLine(tag.line)} begynder`);
        open.length = at;
      }
    }
    const punkt = [...open].reverse().find((t) => t.name === 'Punkt');
    if (name === 'Afsnit' && tag.attrs.type !== undefined && !(tag.attrs.type in sectionTitles)) {
      report(tag.line, '<Afsnit type>', tag.attrs.type, `ukendt afsnitstype "${tag.attrs.type}"`,
        `Brug en af: ${Object.keys(sectionTitles).join(', ')}. Mente du "${nearest(tag.attrs.type, Object.keys(sectionTitles), 1)[0]}"?`);
    }
    if ((name === 'Afsnit' || name === 'Bilag') && tag.attrs.pkt !== undefined) {
      if (!punkt) {
        report(tag.line, `<${name} pkt>`, tag.attrs.pkt, `<${name}> står uden for et <Punkt>`, `Flyt <${name}> ind mellem <Punkt nr={${tag.attrs.pkt}} …> og </Punkt>.`);
      } else if (punkt.attrs.nr !== tag.attrs.pkt) {
        report(tag.line, `<${name} pkt>`, tag.attrs.pkt, `<${name} pkt={${tag.attrs.pkt}}> står i punkt ${punkt.attrs.nr}`, `Skriv pkt={${punkt.attrs.nr}}, eller flyt afsnittet til punkt ${tag.attrs.pkt}.`);
      }
    }
    if (!tag.selfClosing) open.push(tag);
  }
  for (const tag of open) unclosed(tag, 'inden teksten slutter');
  return problems;
}

function exampleFix(name: ComponentName): string {
  return {
    Punkt: 'Skriv fx <Punkt nr={2} titel="Punktets overskrift">.',
    Afsnit: `Skriv fx <Afsnit pkt={2} type="referat">; type er en af ${Object.keys(sectionTitles).join(', ')}.`,
    Bilag: 'Skriv fx <Bilag pkt={2} />.',
    Note: 'Skriv <Note>tekst</Note>.',
  }[name];
}
