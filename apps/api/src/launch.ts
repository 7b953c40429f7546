/**
 * How the API process is started: `npm start`, the benchmark, the soak and the browser tests all
 * start it with these (launch.spec checks that package.json's start script and the browser tests'
 * launcher do). Both can only be set when the process starts:
 * - `--max-semi-space-size=2`: V8's young generation at 2 × 2 MB instead of up to 2 × 16 MB;
 * - `MALLOC_MMAP_THRESHOLD_=131072`: glibc gives large blocks (argon2id's 19 MiB per password
 *   hash) back to the system when freed, instead of keeping one per libuv thread after the first
 *   logins (+76 MB on the bench).
 * With them the API stayed at 141–149 MB resident through the L bench's export, against 266–272 MB
 * without (see tools/bench/PERFORMANCE.md). 2 MB rather than 4 MB semi-spaces: the peak of a
 * sign-in followed by three exports went from 150 to 144 MB (L, the largest clinic, after 100
 * overview requests, same process state; the sign-in's password hash alone is about 19 MB of
 * that), the overview's p50 unchanged within noise (its figures are mostly kept, see
 * CubeFigureCache). heap-settings.ts sets what can be set at run time.
 */
export const API_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=2'];
export const API_ENVIRONMENT: Readonly<Record<string, string>> = { MALLOC_MMAP_THRESHOLD_: '131072' };
