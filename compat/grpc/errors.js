// What k6/net/grpc gives for calls that cannot be made: a port nobody listens on, a method the .proto does
// not have, a call the server fails. Not one of k6's examples: the texts are grpc-go's and k6's own.
import grpc from 'k6/net/grpc';
import { check } from 'k6';

const client = new grpc.Client();
client.load([], __ENV.GRPC_PROTO_PATH);

export default () => {
  try {
    client.connect('127.0.0.1:1', { plaintext: true, timeout: '5s' });
  } catch (e) {
    console.log('connect: ' + e.message);
  }

  client.connect(__ENV.GRPC_ADDR, { plaintext: true });
  try {
    client.invoke('main.FeatureExplorer/Nope', {});
  } catch (e) {
    console.log('invoke: ' + e.message);
  }

  const res = client.invoke('main.FeatureExplorer/GetFeature', { latitude: 0, longitude: 0 });
  check(res, {
    'status is InvalidArgument': (r) => r.status === grpc.StatusInvalidArgument,
    'error has the message': (r) => r.error.code === 3 && r.error.message === 'invalid coordinates',
    'error has the details': (r) => r.error.details.length === 2
      && r.error.details[0]['@type'] === 'type.googleapis.com/google.rpc.ErrorInfo'
      && r.error.details[0].reason === 'ZERO_COORDINATES'
      && r.error.details[1].fieldViolations[1].field === 'longitude',
  });
  console.log('error: ' + JSON.stringify(res.error));
  client.close();
};
