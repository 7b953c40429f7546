/**
 * The bench's one door into the dashboard's browser harness: Debian's Chromium driven by
 * playwright-core, launched the way the dashboard's own browser tests launch it. The bench's
 * build compiles that file beside its own (project.json), so this import resolves in dist/ too.
 */
// eslint-disable-next-line @nx/enforce-module-boundaries -- one helper shared with the dashboard's browser tests rather than a copy of it
export { CHROMIUM_EXECUTABLE, launchChromium, type LaunchedChromium } from '../../../apps/dashboard/e2e/browser';
