// exit: 99
// stderr: contains thresholds on metrics 'errors' were crossed; at least one has abortOnFail enabled, stopping test prematurely
// stderr: contains teardown still runs
// stdout: contains ✗ 'count<3'
import { sleep } from 'k6';
import { Counter } from 'k6/metrics';

const errors = new Counter('errors');

export const options = {
  vus: 2,
  duration: '5m',
  thresholds: { errors: [{ threshold: 'count<3', abortOnFail: true }] },
};

export default function () {
  errors.add(1);
  sleep(0.1);
}

export function teardown() {
  console.log('teardown still runs');
}
