import http from 'k6/http';

export const options = {
  discardResponseBodies: true,
  scenarios: {
    contacts: {
      executor: 'constant-vus',
      vus: 2,
      duration: '1s',
      gracefulStop: '0s',
    },
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
  // still waiting for this response (5 s; the test server counts milliseconds) when the duration ends: the iteration is interrupted,
  // and the request it was making is not measured (neither a failed request nor a duration)
  http.get(`${__ENV.BASE_URL}/delay/5000`);
}
