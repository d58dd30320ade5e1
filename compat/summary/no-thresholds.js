// args: --no-thresholds
// exit: 0
// stdout: lacks THRESHOLDS
// stdout: contains █ TOTAL RESULTS
// stderr: lacks have been crossed
export const options = { iterations: 1, thresholds: { iterations: ['count>100'] } };

export default function () {}
