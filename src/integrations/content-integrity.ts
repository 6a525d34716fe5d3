import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { checkContent, contentSummary } from '../lib/check.ts';
import { ContentError } from '../lib/problems.ts';

/**
 * Runs the content check before Astro builds anything, and stops the build on any problem.
 * Astro 7 only logs a dangling reference(), so the archive cannot rely on Astro for this.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'raadsarkivet:content-integrity',
    hooks: {
      'astro:config:setup': ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { archive, problems } = checkContent(root);
        if (problems.length > 0) throw new ContentError(problems);
        logger.info(`Indholdet er gyldigt: ${contentSummary(archive)}.${process.env.PREVIEW === 'true' ? ' Forhåndsvisning: udkast kommer med.' : ' Udkast kommer ikke med.'}`);
      },
    },
  };
}
