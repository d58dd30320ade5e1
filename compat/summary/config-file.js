// args: --config config-file.json
// exit: 0
// stdout: contains ✓ 'count==2'
// stdout: contains iteration_duration
// stdout: contains min=
// stdout: lacks avg=
// stderr: lacks teardown ran
export default function () {}

export function teardown() {
  console.log('teardown ran');
}
