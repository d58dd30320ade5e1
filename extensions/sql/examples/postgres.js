// k6/x/sql on PostgreSQL (pgjdbc inside the bundle). The DSN is lib/pq's, as in xk6-sql:
//   PG_DSN='postgres://user:secret@127.0.0.1:5432/db?sslmode=disable' jk6 run extensions/sql/examples/postgres.js
// or key=value: 'host=127.0.0.1 port=5432 user=user password=secret dbname=db sslmode=disable'.
import sql from 'k6/x/sql';
import { check } from 'k6';

const db = sql.open('postgres', __ENV.PG_DSN);

export const options = { vus: 2, duration: '5s' };

export function setup() {
  db.exec('CREATE TABLE IF NOT EXISTS todos (id SERIAL PRIMARY KEY, title text NOT NULL, done boolean DEFAULT false)');
}

export function teardown() {
  db.exec('DROP TABLE todos');
  db.close();
}

export default function () {
  // PostgreSQL has no lastInsertId() (it throws lib/pq's error): RETURNING gives the id
  const [todo] = db.query('INSERT INTO todos (title) VALUES ($1) RETURNING id, title, done', `todo of VU ${__VU}`);
  const updated = db.exec('UPDATE todos SET done = true WHERE id = $1', todo.id);
  check(updated, { 'updated one row': (r) => r.rowsAffected() === 1 });
  check(db.query('SELECT done FROM todos WHERE id = $1', todo.id), { 'done': (rows) => rows[0].done === true });
}
