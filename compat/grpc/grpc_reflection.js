// k6's examples/grpc_reflection.js with one change: the server is __ENV.GRPC_ADDR (the route guide server
// CompatSuiteTest starts on 127.0.0.1) instead of "127.0.0.1:10000".
import grpc from 'k6/net/grpc';
import {check} from "k6";

let client = new grpc.Client();

export default () => {
	client.connect(__ENV.GRPC_ADDR, {plaintext: true, reflect: true})
	const response = client.invoke("main.FeatureExplorer/GetFeature", {
		latitude: 410248224,
		longitude: -747127767
	})

	check(response, {"status is OK": (r) => r && r.status === grpc.StatusOK});
	console.log(JSON.stringify(response.message))

	client.close()
}
