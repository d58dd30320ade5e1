// exit: 104
// stderr: contains options.summaryTrendStats: stat 'p(200)' asks for a percentile above 100
// stderr: contains options.summaryTimeUnit: invalid summary time unit "minutes", use 's', 'ms' or 'us'
// stderr: contains options.setupTimeout: invalid duration "soon"
// stderr: contains options.thresholds["checks"][0].abortOnFail: must be true or false, got "yes"
export const options = {
  summaryTrendStats: ['avg', 'p(200)'],
  summaryTimeUnit: 'minutes',
  setupTimeout: 'soon',
  thresholds: { checks: [{ threshold: 'rate>0.9', abortOnFail: 'yes' }] },
};

export default function () {}
