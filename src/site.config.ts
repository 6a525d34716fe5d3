/**
 * The one place where the archive's public addresses are configured.
 * SITE_URL and BASE_PATH may be overridden from the environment so that the same
 * content can be built for GitHub Pages under a sub-path or for any other static host.
 */
const env = (typeof process !== 'undefined' ? process.env : {}) as Record<string, string | undefined>;

/** Absolute origin of the published site, without a trailing slash. */
// An empty variable counts as unset (a CI variable that is not defined expands to "").
export const SITE_URL = (env.SITE_URL || 'https://raadsarkivet.example.dk').replace(/\/$/, '');

/** Path prefix under the origin: '/' for a root deployment, '/raadsarkiv/' for a project page. */
export const BASE_PATH = normaliseBase(env.BASE_PATH || '/');

/**
 * A preview build (PREVIEW=true, "npm run preview:build") includes drafts. It is written to its
 * own folder so that it can never be deployed by mistake; dist/ only ever holds the public site.
 * Any step after "astro build" (e.g. a search index) must use OUT_DIR, not a fixed "dist".
 */
export const PREVIEW = env.PREVIEW === 'true';
export const OUT_DIR = PREVIEW ? 'dist-preview' : 'dist';

/** The repository whose history is the archive's change log (GitHub Actions sets it for the deploy). */
export const REPOSITORY_URL = (env.REPOSITORY_URL || 'https://github.com/danske-regioner/raadsarkivet').replace(/\/$/, '');

/** The branch that is published; its history is the history of the public site. */
export const PUBLISHED_BRANCH = 'main';

/** The list of commits that changed one content file: "<repository>/commits/main/<file>". */
export function changeHistoryUrl(file: string): string {
  return `${REPOSITORY_URL}/commits/${PUBLISHED_BRANCH}/${file.split('/').map(encodeURIComponent).join('/')}`;
}

/** The archive's name as shown in the header and in feeds. */
export const SITE_NAME = 'Rådsarkivet';

/** The council whose records this archive holds. */
export const SITE_DESCRIPTION = 'Det offentlige arkiv for Fagligt råd for genomisk medicin under Danske Regioner: referater, beslutninger og arbejdsprogram.';

/**
 * The official accessibility statement (Tilgængelighedserklæring). Danish public bodies publish
 * it on the Agency for Digital Government's platform; the address is set here once.
 */
export const ACCESSIBILITY_STATEMENT_URL = env.ACCESSIBILITY_STATEMENT_URL ?? 'https://www.was.digst.dk/raadsarkivet';

/** Where the public reports accessibility problems and errors in the records. */
export const CONTACT_EMAIL = 'raadsarkivet@regioner.dk';

/**
 * The Content-Security-Policy of every page: everything from the site itself, nothing inline.
 * Base.astro writes it as a meta tag; public/_headers states the same policy as an HTTP header
 * for Netlify / Cloudflare Pages (plus frame-ancestors, which only works as a header). The CSP
 * quality gate checks that the two agree.
 */
export const CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

function normaliseBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}
