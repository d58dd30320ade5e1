export const options = {
  duration: '10s',
  scenarios: {
    contacts: {
      executor: 'shared-iterations',
      vus: 1,
      iterations: 1,
    },
  },
};

export default function () {}
