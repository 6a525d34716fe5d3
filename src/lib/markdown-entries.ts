import { markdownToMdast, mdxToMdast, type MdastNode } from 'satteri';
import type { ContentEntryType } from 'astro';
import type { Loader, LoaderContext } from 'astro/loaders';
import { MARKDOWN_FEATURES } from './markdown-features.ts';
import type { Problem } from './problems.ts';

/**
 * Decisions are MDX files without components (src/lib/collections.ts: `renderAs: 'markdown'`),
 * so the build renders them as Markdown: once, when the content layer syncs, into Astro's content
 * store, and both the meeting page and the decision's own page show that HTML. As MDX, every
 * decision was a module that Vite compiled and bundled (four in five MDX files of the archive)
 * and was rendered again on each page that shows it. docs/performance.md has the measurements.
 *
 * The two readings agree on everything the content check lets through (no components, no HTML,
 * no { }), except where Markdown is wider: text indented by four spaces is code in Markdown and a
 * paragraph in MDX. `markdownReadingProblem` refuses a body the two parsers read differently, so
 * the page says what the file says either way.
 */

/** A tree without positions, for comparing what two parsers read. */
const shape = (node: MdastNode) => JSON.stringify(node, (key, value) => (key === 'position' ? undefined : value));

/** A problem when Markdown reads `body` (already valid MDX) differently from MDX; undefined otherwise. */
export function markdownReadingProblem(file: string, body: string, bodyStartLine: number): Problem | undefined {
  const source = '\n'.repeat(Math.max(0, bodyStartLine - 1)) + body;
  const asMdx = mdxToMdast(source, { features: MARKDOWN_FEATURES }) as { children: MdastNode[] };
  const asMarkdown = markdownToMdast(source, { features: MARKDOWN_FEATURES }) as { children: MdastNode[] };
  if (shape(asMdx as MdastNode) === shape(asMarkdown as MdastNode)) return undefined;
  const at = asMarkdown.children.findIndex((node, i) => !asMdx.children[i] || shape(node) !== shape(asMdx.children[i]));
  const node = asMarkdown.children[Math.max(0, at)] as { position?: { start: { line: number; column: number } } } | undefined;
  return {
    file,
    line: node?.position?.start.line ?? bodyStartLine,
    column: node?.position?.start.column,
    field: '(teksten)',
    message: 'teksten kan læses på to måder: en linje, der er rykket ind med fire mellemrum eller et tabulatortegn, vises som kode på siden',
    fix: 'Fjern indrykningen i starten af linjen.',
  };
}

/**
 * A loader that reads the MDX files of `loader` with Astro's Markdown entry type: the front matter
 * as before, the body rendered by the site's Markdown processor (astro.config.mjs) into the content
 * store instead of compiled into a module. The content layer hands loaders its entry types by
 * extension (`entryTypes`, Astro 7.3: not in the LoaderContext type), so the build stops with a
 * clear message if a later Astro no longer does.
 */
export function mdxAsMarkdown(loader: Loader): Loader {
  return {
    ...loader,
    load: (context: LoaderContext) => {
      const entryTypes = (context as LoaderContext & { entryTypes?: Map<string, ContentEntryType> }).entryTypes;
      const markdown = entryTypes?.get('.md');
      if (!markdown?.getRenderFunction) {
        throw new Error('Astro gav ikke indholdslaget sin Markdown-indgangstype (entryTypes); src/lib/markdown-entries.ts skal tilpasses denne version af Astro.');
      }
      const mdxAsMd: ContentEntryType = {
        ...markdown,
        async getRenderFunction(config) {
          const render = await markdown.getRenderFunction!(config);
          // Markdown ends the HTML with a newline where MDX does not: trimmed, so the pages are byte for byte what they were.
          return async (entry) => {
            const rendered = await render(entry);
            return { ...rendered, html: rendered.html.replace(/\n$/, '') };
          };
        },
      };
      return loader.load({ ...context, entryTypes: new Map([...entryTypes!, ['.mdx', mdxAsMd]]) } as LoaderContext);
    },
  };
}
