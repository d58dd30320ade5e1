// exit: 0
// stdout: contains iteration_duration
// stdout: contains count=4
// stdout: contains p(99.9)=
// stdout: contains avg=0.0
// stdout: lacks med=
// stdout: lacks p(90)=
export const options = {
  iterations: 4,
  summaryTrendStats: ['avg', 'p(99.9)', 'count'],
  summaryTimeUnit: 's',
};

export default function () {}
