// expect: checks.passes=4 checks.fails=0 http_reqs.count=4 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default async function () {
  const res = await http.asyncRequest('GET', `${BASE}/json`);
  check(res, {
    'awaited response': (r) => r.status === 200 && r.json().name === 'jk6',
  });

  const started = Date.now();
  const all = await Promise.all([
    http.asyncRequest('GET', `${BASE}/delay/300`),
    http.asyncRequest('GET', `${BASE}/delay/300`),
    http.asyncRequest('POST', `${BASE}/echo`, 'async body', { headers: { 'X-Test': 'yes' } }),
  ]);
  const took = Date.now() - started;
  check(all, {
    'all settled': (r) => r[0].status === 200 && r[1].status === 200,
    'params and body sent': (r) => r[2].json().body === 'async body' && r[2].json().headers['X-test'] === 'yes',
    'ran in parallel': () => took < 580,
  });
}
