/** Text as HTML text or attribute value: the one escaper for HTML written outside Astro's templates. */
export const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
