import { setFlagsFromString } from 'node:v8';

/**
 * V8 settings of the API process that take effect while it runs, applied before anything else is
 * loaded (main.ts imports this module first). The young generation's size (--max-semi-space-size)
 * and the C allocator's behaviour (MALLOC_MMAP_THRESHOLD_) can only be set when the process
 * starts, in its start command.
 *
 * Collect the old generation once it has grown 20 % past what the last full collection kept,
 * instead of V8's up to 4x on a machine with gigabytes free: under tools/bench's 20 GraphQL clients
 * (S, PostgreSQL) the old generation otherwise filled with dead request objects up to 188 MB (heap
 * 232 MB, resident 375 MB) before a full collection; with this at most 57 MB (heap 103 MB,
 * resident 250 MB), the API's CPU per request unchanged within the bench's noise. Node documents
 * flags set after start-up as unsupported; this one is read at each full collection (checked: it
 * takes effect).
 */
setFlagsFromString('--heap-growing-percent=20');
