import http from 'k6/http';
import { check } from 'k6';

// A warm-up scenario, then the load: the load starts when the warm-up has ended (its
// gracefulStop included), so k6 runs it on the warm-up's VUs instead of initializing new ones.
export const options = {
  discardResponseBodies: true,
  scenarios: {
    warmup: {
      executor: 'per-vu-iterations',
      vus: 4,
      iterations: 2,
      maxDuration: '1s',
      gracefulStop: '0s',
      env: { PHASE: 'warmup' },
    },
    load: {
      executor: 'constant-vus',
      vus: 3,
      duration: '1s',
      startTime: '1s',
      gracefulStop: '0s',
      exec: 'load',
    },
  },
  thresholds: {
    'iterations{scenario:warmup}': ['count==8'],
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
}

export function load() {
  const res = http.get(`${__ENV.BASE_URL}/`);
  check(res, {
    'the load gets its own env, not the warm-up one': () => __ENV.PHASE === undefined,
    'status is 200': (r) => r.status === 200,
  });
}
