import exec from 'k6/execution';
import { sleep } from 'k6';

export const options = {
  scenarios: {
    contacts: {
      executor: 'constant-vus',
      vus: 2,
      duration: '1s',
      gracefulStop: '1s',
    },
  },
};

export default function () {
  // VU 1 is in the middle of a 10 s iteration when the duration ends: the graceful stop
  // of 1 s is not enough, and the iteration is interrupted (not counted in iterations).
  if (exec.vu.idInTest === 1) {
    sleep(10);
  } else {
    sleep(0.25);
  }
}
