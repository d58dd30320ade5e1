// The training run that records jk6's AOT cache (bin/jk6's preparation, image/aot-cache.sh):
// a short test through the parts every run loads, so their classes come ready-made from the cache.
import { check, group } from 'k6';
import { Trend } from 'k6/metrics';
import encoding from 'k6/encoding';

const t = new Trend('training');

export const options = { vus: 1, iterations: 20 };

export default function () {
  group('g', () => { t.add(JSON.parse(JSON.stringify({ a: [1, 2, 3] })).a.length); });
  check(encoding.b64encode('jk6'), { 'b64': (s) => s === 'ams2' });
}
