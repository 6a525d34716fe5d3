import type { ArchiveData, Entry } from './archive-types.ts';
import { fieldName, nearest, valueAt, type Problem } from './problems.ts';
import { itemSectionTypes } from '../schemas/index.ts';
import { componentElements, type ComponentElement } from './mdx-allow-list.ts';
import { meetingComponents } from './mdx-components.ts';
import { draftMeetingIds, isDraftEntry } from './drafts.ts';

/**
 * Rules that keep half-finished work off the public site and catch mistakes in a meeting's MDX
 * text that would otherwise only show up as a build error far from the secretariat's file:
 * - a published entry that still holds the scaffold's placeholder text (UDFYLD);
 * - the <Punkt>, <Afsnit>, <Bilag> and <Note> components of a meeting, as the MDX parser reads
 *   them (src/lib/mdx-allow-list.ts): no item inside an item, known section types, and an
 *   <Afsnit pkt> or <Bilag pkt> that matches the <Punkt nr> around it.
 */

/** The word the scaffold (npm run ny-moede) writes wherever the secretariat must fill something in. */
export const PLACEHOLDER = 'UDFYLD';

/**
 * `elements`: the components of each meeting's body, by file, as the check has already parsed
 * them (src/lib/check.ts; undefined for a body the parser could not read); a body not in the map
 * is parsed here.
 */
export function checkPublishing(archive: ArchiveData, elements?: ReadonlyMap<string, ComponentElement[] | undefined>): Problem[] {
  const problems: Problem[] = [];
  const draftMeetings = draftMeetingIds(archive.meetings);
  for (const name of Object.keys(archive) as Array<keyof ArchiveData>) {
    for (const entry of archive[name] as Entry<unknown>[]) {
      if (!isDraftEntry(entry, draftMeetings)) problems.push(...placeholderProblems(entry));
    }
  }
  for (const meeting of archive.meetings) {
    const found = elements?.has(meeting.file) ? elements.get(meeting.file) : componentElements(meeting, meetingComponents);
    if (found) problems.push(...componentProblems(meeting, found));
  }
  return problems;
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

function componentProblems(meeting: Entry<unknown>, elements: ComponentElement[]): Problem[] {
  const problems: Problem[] = [];
  const report = (el: ComponentElement, field: string, value: unknown, message: string, fix: string) =>
    problems.push({ file: meeting.file, line: el.line, column: el.column, field, value, message, fix });
  for (const el of elements) {
    const { name, attrs } = el;
    // An item or a section inside another of its kind: the minutes never nest them, and one
    // forgotten </Punkt> would otherwise swallow the rest of the meeting.
    const outer = el.ancestors.find((a) => a.name === name);
    if (outer && (name === 'Punkt' || name === 'Afsnit')) {
      report(el, `<${name}>`, attrs.nr ?? attrs.pkt, `<${name}> står inde i <${name}> fra linje ${outer.line}`,
        `Luk det første med </${name}>, før det næste begynder.`);
    }
    if (name === 'Afsnit' && typeof attrs.type === 'string' && !(itemSectionTypes as readonly string[]).includes(attrs.type)) {
      report(el, '<Afsnit type>', attrs.type, `ukendt afsnitstype "${attrs.type}"`,
        `Brug en af: ${itemSectionTypes.join(', ')}. Mente du "${nearest(attrs.type, [...itemSectionTypes], 1)[0]}"?`);
    }
    if ((name === 'Afsnit' || name === 'Bilag') && attrs.pkt !== undefined) {
      const punkt = [...el.ancestors].reverse().find((a) => a.name === 'Punkt');
      if (!punkt) {
        report(el, `<${name} pkt>`, attrs.pkt, `<${name}> står uden for et <Punkt>`, `Flyt <${name}> ind mellem <Punkt nr={${attrs.pkt}} …> og </Punkt>.`);
      } else if (punkt.attrs.nr !== attrs.pkt) {
        report(el, `<${name} pkt>`, attrs.pkt, `<${name} pkt={${attrs.pkt}}> står i punkt ${punkt.attrs.nr}`, `Skriv pkt={${punkt.attrs.nr}}, eller flyt afsnittet til punkt ${attrs.pkt}.`);
      }
    }
  }
  return problems;
}
