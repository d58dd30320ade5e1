// expect: checks.passes=18 checks.fails=0 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export const options = { iterations: 2, vus: 1 };

export default function () {
  // a VU's jar starts empty in every iteration, as k6
  const fresh = http.get(`${BASE}/cookies`);
  check(fresh, { 'jar empty at iteration start': (r) => Object.keys(r.json().cookies).length === 0 });

  const set = http.get(`${BASE}/cookies/set?session=abc&theme=dark`);
  check(set, {
    'res.cookies has what the server set': (r) => r.cookies.session[0].value === 'abc' && r.cookies.theme[0].path === '/',
  });
  const back = http.get(`${BASE}/cookies`);
  check(back, {
    'server cookies sent back': (r) => r.json().cookies.session === 'abc' && r.json().cookies.theme === 'dark',
  });

  const jar = http.cookieJar();
  check(jar, {
    'cookiesForURL': (j) => j.cookiesForURL(`${BASE}/`).session[0] === 'abc',
  });
  jar.set(BASE, 'extra', 'x1');
  check(http.get(`${BASE}/cookies`), { 'jar.set sends a cookie': (r) => r.json().cookies.extra === 'x1' });
  jar.delete(BASE, 'extra');
  check(http.get(`${BASE}/cookies`), { 'jar.delete removes it': (r) => r.json().cookies.extra === undefined });

  const replaced = http.get(`${BASE}/cookies`, { cookies: { session: { value: 'mine', replace: true }, other: 'o' } });
  check(replaced, {
    'params.cookies replace the jar': (r) => r.json().cookies.session === 'mine' && r.json().cookies.other === 'o',
  });

  const own = new http.CookieJar();
  own.set(BASE, 'private', 'p');
  check(http.get(`${BASE}/cookies`, { jar: own }), {
    'params.jar is used instead of the VU jar': (r) => r.json().cookies.private === 'p' && r.json().cookies.session === undefined,
  });

  jar.clear(BASE);
  check(http.get(`${BASE}/cookies`), { 'jar.clear empties it': (r) => Object.keys(r.json().cookies).length === 0 });
}
