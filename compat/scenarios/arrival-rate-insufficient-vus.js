import { sleep } from 'k6';

export const options = {
  scenarios: {
    slow: {
      executor: 'constant-arrival-rate',
      rate: 10,
      timeUnit: '1s',
      duration: '2s',
      preAllocatedVUs: 1,
      maxVUs: 1,
    },
  },
};

// Each iteration takes 1 s: one VU cannot start 10 per second, the rest are dropped.
export default function () {
  sleep(1);
}
