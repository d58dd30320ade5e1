// exit: 99
// stderr: contains Error: the report server is down
// stderr: contains at handleSummary (handle-summary-throws.js:
// stdout: contains █ THRESHOLDS
// stdout: contains █ TOTAL RESULTS
export const options = { iterations: 1, thresholds: { iterations: ['count>5'] } };

export default function () {}

export function handleSummary() {
  throw new Error('the report server is down');
}
