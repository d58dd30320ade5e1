import http from 'k6/http';
import { sleep } from 'k6';

export const options = {
  discardResponseBodies: true,
  scenarios: {
    contacts: {
      executor: 'externally-controlled',
      vus: 2,
      maxVUs: 5,
      duration: '2s',
    },
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
  sleep(0.5);
}
