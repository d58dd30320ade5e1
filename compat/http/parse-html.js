// expect: checks.passes=14 checks.fails=0 exit=0
import http from 'k6/http';
import { parseHTML } from 'k6/html';
import { check } from 'k6';

const BASE = __ENV.BASE_URL;

export default function () {
  const res = http.get(`${BASE}/html`);
  const doc = parseHTML(res.body);
  const items = doc.find('#items li');
  const seen = [];
  items.each((i, el) => seen.push(`${i}:${el.textContent()}:${el.getAttribute('data-id')}`));
  check(doc, {
    'title': (d) => d.find('head title').text() === 'jk6 html',
    'attr': (d) => d.find('html').attr('lang') === 'en',
    'missing attr is undefined': (d) => d.find('html').attr('nope') === undefined,
    'size and eq': () => items.size() === 3 && items.eq(1).text() === 'two',
    'first and last': () => items.first().attr('data-id') === '1' && items.last().text() === 'three',
    'each gives elements': () => seen.join(',') === '0:one:1,1:two:2,2:three:3',
    'map gives strings': () => items.map((i, s) => s.text().toUpperCase()).join('') === 'ONETWOTHREE',
    'children and is': (d) => d.find('ul').children().length === 3 && d.find('li.even').is('[data-id=2]'),
    'html': (d) => d.find('#items li').first().html() === 'one',
    'val of input, textarea, select': (d) => d.find('input[name=user]').val() === 'alice'
      && d.find('textarea').val() === 'hi' && d.find('select').val() === 'blue',
    'parent and filter': () => items.parent().attr('id') === 'items' && items.filter('.even').text() === 'two',
    'get returns an element': () => items.get(2).nodeName() === 'li',
  });
  check(res, {
    'res.html()': (r) => r.html().find('a.echo').attr('href') === '/echo',
    'res.html(selector)': (r) => r.html('h1').attr('class') === 'title big',
  });
}
