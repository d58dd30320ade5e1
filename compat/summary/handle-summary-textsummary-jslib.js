// exit: 0
// stdout: contains ✓ status is fine
// stdout: contains ✓ checks...............: 100.00% ✓ 2 
// stdout: contains iterations...........: 2
// file handle-summary-junit.xml: contains <testsuites tests="1" failures="0">
import { check } from 'k6';
import { jUnit, textSummary } from 'https://jslib.k6.io/k6-summary/0.0.2/index.js';

export const options = { iterations: 2, thresholds: { checks: ['rate==1'] } };

export default function () {
  check(200, { 'status is fine': (s) => s === 200 });
}

export function handleSummary(data) {
  return {
    stdout: textSummary(data, { indent: ' ', enableColors: false }),
    'handle-summary-junit.xml': jUnit(data),
  };
}
