/**
 * MDX body → plain text for feeds, CSV and OParl: the decision texts are short paragraphs of
 * Markdown, possibly with a component tag or a link. Paragraphs are kept, mark-up is dropped.
 */
export function mdxToPlainText(body: string | undefined): string {
  if (!body) return '';
  return body
    .replace(/^\s*(import|export)\s.*$/gm, '')
    .replace(/\{\/\*[\s\S]*?\*\/\}/g, '')
    .replace(/<\/?[A-Za-z][^>]*>/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/(\*\*|__)(.+?)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?!\s)(.+?)\*(?!\w)/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s*\n\s*/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}
