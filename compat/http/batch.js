// expect: checks.passes=8 checks.fails=0 http_reqs.count=7 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default function () {
  const responses = http.batch([
    ['GET', `${BASE}/json`, null, { tags: { ctype: 'json' } }],
    ['POST', `${BASE}/echo`, 'hello'],
    `${BASE}/status/404`,
  ]);
  check(responses, {
    'array form keeps the order': (r) => r[0].status === 200 && r[1].status === 200 && r[2].status === 404,
    'bodies are read': (r) => r[0].json().name === 'jk6' && r[1].json().body === 'hello',
    'array of three': (r) => r.length === 3,
  });

  const named = http.batch({
    home: `${BASE}/`,
    echo: { method: 'PUT', url: `${BASE}/echo`, body: { a: '1' } },
    delayed: { method: 'GET', url: `${BASE}/delay/50` },
  });
  check(named, {
    'object form keeps the names': (r) => r.home.status === 200 && r.delayed.json().delay === 50,
    'object requests take a method and a body': (r) => r.echo.json().method === 'PUT' && r.echo.json().body === 'a=1',
  });

  const one = http.batch([{ method: 'GET', url: http.url`${BASE}/status/${201}` }]);
  check(one[0], {
    'templated URL in a batch': (r) => r.status === 201,
    'response has timings': (r) => r.timings.duration >= 0,
    'response has the final url': (r) => r.url === `${BASE}/status/201`,
  });
}
