// Proof that the browser harness works: build the dashboard, serve dist/ from a local static
// server, open it in Chromium and save screenshots. /graphql is a two-answer stand-in here; the
// end-to-end tests against the real API come with the API.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, REPO_ROOT, saveScreenshot, type LaunchedChromium } from './browser';
import { serveStatic, type GraphQLRequestBody, type StaticServer } from './staticServer';

const DIST = path.join(REPO_ROOT, 'apps/dashboard/dist');

const unauthenticated = (message: string) => ({ message, extensions: { code: 'UNAUTHENTICATED' } });

/** A server with no sessions: nobody is signed in and every password is wrong. */
function noSessionsApi(body: GraphQLRequestBody): unknown {
  switch (body.operationName) {
    case 'Login':
      return { data: { login: null }, errors: [unauthenticated('Email or password is incorrect.')] };
    default:
      return { data: null, errors: [unauthenticated('You are not signed in.')] };
  }
}

describe('dashboard in Chromium (static build)', () => {
  let server: StaticServer;
  let browser: LaunchedChromium;
  const graphQLOperations: string[] = [];

  beforeAll(async () => {
    execFileSync(
      process.execPath,
      [path.join(REPO_ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/dashboard/vite.config.mts', '--logLevel', 'warn'],
      // Jest sets NODE_ENV=test, which would make Vite bundle React's development build.
      { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } },
    );
    server = await serveStatic(DIST, (body) => {
      graphQLOperations.push(body.operationName ?? '(anonymous)');
      return noSessionsApi(body);
    });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A new tab that collects uncaught exceptions and console errors (failed loads included). */
  async function openPage(): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await browser.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    return { page, pageErrors };
  }

  it('renders the login page', async () => {
    const { page, pageErrors } = await openPage();

    await page.goto(`${server.url}/login?next=%2Fcaseload`);

    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(await page.getByLabel('Email').isVisible()).toBe(true);
    expect(await page.getByLabel('Password').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Sign in' }).isEnabled()).toBe(true);
    // The stylesheet loaded: the login card is centred in the 1024-px viewport.
    const card = await page.locator('.login-card').boundingBox();
    expect(card).not.toBeNull();
    expect(Math.abs((card?.x ?? 0) * 2 + (card?.width ?? 0) - 1024)).toBeLessThan(4);
    await saveScreenshot(page, 'login');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it("shows the API's error beside the form after a real HTTP round trip", async () => {
    const { page, pageErrors } = await openPage();
    await page.goto(`${server.url}/login`);

    await page.getByLabel('Email').fill('dana@clinic.example');
    await page.getByLabel('Password').fill('not the password');
    await page.keyboard.press('Enter');

    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe('Email or password is incorrect.');
    expect(new URL(page.url()).pathname).toBe('/login');
    await saveScreenshot(page, 'login-error');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('sends a visitor without a session to /login?next=<where they were>', async () => {
    const { page, pageErrors } = await openPage();

    await page.goto(`${server.url}/caseload`);

    await page.waitForURL(`${server.url}/login?next=%2Fcaseload`);
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    expect(graphQLOperations).toContain('Me');
    expect(pageErrors).toEqual([]);
    await page.close();
  });
});
