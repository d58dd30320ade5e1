// The bundled example: a k6 script, unchanged k6 API. Run it with ./demo.sh, which starts the
// local test target and passes its address as TARGET.
import http from 'k6/http';
import { check, group, sleep } from 'k6';
import { Trend } from 'k6/metrics';

const TARGET = __ENV.TARGET || 'http://127.0.0.1:8080';
const jsonLatency = new Trend('json_latency', true);

export const options = {
  stages: [
    { duration: '3s', target: 10 },
    { duration: '4s', target: 10 },
    { duration: '3s', target: 0 },
  ],
  thresholds: {
    http_req_failed: ['rate<0.01'],
    http_req_duration: ['p(95)<200'],
    checks: ['rate>0.99'],
  },
};

export default function () {
  group('home', () => {
    const res = http.get(`${TARGET}/`);
    check(res, { 'status is 200': (r) => r.status === 200 });
  });
  group('api', () => {
    const res = http.get(`${TARGET}/json`, { tags: { name: 'json' } });
    jsonLatency.add(res.timings.duration);
    check(res, { 'json has items': (r) => r.json().items.length === 3 });
  });
  sleep(0.1);
}
