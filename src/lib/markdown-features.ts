import type { Features } from 'satteri';

/**
 * The Sätteri parser features of the build (astro.config.mjs, for Markdown and MDX alike), in one
 * place, so that the content check parses each MDX body exactly as the build will
 * (src/lib/mdx-body.ts). GFM is Sätteri's default; smart punctuation is off because the minutes'
 * straight quotes are the source's words (docs/decisions/0001-markdown-processor.md).
 */
export const MARKDOWN_FEATURES: Features = { gfm: true, smartPunctuation: false };
