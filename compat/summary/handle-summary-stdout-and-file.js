// exit: 0
// stdout: contains custom summary: 3 iterations, setup said hello
// stdout: lacks TOTAL RESULTS
// file handle-summary-out.json: contains "root_group"
// file handle-summary-out.json: contains "testRunDurationMs"
// file handle-summary-out.bin: contains jk6
import { check } from 'k6';

export const options = { iterations: 3 };

export function setup() {
  return { greeting: 'hello' };
}

export default function () {
  check(true, { 'always true': (v) => v });
}

export function handleSummary(data) {
  const bytes = new Uint8Array([106, 107, 54]); // "jk6"
  return {
    stdout: `custom summary: ${data.metrics.iterations.values.count} iterations, setup said ${data.setup_data.greeting}\n`,
    'handle-summary-out.json': JSON.stringify(data),
    'handle-summary-out.bin': bytes.buffer,
  };
}
