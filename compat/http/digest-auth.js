// expect: checks.passes=3 checks.fails=0 http_reqs.count=2 http_req_failed.passes=0 http_req_failed.fails=2 exit=0
// k6's examples/http_digest_auth.js with httpbin.org replaced by the local test server: two requests,
// the challenge's 401 expected (k6's digestTransport).
import http from "k6/http";
import { check } from "k6";

const hostAndPort = __ENV.BASE_URL.replace('http://', '');

export default function() {
    // Passing username and password as part of URL plus the auth option will authenticate using HTTP Digest authentication
    let res = http.get(`http://user:passwd@${hostAndPort}/digest-auth/auth/user/passwd`, {auth: "digest"});

    // Verify response
    check(res, {
        "status is 200": (r) => r.status === 200,
        "is authenticated": (r) => r.json().authenticated === true,
        "is correct user": (r) => r.json().user === "user"
    });
}
