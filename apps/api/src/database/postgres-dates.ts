import { types } from 'pg';

/**
 * Calendar dates are 'YYYY-MM-DD' strings everywhere in this product. node-postgres would parse a
 * DATE column into a JS Date at local midnight, which shifts with the server's time zone and
 * breaks raw analytics queries; keep the text as PostgreSQL sends it.
 */
types.setTypeParser(types.builtins.DATE, (value: string) => value);
