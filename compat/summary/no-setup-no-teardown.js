// args: --no-setup --no-teardown
// exit: 0
// stderr: contains data is undefined
// stderr: lacks setup ran
// stderr: lacks teardown ran
export const options = { iterations: 1 };

export function setup() {
  console.log('setup ran');
  return 'data';
}

export default function (data) {
  console.log(`data is ${data}`);
}

export function teardown() {
  console.log('teardown ran');
}
