import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LineCounter, parseDocument, isNode, isMap, isScalar, type Document } from 'yaml';
import { load as loadYaml, CORE_SCHEMA } from 'js-yaml';
import { collectionDefs, collectionNames, type CollectionDef } from './collections.ts';
import type { ArchiveData, Entry } from './archive-types.ts';
import type { Problem } from './problems.ts';
import { describeYamlError } from './yaml-errors.ts';
import { decodeContentFile } from './text-encoding.ts';
import { idNameProblem } from './id-names.ts';

/**
 * Reads content/ straight from disk, without Astro, so that the check command runs in seconds
 * and the build can refuse bad content before Astro starts. Each file is parsed with line
 * positions so that every problem can point at file:line.
 */

export interface RawEntry {
  collection: keyof ArchiveData;
  id: string;
  file: string;
  data: unknown;
  body?: string;
  bodyStartLine?: number;
  lineOf: (path: ReadonlyArray<string | number>) => number | undefined;
}

/** Files under `dir` matching a simple pattern ("*" = one path segment), relative to `dir`. */
export function matchFiles(dir: string, pattern: string): string[] {
  const segments = pattern.split('/');
  const out: string[] = [];
  const walk = (abs: string, rel: string[], depth: number) => {
    let names: string[];
    try {
      names = readdirSync(abs).sort();
    } catch {
      return;
    }
    const seg = new RegExp(`^${segments[depth].replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
    for (const name of names) {
      if (!seg.test(name) || name.startsWith('.')) continue;
      const childAbs = join(abs, name);
      // A symbolic link is never followed (src/lib/content-files.ts reports it).
      const stat = lstatSync(childAbs);
      if (stat.isSymbolicLink()) continue;
      const isDir = stat.isDirectory();
      if (depth === segments.length - 1) {
        if (!isDir) out.push([...rel, name].join('/'));
      } else if (isDir) {
        walk(childAbs, [...rel, name], depth + 1);
      }
    }
  };
  walk(dir, [], 0);
  return out;
}

/** Split "---\nyaml\n---\nbody" into its parts; the front matter starts on line 2. */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } | undefined {
  const m = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (!m) return undefined;
  return { frontMatter: m[1], body: text.slice(m[0].length) };
}

/**
 * Line numbers for problems, worked out only when a problem asks for one: the `yaml` Document with
 * positions is built on the first call. Holding a Document for every file would cost about 0.25 MB
 * per meeting (500 MB at 2,000 meetings; measured, see docs/performance.md).
 */
function lazyLineLookup(yamlText: string, lineOffset: number) {
  let lookup: ((path: ReadonlyArray<string | number>) => number | undefined) | undefined;
  return (path: ReadonlyArray<string | number>) => {
    if (!lookup) {
      const counter = new LineCounter();
      lookup = lineLookup(parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true }), counter, lineOffset);
    }
    return lookup(path);
  };
}

function lineLookup(doc: Document, counter: LineCounter, lineOffset: number) {
  const lineAt = (node: unknown) => (isNode(node) && node.range ? counter.linePos(node.range[0]).line + lineOffset : undefined);
  return (path: ReadonlyArray<string | number>) => {
    for (let n = path.length; n >= 0; n--) {
      // A field's line is the line of its name: a nested value (a list, a map) starts below it.
      const parent = n === 0 ? undefined : n === 1 ? doc.contents : doc.getIn(path.slice(0, n - 1), true);
      if (isMap(parent)) {
        const pair = parent.items.find((p) => isScalar(p.key) && p.key.value === path[n - 1]);
        const line = lineAt(pair?.key);
        if (line !== undefined) return line;
      }
      const line = lineAt(n === 0 ? doc.contents : doc.getIn(path.slice(0, n), true));
      if (line !== undefined) return line;
    }
    return undefined;
  };
}

/** Parse one file's text into a raw entry, or a problem if the YAML itself is broken. */
export function parseEntry(
  text: string, file: string, format: 'yaml' | 'mdx',
): Pick<RawEntry, 'data' | 'body' | 'bodyStartLine' | 'lineOf'> | Problem {
  let yamlText = text;
  let body: string | undefined;
  let offset = 0;
  let bodyStartLine: number | undefined;
  if (format === 'mdx') {
    const split = splitFrontMatter(text);
    if (!split) {
      return {
        file, line: 1, field: '(front matter)', message: 'filen mangler front matter mellem to linjer med ---',
        fix: 'Start filen med en linje "---", felterne i YAML, og en linje "---" før teksten.',
      };
    }
    yamlText = split.frontMatter;
    body = split.body;
    offset = 1;
    bodyStartLine = split.frontMatter.split('\n').length + 3;
  }
  // Fast path: js-yaml (the parser Astro itself uses for front matter) with the YAML 1.2 core
  // schema reads the same values as `yaml` does (no dates from bare 2025-11-18), about ten times
  // faster and without keeping a syntax tree. Whatever js-yaml refuses goes through `yaml` below,
  // so that a broken file gets the same message and line as always.
  try {
    const data: unknown = loadYaml(yamlText, { schema: CORE_SCHEMA });
    return { data: data ?? {}, body, bodyStartLine, lineOf: lazyLineLookup(yamlText, offset) };
  } catch {
    // fall through to the precise parser
  }
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const err = doc.errors[0];
    // One mistake often gives several errors, and it is often on the line after the one where
    // the parser gave up, so the message names the whole range of lines involved.
    const line = Math.min(...doc.errors.map((e) => counter.linePos(e.pos[0]).line)) + offset;
    const lastLine = Math.max(...doc.errors.map((e) => counter.linePos(Math.max(e.pos[0], e.pos[1] - 1)).line)) + offset;
    const { message, fix } = describeYamlError(err);
    return {
      file, line, field: '(YAML)', message: lastLine > line ? `${message} (linje ${line}–${lastLine})` : message, fix,
    };
  }
  return { data: doc.toJS() ?? {}, body, bodyStartLine, lineOf: lineLookup(doc, counter, offset) };
}

/** Read every collection under `contentDir`. `root` is what file paths are shown relative to. */
export function readContent(contentDir: string, root: string): {
  entries: RawEntry[]; problems: Problem[]; unreadable: Array<Pick<RawEntry, 'collection' | 'id'>>;
} {
  const entries: RawEntry[] = [];
  const problems: Problem[] = [];
  const unreadable: Array<Pick<RawEntry, 'collection' | 'id'>> = [];
  for (const name of collectionNames) {
    const def: CollectionDef = collectionDefs[name];
    const dir = join(contentDir, def.dir);
    for (const rel of matchFiles(dir, def.pattern)) {
      const abs = join(dir, rel);
      const file = relative(root, abs).split('\\').join('/');
      const id = def.idFromPath(rel);
      const badId = idNameProblem(name, id, file);
      if (badId) problems.push(badId);
      const decoded = decodeContentFile(readFileSync(abs), file);
      if (decoded.problem) problems.push(decoded.problem);
      const parsed = decoded.text === undefined ? undefined : parseEntry(decoded.text, file, def.format);
      if (!parsed || 'message' in parsed) {
        if (parsed) problems.push(parsed);
        unreadable.push({ collection: name, id });
        continue;
      }
      entries.push({ collection: name, id, file, ...parsed });
    }
  }
  return { entries, problems, unreadable };
}

export type { Entry };
