import http from 'k6/http';

export const options = {
  discardResponseBodies: true,

  scenarios: {
    contacts: {
      executor: 'ramping-arrival-rate',

      // Start iterations per `timeUnit`
      startRate: 0,

      // Start `startRate` iterations per second
      timeUnit: '1s',

      // Pre-allocate necessary VUs.
      preAllocatedVUs: 20,

      stages: [
        // Start 0 iterations per `timeUnit`, ramping up to 20 over the first second.
        { target: 20, duration: '1s' },

        // Continue starting 20 iterations per `timeUnit` for the next second.
        { target: 20, duration: '1s' },

        // Linearly ramp-down to starting 0 iterations per `timeUnit` over the last second.
        { target: 0, duration: '1s' },
      ],
    },
  },
};

export default function () {
  http.get(`${__ENV.BASE_URL}/`);
}
