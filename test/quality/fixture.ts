/**
 * A tiny built site, written to a temp folder, for the gate self-tests: one correct page ("/")
 * that every gate must pass, and deliberately broken pages that every gate must fail, each with
 * a message naming the page and the problem. Built for the base path /arkiv/ so that the gates'
 * base-path handling is tested too.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const FIXTURE_BASE = '/arkiv/';
export const FIXTURE_SITE_URL = 'https://fixture.example';
export const FIXTURE_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'";

const head = (title: string, extra = '', csp = true) => `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${csp ? `<meta http-equiv="Content-Security-Policy" content="${FIXTURE_POLICY}"><meta name="referrer" content="no-referrer">` : ''}
<title>${title}</title>
<link rel="stylesheet" href="/arkiv/style.css">${extra}
</head>`;

const GOOD = `${head('Prøveside')}
<body>
<a class="skip-link" href="#indhold">Gå til indhold</a>
<header><nav aria-label="Hovedmenu"><ul><li><a href="/arkiv/">Forside</a></li><li><a href="/arkiv/broken/">Fejlside</a></li></ul></nav></header>
<main id="indhold" tabindex="-1">
<h1>Prøveside</h1>
<p id="afsnit">Et afsnit med et <a href="#afsnit">anker</a> og et <a href="/arkiv/broken/#fejl">anker på en anden side</a>.</p>
<img src="/arkiv/pic.svg" alt="En blå firkant">
<p>Fast adresse: <a class="address" href="/arkiv/">https://fixture.example/arkiv/</a></p>
<p><a class="print-url" href="/arkiv/bilag.pdf" data-print-url="https://fixture.example/arkiv/bilag.pdf">Bilag 1</a></p>
</main>
<footer><p>Sidefod</p></footer>
</body>
</html>
`;

/** Missing alt text, dead anchors, invalid nesting, inline style and script, no skip link, … */
const BROKEN = `${head('Fejlside', '\n<link rel="stylesheet" href="/arkiv/broken.css">')}
<body>
<nav aria-label="Hovedmenu"><ul><li><a class="no-focus" href="/arkiv/">Forside</a></li></ul></nav>
<main id="indhold">
<h1 id="fejl">Fejlside</h1>
<img src="/arkiv/pic.svg">
<p><a href="#findes-ikke">Et dødt anker</a>, <a href="/arkiv/#findes-heller-ikke">et dødt anker på en anden side</a>, <a href="/broken/">et link uden basissti</a> og <a href="/arkiv/mangler/">en side, der ikke findes</a>.</p>
<ul><div>Ugyldig indlejring</div></ul>
<p style="font-weight: bold">Indlejret stil</p>
<script>document.title = 'Ændret';</script>
<div class="wide">En boks med fast bredde</div>
<p class="clipped">En lang tekst, der bliver skåret af, fordi boksen skjuler det, der ikke kan være i den.</p>
<p><a href="/arkiv/bilag.pdf">Bilag uden adresse på papir</a></p>
<p class="trap"><a href="#fejl">Fælde 1</a> <a href="#fejl">Fælde 2</a></p>
<script src="/arkiv/trap.js"></script>
</main>
<footer><p>Sidefod</p></footer>
</body>
</html>
`;

/** No CSP; loads from another host and a missing file. */
const LEAKY = `${head('Utæt side', '', false)}
<body>
<a class="skip-link" href="#indhold">Gå til indhold</a>
<main id="indhold" tabindex="-1">
<h1>Utæt side</h1>
<img src="http://example.invalid/sporing.png" alt="Ekstern">
<img src="/arkiv/mangler.png" alt="Mangler">
</main>
</body>
</html>
`;

const STYLE = `body { margin: 0; font-family: sans-serif; line-height: 1.5; color: #1b1b1b; background: #fff; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; }
main:focus { outline: none; }
a { color: #0a4f86; }
:focus-visible { outline: 3px solid #1b1b1b; outline-offset: 2px; }
.skip-link { position: absolute; left: -9999px; top: 0; background: #ffbf47; color: #1b1b1b; padding: 0.5rem; }
.skip-link:focus { left: 0.5rem; }
.address { overflow-wrap: anywhere; }
@media print {
  @page { size: A4; }
  header, nav, footer, .skip-link { display: none; }
  .print-url::after { content: ' (' attr(data-print-url) ')'; }
}
`;

const BROKEN_STYLE = `.no-focus:focus-visible { outline: none; box-shadow: none; }
.wide { width: 50rem; background: #eee; }
.clipped { width: 8rem; height: 1.5rem; overflow: hidden; white-space: nowrap; }
@media print {
  @page { size: letter; }
  nav { display: block; }
}
`;

export function writeFixtureSite(): string {
  const dir = mkdtempSync(join(tmpdir(), 'raadsarkiv-gates-'));
  const files: Record<string, string> = {
    'index.html': GOOD,
    'broken/index.html': BROKEN,
    'leaky/index.html': LEAKY,
    'style.css': STYLE,
    'broken.css': BROKEN_STYLE,
    'pic.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20"><rect width="20" height="20" fill="#0a4f86"/></svg>',
    'bilag.pdf': '%PDF-1.4\n%%EOF\n',
    // A keyboard trap: Tab on the last trap link goes back to the first one.
    'trap.js': `const links = document.querySelectorAll('.trap a');
links[1].addEventListener('keydown', (e) => { if (e.key === 'Tab' && !e.shiftKey) { e.preventDefault(); links[0].focus(); } });
`,
    _headers: `/*\n  Content-Security-Policy: ${FIXTURE_POLICY}; frame-ancestors 'none'\n  Referrer-Policy: no-referrer\n`,
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}
