// exit: 100
// stderr: contains setup() execution timed out after 1 seconds
// stderr: contains You can increase the time limit via the setupTimeout option
// stderr: lacks the default function ran
import { sleep } from 'k6';

export const options = { iterations: 1, setupTimeout: '1s' };

export function setup() {
  sleep(30);
}

export default function () {
  console.log('the default function ran');
}
