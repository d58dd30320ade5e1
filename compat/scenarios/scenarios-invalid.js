export const options = {
  scenarios: {
    open: {
      executor: 'constant-arrival-rate',
      rate: 0,
      duration: '10s',
      preAllocatedVUs: 10,
      maxVUs: 5,
    },
    typo: {
      executor: 'constant-vus',
      vus: 2,
      duraton: '10s',
    },
    unknown: {
      executor: 'constant-looping-vus',
    },
  },
};

export default function () {}
