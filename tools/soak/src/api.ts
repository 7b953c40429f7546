/** The soak's one door into the API's code (the specs import the app itself). */
export { dataSourceOptions, type DatabaseTarget } from '@outcomes/api/src/database/data-source';
export { dialectOf } from '@outcomes/api/src/database/dialect';
export { createScratchDatabase, type ScratchDatabase } from '@outcomes/api/src/database/scratch-database';
