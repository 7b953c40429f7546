/** The seed tool's one door into the API's code. */
export { createTestDatabase, type TestDatabase } from '@outcomes/api/test/support/test-database';
