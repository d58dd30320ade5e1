// k6/x/sql on SQLite, as xk6-sql's README runs it. With the extension deployed:
//   cp $JK6_HOME/extensions/jk6-ext-sql-*.jar $JK6_HOME/deploy/
//   jk6 run extensions/sql/examples/sqlite.js
// Each VU opens its own connection in the init code; the file is shared (SQLite locks it per write).
import sql from 'k6/x/sql';
import { check } from 'k6';

const db = sql.open('sqlite3', __ENV.SQLITE_DB || './test.db');

export const options = { vus: 2, iterations: 10 };

export function setup() {
  db.exec(`CREATE TABLE IF NOT EXISTS keyvalues (
             id integer PRIMARY KEY AUTOINCREMENT,
             key varchar NOT NULL,
             value varchar)`);
}

export function teardown() {
  console.log(`rows: ${JSON.stringify(db.query('SELECT count(*) AS n FROM keyvalues'))}`);
  db.close();
}

export default function () {
  const result = db.exec('INSERT INTO keyvalues (key, value) VALUES ($1, $2)', 'plugin-name', `vu ${__VU} iteration ${__ITER}`);
  check(result, { 'one row inserted': (r) => r.rowsAffected() === 1 });

  // rows are plain objects: JSON.stringify, Object.keys, spread and for...in see the columns
  const rows = db.query('SELECT * FROM keyvalues WHERE id = $1', result.lastInsertId());
  for (const row of rows) {
    console.log(`key: ${row.key}, value: ${row.value} ${JSON.stringify(row)}`);
  }
}
