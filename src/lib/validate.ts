import type { z } from 'astro/zod';
import { collectionDefs } from './collections.ts';
import type { RawEntry } from './content-source.ts';
import type { ArchiveData, Entry } from './archive-types.ts';
import { editDistance, fieldName, nearest, valueAt, type Problem } from './problems.ts';

/** "attendance.present[2].person" from zod's path array; an issue with the whole file has none. */
function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return fieldName(path) || '(hele filen)';
}

/** Translate one zod issue into a problem the secretariat can act on, in Danish. */
function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[], data: unknown, schema: z.ZodType): { message: string; fix: string } {
  const value = valueAt(data, path);
  const field = String([...path].reverse().find((k) => typeof k === 'string') ?? '');
  switch (issue.code) {
    case 'invalid_type': {
      const expected = danishType(issue.expected);
      if (value === undefined) return { message: 'feltet mangler', fix: `Tilføj feltet ${field} (${expected}).` };
      if (value === null) return { message: 'feltet er tomt', fix: `Skriv en værdi efter kolon (${expected}), eller slet linjen, hvis feltet ikke skal bruges.` };
      if (issue.expected === 'string' && (typeof value === 'number' || typeof value === 'boolean')) {
        return { message: `forkert type: ${JSON.stringify(value)} er ${danishType(typeof value)}, men feltet skal være tekst`, fix: `Sæt citationstegn om værdien: ${field}: "${String(value)}".` };
      }
      if (issue.expected === 'number' && typeof value === 'string' && /^\s*-?\d+([.,]\d+)?\s*$/.test(value)) {
        return { message: 'forkert type: tallet står i citationstegn og er derfor tekst', fix: `Skriv tallet uden citationstegn: ${field}: ${value.trim().replace(',', '.')}.` };
      }
      if (issue.expected === 'array') {
        return { message: `forkert type: feltet skal være en liste, men er ${danishType(Array.isArray(value) ? 'array' : typeof value)}`, fix: `Skriv hvert element på sin egen linje, der begynder med "- ", eller som [a, b].` };
      }
      return { message: `forkert type: feltet skal være ${expected}, men er ${danishType(Array.isArray(value) ? 'array' : typeof value)}`, fix: `Skriv en værdi af typen ${expected}.` };
    }
    case 'invalid_value': {
      const choices = issue.values.map((v) => String(v));
      const close = typeof value === 'string' ? nearest(value, choices, 1)[0] : undefined;
      const hint = close && editDistance(String(value).toLowerCase(), close.toLowerCase()) <= 3 ? ` Mente du "${close}"?` : '';
      return { message: `ugyldig værdi ${JSON.stringify(value)}`, fix: `Brug en af: ${choices.join(', ')}.${hint}` };
    }
    case 'unrecognized_keys': {
      // The unknown key is the last element of the path (see issuePaths).
      const known = objectKeysAt(schema, path);
      const close = known.length ? nearest(field, known, 1)[0] : undefined;
      const hint = close && editDistance(field.toLowerCase(), close.toLowerCase()) <= 3 ? `Mente du "${close}"? ` : '';
      return {
        message: `ukendt felt "${field}"`,
        fix: `${hint}Ret stavningen af feltnavnet, eller fjern feltet. Gyldige felter her: ${known.join(', ')}. Se docs/redaktionsvejledning.md.`,
      };
    }
    case 'too_small':
      if (issue.origin === 'array') return { message: 'listen må ikke være tom', fix: 'Tilføj mindst ét element til listen.' };
      if (issue.origin === 'string') return { message: 'teksten er tom', fix: 'Skriv en tekst, eller slet feltet, hvis det ikke skal bruges.' };
      return { message: `tallet er for lille (mindst ${String(issue.minimum)})`, fix: `Skriv et tal, der er mindst ${String(issue.minimum)}.` };
    case 'too_big':
      return { message: `værdien er for stor (højst ${String(issue.maximum)})`, fix: `Skriv en værdi, der er højst ${String(issue.maximum)}.` };
    case 'invalid_format':
    case 'custom':
      // The schemas write these messages in Danish, with an example of the valid form.
      return {
        message: issue.message,
        fix: issue.message.includes('kalenderen') ? 'Ret datoen til en dag, der findes, skrevet ÅÅÅÅ-MM-DD.' : 'Ret værdien, så den har den form, eksemplet viser.',
      };
    default:
      return { message: issue.message, fix: 'Ret værdien.' };
  }
}

function danishType(t: string): string {
  return ({
    string: 'tekst', number: 'et tal', boolean: 'true eller false', array: 'en liste', object: 'felter med underfelter',
    date: 'en dato', undefined: 'tom', bigint: 'et tal',
  } as Record<string, string>)[t] ?? t;
}

/** The field names an object schema at `path` accepts, for "did you mean" on an unknown key. */
function objectKeysAt(schema: z.ZodType, path: ReadonlyArray<PropertyKey>): string[] {
  let node: any = schema;
  const unwrap = () => {
    for (;;) {
      const def = node?._zod?.def;
      if (!def) return;
      if (def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') node = def.innerType;
      // A schema with a .transform() (meetings, follow-ups derive `status`) is a pipe whose input holds the fields.
      else if (def.type === 'pipe') node = def.out?._zod?.def?.type === 'transform' ? def.in : def.out;
      else return;
    }
  };
  // The last element of the path is the unknown key itself.
  for (const key of path.slice(0, -1)) {
    unwrap();
    const def = node?._zod?.def;
    if (def?.type === 'array' && typeof key === 'number') node = def.element;
    else if (def?.type === 'object') node = def.shape[key as string];
    else return [];
  }
  unwrap();
  const def = node?._zod?.def;
  return def?.type === 'object' ? Object.keys(def.shape) : [];
}

/** The fields an issue is about: for unknown keys each unknown key itself, so each gets its own line. */
function issuePaths(issue: z.core.$ZodIssue): PropertyKey[][] {
  return issue.code === 'unrecognized_keys' ? issue.keys.map((k) => [...issue.path, k]) : [[...issue.path]];
}

/** An entry that exists on disk but could not be used: its id still counts as taken. */
export interface RejectedEntry {
  collection: keyof ArchiveData;
  id: string;
}

/** Validate raw entries against their schemas; valid ones go into the archive. */
export function validateEntries(raw: RawEntry[]): { archive: ArchiveData; problems: Problem[]; rejected: RejectedEntry[] } {
  const archive: ArchiveData = {
    organisations: [], bodies: [], people: [], meetings: [], decisions: [], followUps: [], programmes: [], matters: [],
  };
  const problems: Problem[] = [];
  const rejected: RejectedEntry[] = [];
  for (const entry of raw) {
    const schema = collectionDefs[entry.collection].schema;
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      rejected.push({ collection: entry.collection, id: entry.id });
      for (const issue of result.error.issues) {
        for (const path of issuePaths(issue)) {
          const { message, fix } = describeIssue(issue, path, entry.data, schema);
          problems.push({
            file: entry.file,
            line: entry.lineOf(path.map((k) => (typeof k === 'number' ? k : String(k)))),
            field: fieldPath(path),
            value: valueAt(entry.data, path),
            message,
            fix,
          });
        }
      }
      continue;
    }
    const valid: Entry<any> = { id: entry.id, file: entry.file, data: result.data, body: entry.body, bodyStartLine: entry.bodyStartLine, lineOf: entry.lineOf };
    (archive[entry.collection] as Entry<unknown>[]).push(valid);
  }
  return { archive, problems, rejected };
}
