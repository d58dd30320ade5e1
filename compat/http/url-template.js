// expect: checks.passes=2 checks.fails=0 http_reqs.count=3 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default function () {
  for (const code of [200, 201]) {
    // both requests carry the name tag `${BASE}/status/${}`
    const res = http.get(http.url`${BASE}/status/${code}`);
    check(res, { [`status ${code}`]: (r) => r.status === code && r.url === `${BASE}/status/${code}` });
  }
  http.get(http.url`${BASE}/json`); // no value: named by its URL
}
