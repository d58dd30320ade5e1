import exec from 'k6/execution';
import { check, sleep } from 'k6';

// The command line overrides vus and duration: exec.test.options shows the consolidated
// options the test runs with, not the script's (k6 folds the shortcuts into scenarios.default).
export const options = {
  vus: 5,
  duration: '30s',
  setupTimeout: '90s',
  tags: { team: 'qa' },
  thresholds: { checks: ['rate==1'] },
};

function consolidated(o) {
  return check(o, {
    'default scenario from the command line': (o) => o.scenarios.default.executor === 'constant-vus'
      && o.scenarios.default.vus === 2 && o.scenarios.default.duration === '1s',
    'shortcuts folded into scenarios': (o) => !('vus' in o) && !('duration' in o),
    'tags, thresholds and timeouts in k6 form': (o) => o.tags.team === 'qa'
      && o.thresholds.checks[0] === 'rate==1' && o.setupTimeout === '1m30s' && o.userAgent === null,
    'frozen': (o) => Object.isFrozen(o) && Object.isFrozen(o.scenarios.default),
  });
}

export function setup() {
  consolidated(exec.test.options);
}

export default function () {
  consolidated(exec.test.options);
  sleep(0.2);
}
