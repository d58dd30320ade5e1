// expect: checks.passes=2 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export const options = {
  hosts: { 'jk6.test': BASE.replace('http://', '') },
  userAgent: 'MyK6UserAgentString/1.0',
};

export default function () {
  const res = http.get('http://jk6.test/echo');
  check(res, {
    'hosts maps the name to the test server': (r) => r.status === 200,
    'userAgent option sent': (r) => r.json().headers['User-agent'] === 'MyK6UserAgentString/1.0',
  });
}
