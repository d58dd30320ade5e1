// expect: checks.passes=4 checks.fails=0 http_reqs.count=2 exit=0
// k6's examples/experimental/tracing/tracing-instrumentHTTP.js (k6 v0.48), on BASE_URL's /echo: every request
// carries a new W3C trace, the script's other headers stay.
import http from "k6/http";
import { check } from "k6";
import tracing from "k6/experimental/tracing";

tracing.instrumentHTTP({
	propagator: "w3c",
});

export default () => {
	const res = http.get(`${__ENV.BASE_URL}/echo`, {
		headers: {
			"X-Example-Header": "instrumented/get",
		},
	});
	const again = http.post(`${__ENV.BASE_URL}/echo`, "x");
	check(res, {
		"status is 200": (r) => r.status === 200,
		"traceparent sent": (r) => /^00-dc0718[0-9a-f]{26}-[1-9a-f]{16}-01$/.test(r.json().headers.Traceparent),
		"own header kept": (r) => r.json().headers["X-example-header"] === "instrumented/get",
		"a trace per request": () => again.json().headers.Traceparent !== res.json().headers.Traceparent,
	});
};
