// args: --summary-mode full
// exit: 0
// stdout: contains █ TOTAL RESULTS
// stdout: contains █ GROUP: home
// stdout: contains     ↳ GROUP: details
// stdout: contains █ SCENARIO: checkout
// stdout: contains     ↳ GROUP: pay
// stdout: contains       ✓ paid
// stdout: contains orders
// stdout: lacks SCENARIO: default
// stdout: lacks █ GROUP: pay
// stdout: lacks group_duration
import { check, group } from 'k6';
import { Counter } from 'k6/metrics';

const orders = new Counter('orders');

// k6 gives the scenario named "default" no section: its groups are the top-level GROUP sections,
// while the groups of every other scenario appear nested in that scenario's section.
export const options = {
  scenarios: {
    default: { executor: 'shared-iterations', vus: 1, iterations: 2 },
    checkout: { executor: 'per-vu-iterations', vus: 1, iterations: 1, exec: 'checkout' },
  },
};

export default function () {
  group('home', function () {
    check(1, { 'page listed': (v) => v === 1 });
    group('details', function () {
      check(1, { 'details shown': (v) => v === 1 });
    });
  });
}

export function checkout() {
  group('pay', function () {
    orders.add(1);
    check(true, { paid: (v) => v });
  });
}
