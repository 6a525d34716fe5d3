import type { z } from 'astro/zod';
import { collectionDefs } from './collections.ts';
import type { RawEntry } from './content-source.ts';
import type { ArchiveData, Entry } from './archive-types.ts';
import type { Problem } from './problems.ts';

/** "attendance.present[2].person" from zod's path array. */
export function fieldPath(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '') || '(hele filen)';
}

function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** Translate one zod issue into a problem the secretariat can act on, in Danish. */
function describeIssue(issue: z.core.$ZodIssue, data: unknown): { message: string; fix: string } {
  const value = valueAt(data, issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (value === undefined) return { message: 'feltet mangler', fix: `Tilføj feltet (forventet ${danishType(issue.expected)}).` };
      return { message: `forkert type: forventet ${danishType(issue.expected)}`, fix: `Skriv en værdi af typen ${danishType(issue.expected)}.` };
    case 'invalid_value':
      return { message: 'ugyldig værdi', fix: `Brug en af: ${issue.values.map((v) => String(v)).join(', ')}.` };
    case 'unrecognized_keys':
      return { message: `ukendt felt: ${issue.keys.join(', ')}`, fix: 'Ret stavningen af feltnavnet, eller fjern feltet. Se docs/content-model.md for de gyldige felter.' };
    case 'too_small':
      return { message: issue.origin === 'array' ? 'listen må ikke være tom' : 'værdien er for kort eller for lille', fix: 'Udfyld feltet.' };
    case 'invalid_format':
      return { message: issue.message, fix: 'Ret værdien, så den har den viste form.' };
    case 'custom':
      return { message: issue.message, fix: 'Ret værdien, så den har den viste form.' };
    default:
      return { message: issue.message, fix: 'Ret værdien.' };
  }
}

function danishType(t: string): string {
  return ({ string: 'tekst', number: 'tal', boolean: 'true eller false', array: 'en liste', object: 'felter (et objekt)', date: 'en dato' } as Record<string, string>)[t] ?? t;
}

/** The field an issue is about: for unknown keys the first unknown key itself. */
function issuePath(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : [...issue.path];
}

/** Validate raw entries against their schemas; valid ones go into the archive. */
export function validateEntries(raw: RawEntry[]): { archive: ArchiveData; problems: Problem[] } {
  const archive: ArchiveData = {
    organisations: [], bodies: [], people: [], meetings: [], decisions: [], followUps: [], programmes: [], matters: [],
  };
  const problems: Problem[] = [];
  for (const entry of raw) {
    const schema = collectionDefs[entry.collection].schema;
    const result = schema.safeParse(entry.data);
    if (!result.success) {
      for (const issue of result.error.issues) {
        const path = issuePath(issue);
        const { message, fix } = describeIssue(issue, entry.data);
        problems.push({
          file: entry.file,
          line: entry.lineOf(path.map((k) => (typeof k === 'number' ? k : String(k)))),
          field: fieldPath(path),
          value: valueAt(entry.data, path),
          message,
          fix,
        });
      }
      continue;
    }
    const valid: Entry<any> = { id: entry.id, file: entry.file, data: result.data, body: entry.body, bodyStartLine: entry.bodyStartLine, lineOf: entry.lineOf };
    (archive[entry.collection] as Entry<unknown>[]).push(valid);
  }
  return { archive, problems };
}
