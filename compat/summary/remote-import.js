// exit: 107
// stderr: contains "https://jslib.k6.io/k6-utils/1.4.0/index.js"
// stderr: contains jk6 does not fetch remote modules
import { uuidv4 } from 'https://jslib.k6.io/k6-utils/1.4.0/index.js';

export default function () {
  console.log(uuidv4());
}
