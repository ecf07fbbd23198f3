// Browser tests drive Debian's Chromium (no test tool may download a browser); the PDF tests read
// files back with poppler and qpdf. Where one is missing: install it with apt-get when running as
// root, otherwise say exactly what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const needed = [];
if (!existsSync(chromium)) needed.push('chromium');
if (!existsSync('/usr/bin/pdftotext')) needed.push('poppler-utils');
// The tagged-PDF test reads the structure tree back with qpdf --json.
if (!existsSync('/usr/bin/qpdf')) needed.push('qpdf');

if (needed.length > 0) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log(`Installing Debian packages for the browser tests: ${needed.join(' ')}`);
    execFileSync('apt-get', ['update'], { stdio: 'inherit' });
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...needed], { stdio: 'inherit' });
  } else {
    console.error(
      `The browser tests need Debian's ${needed.join(' and ')}.\n` +
        `Install with:  sudo apt-get update && sudo apt-get install -y ${needed.join(' ')}\n` +
        `or point CHROMIUM_PATH at an existing Chromium binary.`,
    );
    process.exit(1);
  }
}
