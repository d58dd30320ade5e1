// expect: checks.passes=3 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;
const hostAndPort = BASE.replace('http://', '');

export default function () {
  const url = `http://user:passwd@${hostAndPort}/basic-auth/user/passwd`;
  check(http.get(url), { 'credentials in the URL': (r) => r.status === 200 && r.json().user === 'user' });
  check(http.get(url, { auth: 'basic' }), { "auth: 'basic'": (r) => r.status === 200 });
  check(http.get(`http://user:wrong@${hostAndPort}/basic-auth/user/passwd`), { 'wrong password is 401': (r) => r.status === 401 });
}
