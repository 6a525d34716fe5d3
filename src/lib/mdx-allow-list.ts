import type { MdastNode } from 'satteri';
import { parseMdxBody, walkMdast } from './mdx-body.ts';
import { describeMdxError, LITERAL_CHARACTERS } from './mdx-errors.ts';
import { componentExample, type ComponentSpec } from './mdx-components.ts';
import { nearest, type Problem } from './problems.ts';
import { capitalise } from './vocabulary.ts';

/**
 * What an MDX body may contain, checked on the tree of the build's own parser (src/lib/mdx-body.ts):
 * Markdown, and the archive's own components with literal attributes. Refused, each with a Danish
 * message at file:line:column: import/export (code that would run when the site is built), any
 * { … } expression in the text, any other element (HTML tags included), and links or images that
 * go anywhere but https:, http:, mailto: or a path on the site. Whatever passes compiles to
 * plain JSX with nothing to evaluate, so "npm run check passes" means "the MDX compiles".
 */

/** One of the archive's components as written in a body, with its literal attribute values. */
export interface ComponentElement {
  name: string;
  attrs: Record<string, string | number>;
  line: number;
  column: number;
  /** The components it stands inside, outermost first. */
  ancestors: ComponentElement[];
}

export interface MdxBodyCheck {
  problems: Problem[];
  /** The components, in document order; undefined when the body could not be parsed. */
  elements?: ComponentElement[];
}

/**
 * A link or image address the site may carry: https:, http:, mailto:, or a path on the site itself.
 * An image must be https:, http: or a path from the site's root ("/…"): the build imports an image
 * with a relative path as a module, and stops on an address that decodeURI cannot read.
 */
