// expect: checks.passes=3 checks.fails=0 http_req_failed.passes=2 http_req_failed.fails=2 http_reqs.count=5 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

http.setResponseCallback(http.expectedStatuses(200, 404, { min: 300, max: 399 }));

export default function () {
  check(http.get(`${BASE}/status/404`), { '404 made expected': (r) => r.status === 404 }); // not failed
  check(http.get(`${BASE}/status/500`), { '500 still unexpected': (r) => r.status === 500 }); // failed
  http.get(`${BASE}/status/200`, { responseCallback: http.expectedStatuses(201) }); // failed
  // no callback: no http_req_failed sample at all
  http.get(`${BASE}/status/503`, { responseCallback: null });
  check(http.get(`${BASE}/status/302`, { redirects: 0 }), { 'a range': (r) => r.status === 302 }); // not failed
}
