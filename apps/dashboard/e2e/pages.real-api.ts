// The pages built on the real API, driven in Chromium as the demo clinic's users, with a screenshot
// of each. Needs OUTCOMES_URL (see jest.real-api.config.js).
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { launchChromium, saveScreenshot, type LaunchedChromium } from './browser';

const BASE_URL = process.env['OUTCOMES_URL'];
const PASSWORD = 'demo-password-2026';
/** tools/seed's DEMO_TIMEZONE: the API judges "today" by the clinic's clock, so the browser does too. */
const CLINIC_TIME_ZONE = 'America/New_York';

/** The parts of GET /exports/codebook.json and /exports/<id>/manifest.json the export test reads. */
interface CodebookShape {
  files: { sessions: { columns: Array<{ name: string }> } };
}
interface ManifestShape {
  k: number;
  files: { sessions: { rows: number } };
}

if (!BASE_URL) {
  throw new Error('Set OUTCOMES_URL to a running API with the demo clinic, e.g. http://localhost:3100');
}

describe('dashboard on the real API (demo clinic)', () => {
  let browser: LaunchedChromium;

  beforeAll(async () => {
    browser = await launchChromium({ timezoneId: CLINIC_TIME_ZONE });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** A signed-in tab at the given viewport; page errors are collected for the final assertion. */
  async function signIn(email: string, viewport = { width: 1024, height: 768 }): Promise<{ page: Page; pageErrors: string[] }> {
    const page = await browser.newPage();
    await page.setViewportSize(viewport);
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    // Each test signs in afresh. (Signing in over another user's live session is refused by the
    // API today: it checks the login result against the old session's role. Reported.)
    await browser.context.clearCookies();
    await page.goto(`${BASE_URL}/login`);
    await page.getByLabel('Email').fill(email);
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname !== '/login');
    return { page, pageErrors };
  }

  it('therapist: caseload, patient page, and a session recorded with a same-day red flag', async () => {
    const { page, pageErrors } = await signIn('therapist1@demo.clinic');

    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    const caseload = page.getByRole('table', { name: /Your active episodes/ });
    await caseload.waitFor();
    await page.locator('.sparkline').first().waitFor();
    await saveScreenshot(page, 'real-caseload');

    // Sorted by next due date, then narrowed to the overdue: both in the address.
    await caseload.getByRole('button', { name: 'Next due' }).click();
    await page.waitForURL(/sort=nextDue&dir=ascending/);
    await saveScreenshot(page, 'real-caseload-by-due-date');

    // Every caseload row is an active episode, so its patient page offers "Record a session".
    await caseload.getByRole('rowheader').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Pain trajectory' }).waitFor();
    await page.locator('.recharts-line').first().waitFor();
    await saveScreenshot(page, 'real-patient');

    await page.getByRole('button', { name: 'By week' }).click();
    await page.getByRole('region', { name: 'Pain trajectory' }).getByRole('button', { name: 'Show as table' }).click();
    await page.getByRole('region', { name: 'Pain trajectory' }).getByRole('table').waitFor();
    await saveScreenshot(page, 'real-patient-week-table');

    {
      await page.getByRole('link', { name: 'Record a session' }).click();
      await page.getByRole('heading', { level: 1, name: 'Record a session' }).waitFor();
      await saveScreenshot(page, 'real-session-form');

      // Nothing chosen yet: the form marks what is missing and sends nothing.
      await page.getByRole('button', { name: 'Record session' }).click();
      await page.getByText('Choose the pain before the session (0–10).').waitFor();

      await page.getByRole('group', { name: /^Pain before the session/ }).getByRole('radio', { name: '6' }).check();
      await page.getByRole('group', { name: /^Pain after the session/ }).getByRole('radio', { name: '4' }).check();
      await page.getByRole('group', { name: 'Techniques' }).getByRole('checkbox', { name: 'Piriformis / deep-rotator release' }).check();
      await page.getByRole('group', { name: 'Regions worked' }).getByRole('checkbox', { name: 'Gluteals' }).check();
      await page.getByRole('group', { name: 'Position' }).getByRole('radio', { name: 'Side-lying' }).check();
      await page.getByRole('button', { name: '45' }).click();
      await page.getByRole('group', { name: /^Red flags/ }).getByRole('checkbox', { name: 'Saddle numbness' }).check();
      await page.getByRole('alert').filter({ hasText: 'Same-day medical referral needed' }).waitFor();
      await saveScreenshot(page, 'real-session-form-red-flag');

      // A double click stores one session (one client request id, and the button disables).
      await page.getByRole('button', { name: 'Record session' }).dblclick();
      await page.getByText(/recorded \(pain before 6\/10, 1 red flag: alert raised\)/).waitFor();
      await page.getByText('Open red flags').waitFor();
      await saveScreenshot(page, 'real-patient-after-session');
    }
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('owner: overview with the red-flag inbox, a referral, and the team page at 1280×800', async () => {
    const { page, pageErrors } = await signIn('owner@demo.clinic', { width: 1280, height: 800 });

    await page.getByRole('heading', { level: 1, name: 'Clinic overview' }).waitFor();
    await page.getByRole('region', { name: /Red flags/ }).waitFor();
    await page.getByRole('region', { name: /Red flags/ }).locator('li, .muted').first().waitFor();
    await page.getByText('Responders (≥ 30 % and ≥ 2 points)').waitFor();
    await page.locator('.recharts-line').first().waitFor();
    await page.getByRole('table', { name: /Therapists, raw and risk-adjusted/ }).waitFor();
    await saveScreenshot(page, 'real-overview');

    await page.getByLabel('Compare cohorts by').selectOption('FREQUENCY');
    await page.waitForURL(/by=FREQUENCY/);
    await page.getByRole('region', { name: 'Pain trajectory by week' }).getByText('Every other week').first().waitFor();
    await saveScreenshot(page, 'real-overview-by-frequency');
    await page.getByRole('region', { name: 'Time to response' }).getByRole('button', { name: 'Show as table' }).click();
    await page.getByRole('region', { name: 'Time to response' }).getByRole('table').waitFor();
    await page.goto(`${BASE_URL}/overview`);
    await page.getByRole('region', { name: /Red flags/ }).locator('li, .muted').first().waitFor();

    {
      // The therapist's test above raised at least one alert.
      await page.getByRole('button', { name: /^Record referral/ }).first().click();
      await page.getByRole('form', { name: 'Record referral' }).waitFor();
      await saveScreenshot(page, 'real-referral-form');
      await page.getByRole('button', { name: 'Save referral' }).click();
      await page.getByText('Referral recorded; the alert is closed.').waitFor();
    }

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Team' }).click();
    await page.getByRole('heading', { level: 1, name: 'Team' }).waitFor();
    await page.getByRole('table').waitFor();
    // The API's own refusal, inline: this email is taken.
    await page.getByLabel('Name').fill('Second Owner');
    await page.getByRole('region', { name: 'Add a user' }).getByLabel('Email').fill('owner@demo.clinic');
    await page.getByLabel('First password').fill('a long enough password');
    await page.getByRole('button', { name: 'Add user' }).click();
    await page.getByText('This email already has an account.').waitFor();
    await saveScreenshot(page, 'real-team');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit log' }).click();
    await page.getByRole('table', { name: 'Audit events, newest first' }).waitFor();
    await page.getByLabel('Action').selectOption('login.');
    await page.waitForURL(/action=login\./);
    await page.getByRole('table').getByText('login.success').first().waitFor();
    await saveScreenshot(page, 'real-audit');
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('researcher: aggregates with small cells suppressed, no patient or therapist anywhere', async () => {
    const { page, pageErrors } = await signIn('researcher@demo.clinic', { width: 1280, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Research' }).waitFor();
    await page.getByLabel('Compare cohorts by').selectOption('CAUSE');
    await page.waitForURL(/by=CAUSE/);
    await page.locator('.recharts-line').first().waitFor();
    await page.getByRole('region', { name: 'Responder rates' }).getByRole('button', { name: 'Show as table' }).click();
    await page.getByRole('region', { name: 'Responder rates' }).getByRole('table').waitFor();
    await saveScreenshot(page, 'real-research-by-cause');
    // The demo clinic has causes with 10 episodes or fewer: their cells read as suppressed, not as numbers.
    await page.getByRole('region', { name: 'Responder rates' }).getByText('suppressed (n ≤ 10)').first().waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual(['Research']);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('therapist: a medication report recorded on the patient page shows in its chart', async () => {
    const { page, pageErrors } = await signIn('therapist1@demo.clinic');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    // Another patient than the session test's: each test leaves its own records.
    await page.getByRole('table', { name: /Your active episodes/ }).getByRole('rowheader').last().getByRole('link').click();
    const medication = page.getByRole('region', { name: 'Pain medication' });
    await medication.waitFor();

    await medication.getByRole('button', { name: 'Record a medication report' }).click();
    // Nothing filled in: the form marks the opioid row and sends nothing.
    await medication.getByRole('button', { name: 'Add an opioid' }).click();
    await medication.getByRole('button', { name: 'Save report' }).click();
    await medication.getByText('Choose the opioid.').waitFor();

    const opioid = medication.getByRole('group', { name: 'Opioid 1' });
    await opioid.getByLabel('Opioid', { exact: true }).selectOption('OXYCODONE');
    await opioid.getByLabel('Strength (mg per dose)').fill('5');
    await opioid.getByLabel('Doses per day').fill('2');
    await opioid.getByText('15 MME/day').waitFor();
    await medication.getByLabel('NSAIDs').fill('7');
    await saveScreenshot(page, 'real-medication-form');
    await medication.getByRole('button', { name: 'Save report' }).click();

    const confirmation = medication.getByText(/^Medication report of .+ saved: 15 MME\/day of opioids\.$/);
    await confirmation.waitFor();
    const reportDate = /of (.+) saved/.exec((await confirmation.textContent()) ?? '')?.[1] ?? '';
    await medication.getByRole('button', { name: 'Show as table' }).click();
    const row = medication.getByRole('table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: reportDate, exact: true }) });
    expect(await row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining(['15', '7']));
    await saveScreenshot(page, 'real-patient-after-medication');

    // The other forms of the page open in place and close without a trace.
    const odi = page.getByRole('region', { name: 'Oswestry Disability Index' });
    await odi.getByRole('button', { name: 'Record an ODI questionnaire' }).click();
    await odi.getByRole('group', { name: '1. Pain intensity' }).getByRole('radio', { name: '3' }).check();
    await odi.getByText('1 of 10 sections answered: at least 8 are needed for a score.').waitFor();
    await saveScreenshot(page, 'real-odi-form');
    await odi.getByRole('button', { name: 'Cancel' }).click();
    const history = page.getByRole('region', { name: 'Session history' });
    await history.getByRole('button', { name: /^Edit the session of/ }).first().click();
    await history.getByRole('form', { name: 'Edit session' }).waitFor();
    await saveScreenshot(page, 'real-session-edit-form');
    await history.getByRole('button', { name: 'Cancel' }).click();
    await history.getByRole('table').waitFor();
    // Deleting is the owner's alone.
    expect(await history.getByRole('button', { name: /^Delete/ }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('researcher: an export of the cohort, its progress bars at 100 %, and a sessions file with its header row', async () => {
    const { page, pageErrors } = await signIn('researcher@demo.clinic', { width: 1280, height: 800 });
    await page.getByRole('heading', { level: 1, name: 'Research' }).waitFor();
    const panel = page.getByRole('region', { name: 'Anonymized export' });
    await panel.getByLabel('k (smallest group of patients)').fill('5');
    await panel.getByRole('button', { name: 'Export', exact: true }).click();

    await panel.getByText('Export ready: both files downloaded in full.').waitFor({ timeout: 60_000 });
    for (const name of ['Sessions file', 'Episodes file']) {
      expect(await panel.getByRole('progressbar', { name }).evaluate((bar) => (bar as HTMLProgressElement).value)).toBe(100);
    }
    const facts = (await panel.locator('dl').textContent()) ?? '';
    expect(facts).toMatch(/Export id[0-9a-f-]{36}/);
    expect(facts).toContain('k5');
    const announced = Number(/Sessions file([\d,]+) rows/.exec(facts)?.[1]?.replace(/,/g, ''));
    expect(announced).toBeGreaterThan(0);
    await saveScreenshot(page, 'real-research-export');

    const [download] = await Promise.all([page.waitForEvent('download'), panel.getByRole('link', { name: 'Save sessions.csv' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^outcomes-export-[0-9a-f]{8}-sessions\.csv$/);
    const csv = await readFile(await download.path(), 'utf8');
    const lines = csv.split('\r\n');
    // The header row is the codebook's sessions columns, in file order.
    const codebookHref = (await panel.getByRole('link', { name: 'Codebook (JSON)' }).getAttribute('href')) ?? '';
    expect(codebookHref).toBe('/exports/codebook.json?k=5');
    const codebook = (await (await page.request.get(`${BASE_URL}${codebookHref}`)).json()) as CodebookShape;
    const sessionColumns = codebook.files.sessions.columns.map((column) => column.name);
    expect(sessionColumns.slice(0, 3)).toEqual(['study_patient_id', 'study_episode_id', 'day_offset']);
    expect(lines[0]).toBe(sessionColumns.join(','));
    // Header, the rows announced in X-Export-Rows, and the empty string after the last line end.
    expect(lines).toHaveLength(announced + 2);
    const manifestHref = (await panel.getByRole('link', { name: 'Manifest (JSON)' }).getAttribute('href')) ?? '';
    const manifest = (await (await page.request.get(`${BASE_URL}${manifestHref}`)).json()) as ManifestShape;
    expect(manifest.files.sessions.rows).toBe(announced);
    expect(manifest.k).toBe(5);
    expect(pageErrors).toEqual([]);
    await page.close();
  });

  it('an expired session returns to login and then back to the page', async () => {
    const { page, pageErrors } = await signIn('therapist2@demo.clinic');
    await page.getByRole('heading', { level: 1, name: 'Caseload' }).waitFor();
    await page.getByRole('table', { name: /Your active episodes/ }).getByRole('rowheader').first().getByRole('link').click();
    await page.getByRole('region', { name: 'Pain trajectory' }).waitFor();
    const patientUrl = new URL(page.url());

    await browser.context.clearCookies();
    await page.reload();

    await page.waitForURL((url) => url.pathname === '/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe(patientUrl.pathname + patientUrl.search);
    await page.getByLabel('Email').fill('therapist2@demo.clinic');
    await page.getByLabel('Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === patientUrl.pathname);
    await page.getByRole('region', { name: 'Pain trajectory' }).waitFor();
    // The request that found the session gone fails with 401-like errors in the console: expected.
    expect(pageErrors.filter((message) => !/UNAUTHENTICATED|401|Log in first/i.test(message))).toEqual([]);
    await page.close();
  });

  it.each([
    ['therapist1@demo.clinic', 'Caseload', ['/overview', '/team', '/audit', '/research']],
    ['researcher@demo.clinic', 'Research', ['/overview', '/caseload', '/team', '/audit']],
    ['owner@demo.clinic', 'Clinic overview', ['/caseload', '/research']],
  ])('%s typing another role’s address is refused, with nothing fetched', async (email, home, refused) => {
    const { page } = await signIn(email);
    // The home page's own queries leave as soon as the address changes to it (the page preloads
    // them); they are the user's to see. Count from the home page on.
    await page.getByRole('heading', { level: 1, name: home }).waitFor();
    const operations: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) operations.push(String(request.postDataJSON()?.operationName ?? ''));
    });
    for (const address of refused) {
      await page.goto(`${BASE_URL}${address}`);
      await page.getByRole('heading', { level: 1, name: 'Not allowed' }).waitFor();
      await saveScreenshot(page, `refused-${email.split('@')[0]}-${address.slice(1)}`);
    }
    // Only the signed-in user's own record is asked for on a refused page.
    expect([...new Set(operations)]).toEqual(['Me']);
    await page.close();
  });
});