function isAllowedUrl(url: string, kind: 'link' | 'image' = 'link'): boolean {
  if (/[\u0000-\u0020\\]/.test(url)) return false;
  // "/x" and "#x" stay on the site; "//host" is read by browsers as another host.
  const onSite = /^\/(?!\/)/.test(url);
  if (kind === 'image') return (onSite || /^https?:\/\//i.test(url)) && decodes(url);
  if (/^(https?:\/\/|mailto:)/i.test(url) || onSite || url.startsWith('#')) return true;
  // A relative path ("bilag.pdf") has no scheme: nothing before the first "/", "?" or "#" holds a ":".
  return url !== '' && !url.startsWith('/') && !/^[^/?#]*:/.test(url);
}

function decodes(url: string): boolean {
  try {
    decodeURI(url);
    return true;
  } catch {
    return false;
  }
}

export function checkMdxBody(file: string, body: string, bodyStartLine: number, components: ComponentSpec): MdxBodyCheck {
  const parsed = parseMdxBody(body, bodyStartLine);
  const esmProblems: Problem[] = parsed.esmLines.map(({ line, word, text }) => ({ file, line, column: 1, field: '(teksten)', value: text, ...esmLineMessage(word) }));
  if (parsed.error) {
    const { message, fix } = describeMdxError(parsed.error.reason);
    return { problems: [...esmProblems, { file, line: parsed.error.line, column: parsed.error.column, field: '(teksten)', message, fix }] };
  }
  const problems: Problem[] = [...esmProblems];
  const elements: ComponentElement[] = [];
  const byNode = new Map<MdastNode, ComponentElement>();
  const names = Object.keys(components);
  for (const { node, ancestors } of walkMdast(parsed.tree)) {
    const at = positionOf(node);
    const report = (field: string, value: unknown, message: string, fix: string) =>
      problems.push({ file, ...at, field, value, message, fix });
    const n = node as MdastNode & { value?: string; url?: string; name?: string | null; attributes?: JsxAttribute[] };
    switch (node.type) {
      // parseMdxBody takes import/export lines out before parsing; this stays for any other form MDX might read as ESM.
      case 'mdxjsEsm': {
        const { message, fix } = esmLineMessage(/^\s*(\w+)/.exec(n.value ?? '')?.[1] ?? 'import');
        report('(teksten)', firstLine(n.value), message, fix);
        break;
      }
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        report('(teksten)', `{${n.value ?? ''}}`, '{ … } læses som programkode (et udtryk), ikke som tekst; kun arkivets komponenter må have tal i { }, fx nr={2}',
          `${LITERAL_CHARACTERS} Fx \\{budget\\}.`);
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = n.name ?? '';
        if (!name) {
          report('(teksten)', '<>', 'et tomt tag <> er ikke tilladt', LITERAL_CHARACTERS);
          break;
        }
        if (!names.includes(name)) {
          report(`<${name}>`, name, ...unknownElement(name, names));
          break;
        }
        const element = componentElement(name, n.attributes ?? [], components[name], report);
        element.line = at.line;
        element.column = at.column;
        element.ancestors = ancestors.flatMap((a) => byNode.get(a) ?? []);
        byNode.set(node, element);
        elements.push(element);
        break;
      }
      case 'html':
        report('(teksten)', firstLine(n.value), 'rå HTML er ikke tilladt', `Brug Markdown i stedet. ${LITERAL_CHARACTERS}`);
        break;
      case 'link':
      case 'image':
      case 'definition':
        if (!isAllowedUrl(n.url ?? '', node.type === 'image' ? 'image' : 'link')) {
          if (node.type === 'image') {
            report('(billede)', n.url, `billedets adresse "${n.url}" er ikke tilladt: et billede skal hentes fra https:, http: eller en adresse i arkivet, der begynder med /`,
              'Læg billedet i public/ og skriv ![beskrivelse](/sti/til/billede.png), eller skriv hele adressen med https://.');
          } else {
            report('(link)', n.url, `adressen "${n.url}" er ikke tilladt: et link må kun gå til https:, http:, mailto: eller en side i arkivet`,
              'Skriv hele adressen med https://, fx [Danske Regioner](https://www.regioner.dk), eller en adresse i arkivet, der begynder med /.');
          }
        }
        break;
      default:
        break;
    }
  }
  return { problems, elements };
}

interface JsxAttribute {
  type: string;
  name?: string;
  value?: string | { type: string; value: string } | null;
}

function componentElement(
  name: string, attributes: JsxAttribute[], spec: ComponentSpec[string],
  report: (field: string, value: unknown, message: string, fix: string) => void,
): ComponentElement {
  const attrs: Record<string, string | number> = {};
  for (const attr of attributes) {
    if (attr.type !== 'mdxJsxAttribute' || !attr.name) {
      report(`<${name}>`, typeof attr.value === 'string' ? `{${attr.value}}` : undefined, `<${name}> må ikke have { … } blandt sine egenskaber`, componentExample(name));
      continue;
    }
    const kind = spec[attr.name];
    const field = `<${name} ${attr.name}>`;
    if (!kind) {
      const known = Object.keys(spec);
      report(field, attr.name, `<${name}> har ingen egenskab "${attr.name}"`,
        known.length ? `Brug kun ${known.join(' og ')}. ${componentExample(name)}` : `Slet "${attr.name}". ${componentExample(name)}`);
      continue;
    }
    const value = attr.value;
    if (value === null || value === undefined) {
      report(field, undefined, `${attr.name} på <${name}> mangler en værdi`, componentExample(name));
    } else if (typeof value === 'string') {
      if (kind === 'number') report(field, value, `${attr.name} skal være et tal skrevet i { }, ikke i citationstegn`, `Skriv ${attr.name}={${value.trim() || 2}}.`);
      else attrs[attr.name] = value;
    } else if (kind === 'number' && /^\s*\d+\s*$/.test(value.value)) {
      attrs[attr.name] = Number(value.value);
    } else {
      report(field, `{${value.value}}`, kind === 'number'
        ? `${attr.name} skal være et helt tal, fx ${attr.name}={2}; andet må ikke stå i { }`
        : `${attr.name} skal være en tekst i citationstegn; { … } må kun indeholde et tal`,
      kind === 'number' ? `Skriv ${attr.name}={2} med punktets nummer.` : `Skriv ${attr.name}="…".`);
    }
  }
  for (const required of Object.keys(spec)) {
    if (!(required in attrs) && !attributes.some((a) => a.name === required)) {
      report(`<${name} ${required}>`, undefined, `<${name}> mangler ${required}`, componentExample(name));
    }
  }
  return { name, attrs, line: 0, column: 0, ancestors: [] };
}

function unknownElement(name: string, allowed: string[]): [string, string] {
  const list = allowed.map((c) => `<${c}>`).join(', ');
  const onlyMarkdown = 'Brug Markdown: tom linje for nyt afsnit, **fed**, *kursiv*, - punktopstilling og [tekst](https://…) for links.';
  if (/^[a-z]/.test(name) || /[.:]/.test(name)) {
    return [`HTML-tagget <${name}> er ikke tilladt; ${allowed.length ? `teksten må kun bruge Markdown og arkivets komponenter (${list})` : 'teksten må kun bruge Markdown'}`,
      `${onlyMarkdown} Skal tegnet < stå i teksten, så skriv \\<${name}> eller &lt;${name}>.`];
  }
  if (allowed.length === 0) {
    return [`komponenten <${name}> kan ikke bruges her; denne tekst vises uden komponenter`, `${onlyMarkdown} Komponenterne (fx <Punkt>) hører kun til i et mødereferat.`];
  }
  return [`ukendt komponent <${name}>`, `Mente du <${nearest(name, allowed, 1)[0]}>? Et mødereferat kan bruge ${list}.`];
}

/** The components of an entry's body, for rules about their order and numbers; undefined if it cannot be parsed. */
export function componentElements(entry: { file: string; body?: string; bodyStartLine?: number }, components: ComponentSpec): ComponentElement[] | undefined {
  return checkMdxBody(entry.file, entry.body ?? '', entry.bodyStartLine ?? 1, components).elements;
}

function positionOf(node: MdastNode): { line: number; column: number } {
  const start = (node as { position?: { start: { line: number; column: number } } }).position?.start;
  return { line: start?.line ?? 1, column: start?.column ?? 1 };
}

function firstLine(text: string | undefined): string {
  const line = (text ?? '').split('\n')[0];
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

/** A line that begins with import or export: MDX reads it as code that would run when the site is built. */
function esmLineMessage(word: string): { message: string; fix: string } {
  return {
    message: `linjen begynder med ordet "${word}" og læses derfor som programkode (import/export), der ville blive kørt, når siden bygges`,
    fix: `Skriv ordet med stort begyndelsesbogstav ("${capitalise(word)} …"), eller skriv &#${word.charCodeAt(0)};${word.slice(1)}, så linjen læses som tekst.`,
  };
}
