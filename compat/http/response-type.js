// expect: checks.passes=5 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export const options = { discardResponseBodies: true };

export default function () {
  check(http.get(`${BASE}/json`), { 'discardResponseBodies: body is null': (r) => r.body === null && r.status === 200 });
  check(http.get(`${BASE}/json`, { responseType: 'text' }), { 'text wins over the option': (r) => r.json().name === 'jk6' });
  const bin = http.get(`${BASE}/bytes/26`, { responseType: 'binary' });
  check(bin, {
    'binary is an ArrayBuffer': (r) => r.body instanceof ArrayBuffer && r.body.byteLength === 26,
    'its bytes': (r) => new Uint8Array(r.body)[25] === 'z'.charCodeAt(0),
  });
  check(http.get(`${BASE}/bytes/10`, { responseType: 'none' }), { 'none: null': (r) => r.body === null });
}
