// The browser that shows the VS Code workbench to the integration tests: a Chromium or
// Chrome installed on the system when there is one, otherwise the Chromium build that
// ships inside the @sparticuz/chromium dev dependency, so that `npm test` needs no
// system package.
import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';

const SYSTEM_BROWSERS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
// Offline and throwaway: no sandbox (we run as root in CI), no GPU, nothing that calls home.
const COMMON_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** Which browser launchBrowser() will start, for the run's first lines. */
export async function browserExecutable() {
  const system = process.env.CLIENT_NOTES_CHROMIUM ?? SYSTEM_BROWSERS.find((path) => existsSync(path));
  if (system) return { executablePath: system, args: COMMON_ARGS, description: system };
  // Unpacks its compressed build into the system temp folder on first use (a few seconds).
  const { default: bundled } = await import('@sparticuz/chromium');
  const executablePath = await bundled.executablePath();
  return { executablePath, args: [...new Set([...bundled.args, ...COMMON_ARGS])], description: `Chromium from @sparticuz/chromium (${executablePath})` };
}

/** Launches the browser headless; interrupts are left to the caller, which must also stop the server. */
export async function launchBrowser({ executablePath, args }) {
  return chromium.launch({
    executablePath,
    headless: true,
    args,
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
