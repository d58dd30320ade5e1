// env: K6_ITERATIONS=3
// env: K6_SUMMARY_TREND_STATS=avg,max,count
// env: K6_TAGS=team:load
// env: K6_NO_TEARDOWN=true
// exit: 0
// stdout: contains iterations=3 stats=avg,max,count count=3
// stderr: contains team tag is load
// stderr: lacks teardown ran
import exec from 'k6/execution';

export const options = { iterations: 1, summaryTrendStats: ['med'] };

export default function () {
  if (exec.vu.iterationInScenario === 0) {
    console.log(`team tag is ${exec.vu.metrics.tags.team}`);
  }
}

export function teardown() {
  console.log('teardown ran');
}

export function handleSummary(data) {
  const it = data.metrics.iterations.values.count;
  return { stdout: `iterations=${it} stats=${data.options.summaryTrendStats.join(',')} count=${data.metrics.iteration_duration.values.count}\n` };
}
