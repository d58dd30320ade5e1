// expect: checks.passes=4 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;
const bytes = new Uint8Array([0, 1, 2, 250, 255]).buffer;

export default function () {
  const res = http.post(`${BASE}/upload`, {
    field: 'this is a standard form field',
    file: http.file(bytes, 'test.bin'),
    text: http.file('hello file', 'hello.txt', 'text/plain'),
  });
  const parts = res.json().parts;
  check(res, {
    'three parts': () => parts.length === 3,
    'plain field': () => parts[0].name === 'field' && parts[0].text === 'this is a standard form field',
    'binary file with default type': () => parts[1].filename === 'test.bin' && parts[1].size === 5
      && parts[1].contentType === 'application/octet-stream',
    'text file with its type': () => parts[2].filename === 'hello.txt' && parts[2].contentType === 'text/plain'
      && parts[2].text === 'hello file',
  });
}
