import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  discardResponseBodies: true,
  scenarios: {
    contacts: {
      executor: 'constant-vus',
      vus: 3,
      duration: '2s',
    },
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
  // Injecting sleep
  sleep(0.5);
}
