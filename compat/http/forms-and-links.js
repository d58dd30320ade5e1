// expect: checks.passes=4 checks.fails=0 http_reqs.count=4 exit=0
import http from 'k6/http';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default function () {
  const page = http.get(`${BASE}/html`);
  const posted = page.submitForm({ fields: { note: 'changed' } });
  check(posted, {
    'form posted to its action': (r) => r.json().method === 'POST' && r.url === `${BASE}/echo`,
    'form fields, selected option and overrides': (r) => r.json().body === 'color=blue&note=changed&user=alice',
  });
  check(page.clickLink({ selector: 'a.echo' }), { 'link followed': (r) => r.json().method === 'GET' });
  check(page.clickLink(), { 'first link by default': (r) => r.json().name === 'jk6' });
}
