import { markdownToHtml } from 'satteri';
import { plainMarkdownProblem } from './sections.ts';

/**
 * Render a piece of the minutes' plain Markdown (an item's Indstilling) to HTML, for showing it
 * outside its meeting page. Uses Sätteri, the Markdown processor Astro itself uses, so the text
 * looks the same as on the meeting page. MDX components and HTML are refused with a message that
 * names the file and line (the integrity check reports the same before the build starts).
 */
export function renderPlainMarkdown(text: string, where: string): string {
  const problem = plainMarkdownProblem(text);
  if (problem) throw new Error(`${where}: teksten ${problem}. Skriv den som ren tekst (Markdown) uden komponenter og HTML.`);
  return markdownToHtml(text).html;
}
