/**
 * Runs before `npm test`: the browser tests drive Debian's Chromium (no browser download works
 * on these machines). Installs the `chromium` package when it is missing and we may (root with
 * apt-get); otherwise stops with what to do.
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
  if (!canInstall) {
    console.error(`Chromium mangler (${path}). Installér Debians pakke: sudo apt-get install chromium – eller sæt CHROMIUM_PATH.`);
    process.exit(1);
  }
  console.log('Installerer Debians chromium til browsertestene …');
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
}
