// Debian's Chromium driven by playwright-core (no Playwright-managed browser download).
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_EXECUTABLE = '/usr/bin/chromium';

/** Quiet and deterministic: no sandbox (containers), no GPU, nothing phoning home. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SCREENSHOT_DIR = path.join(REPO_ROOT, 'test-results', 'screenshots');

/** The dashboard's smallest supported screen. */
export const DEFAULT_VIEWPORT = { width: 1024, height: 768 } as const;

export interface LaunchedChromium {
  context: BrowserContext;
  newPage: () => Promise<Page>;
  /** Closes the browser and deletes its profile. */
  close: () => Promise<void>;
}

/**
 * Launches headless Chromium with a fresh profile in a temporary directory. Playwright passes the
 * directory as `--user-data-dir` itself (it refuses that flag in `args`), which is why this is a
 * persistent context rather than `chromium.launch()`.
 */
export async function launchChromium(
  options: { viewport?: { width: number; height: number }; timezoneId?: string } = {},
): Promise<LaunchedChromium> {
  const userDataDir = await mkdtemp(path.join(tmpdir(), 'outcomes-chromium-'));
  try {
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      args: [...CHROMIUM_ARGS],
      viewport: options.viewport ?? DEFAULT_VIEWPORT,
      // The browser's clock decides "today" in forms; a clinic's browsers run on the clinic's time zone.
      ...(options.timezoneId ? { timezoneId: options.timezoneId } : {}),
    });
    return {
      context,
      newPage: () => context.newPage(),
      close: async () => {
        await context.close();
        await rm(userDataDir, { recursive: true, force: true });
      },
    };
  } catch (launchError) {
    await rm(userDataDir, { recursive: true, force: true });
    throw launchError;
  }
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png at the repository root. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) {
    throw new Error(`Screenshot name "${name}" must be kebab-case letters, digits and hyphens`);
  }
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
