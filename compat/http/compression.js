// expect: checks.passes=5 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default function () {
  check(http.get(`${BASE}/gzip`), {
    'gzip response decoded': (r) => r.json().gzipped === true,
    'its header kept, as k6': (r) => r.headers['Content-Encoding'] === 'gzip',
  });
  check(http.get(`${BASE}/deflate`), { 'deflate response decoded': (r) => r.json().deflated === true });

  const body = JSON.stringify({ text: 'x'.repeat(1000) });
  const sent = http.post(`${BASE}/echo`, body, { compression: 'gzip' });
  check(sent, {
    'gzip request body': (r) => r.json().body === body && r.json().headers['Content-encoding'] === 'gzip',
  });
  const twice = http.post(`${BASE}/echo`, body, { compression: 'gzip, deflate' });
  check(twice, { 'combined encodings': (r) => r.json().body === body && r.json().headers['Content-encoding'] === 'gzip, deflate' });
}
