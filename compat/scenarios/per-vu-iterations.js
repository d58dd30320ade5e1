import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  discardResponseBodies: true,
  scenarios: {
    contacts: {
      executor: 'per-vu-iterations',
      vus: 5,
      iterations: 4,
      maxDuration: '30s',
    },
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
  // Injecting sleep
  sleep(0.1);
}
