import { sleep } from 'k6';

// Both VUs are ramped down during the second stage; their 10 s iterations get gracefulRampDown
// (500ms) more and are then interrupted, long before the stages end (4 s) plus gracefulStop.
export const options = {
  scenarios: {
    contacts: {
      executor: 'ramping-vus',
      startVUs: 2,
      stages: [
        { duration: '1s', target: 2 },
        { duration: '1s', target: 0 },
        { duration: '2s', target: 0 },
      ],
      gracefulRampDown: '500ms',
      gracefulStop: '30s',
    },
  },
};

export default function () {
  sleep(10);
}
