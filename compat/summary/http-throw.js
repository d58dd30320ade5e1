// exit: 0
// stderr: contains caught: Get "http://127.0.0.1:1/": dial tcp 127.0.0.1:1: connect: connection refused
// stderr: lacks Request Failed
import http from 'k6/http';

export const options = { iterations: 1, throw: true };

export default function () {
  try {
    http.get('http://127.0.0.1:1/');
    console.log('no exception');
  } catch (e) {
    console.log(`caught: ${e.message}`);
  }
}
