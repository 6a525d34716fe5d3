/**
 * A problem found in the content: what the build and the check command print. Every problem names
 * the file, the field, the bad value and how to fix it, in Danish, for the secretariat.
 */
export interface Problem {
  /** Path of the file, relative to the repository root, e.g. "content/personer/ole.yaml". */
  file: string;
  /** 1-based line of the field in the file, when known. */
  line?: number;
  /** 1-based column, where the problem is a place in a text rather than a field (MDX bodies). */
  column?: number;
  /** Dotted path of the field, e.g. "attendance.present[2].person". */
  field: string;
  /** The offending value, as written. */
  value?: unknown;
  /** What is wrong. */
  message: string;
  /** What would be valid, or how to fix it. */
  fix: string;
}

/** A problem's `field` from a path into the data: ["attendance", "present", 2, "person"] → "attendance.present[2].person". */
export function fieldName(path: ReadonlyArray<PropertyKey>): string {
  return path.reduce<string>((acc, key) => {
    if (typeof key === 'number') return `${acc}[${key}]`;
    return acc === '' ? String(key) : `${acc}.${String(key)}`;
  }, '');
}

/** The value at a path into the data (undefined where the path leaves it). */
export function valueAt(data: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let v: unknown = data;
  for (const key of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

/** "content/x.yaml:12  attendance.present[2].person = "olle": message. Ret: fix" */
function formatProblem(p: Problem): string {
  const where = p.line ? `${p.file}:${p.line}${p.column ? `:${p.column}` : ''}` : p.file;
  const value = p.value === undefined ? '' : ` = ${shortValue(p.value)}`;
  return `${where}\n  felt: ${p.field}${value}\n  fejl: ${p.message}\n  ret:  ${p.fix}`;
}

/** A value as written, short enough for one line: a list or a group of fields is only hinted at. */
function shortValue(value: unknown): string {
  if (Array.isArray(value)) return '[…]';
  if (value !== null && typeof value === 'object') return '{…}';
  const text = JSON.stringify(value);
  return text.length > 100 ? `${text.slice(0, 97)}…"` : text;
}

export function formatProblems(problems: Problem[]): string {
  const count = problems.length === 1 ? '1 fejl' : `${problems.length} fejl`;
  return `Indholdet har ${count}:\n\n${problems.map(formatProblem).join('\n\n')}\n`;
}

/** Thrown by the build when the content has problems; the message lists all of them. */
export class ContentError extends Error {
  readonly problems: Problem[];
  constructor(problems: Problem[]) {
    super(formatProblems(problems));
    this.problems = problems;
    this.name = 'ContentError';
  }
}

/** Levenshtein distance, for "did you mean" suggestions. */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** The closest valid ids to a bad one, best first. */
export function nearest(bad: string, valid: Iterable<string>, count = 3): string[] {
  return [...valid]
    .map((v) => ({ v, d: editDistance(bad.toLowerCase(), v.toLowerCase()) }))
    .sort((x, y) => x.d - y.d || x.v.localeCompare(y.v))
    .slice(0, count)
    .map((x) => x.v);
}

/** "Brug et af: a, b, c" or "Mente du: x?" depending on how many valid ids there are. */
export function suggest(bad: string, valid: Iterable<string>): string {
  const all = [...valid];
  if (all.length === 0) return 'Der findes ingen gyldige værdier endnu; opret først den post, der henvises til.';
  if (all.length <= 8) return `Gyldige værdier: ${all.sort().join(', ')}.`;
  return `Mente du: ${nearest(bad, all).join(', ')}?`;
}
