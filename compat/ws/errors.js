// What k6 gives for sockets that do not open: the test goes on, the errors are the script's to read.
import ws from "k6/ws";
import { WebSocket } from "k6/websockets";
import { check } from "k6";

export default function () {
    const refused = ws.connect("ws://127.0.0.1:1/", function () {});
    check(refused, {
        "refused: status 0": (r) => r.status === 0,
        "refused: error": (r) => r.error === "dial tcp 127.0.0.1:1: connect: connection refused",
    });
    const malformed = ws.connect("not a url", function () {});
    check(malformed, { "malformed": (r) => r.error === "malformed ws or wss URL" });
    const notFound = ws.connect(`${__ENV.WS_URL}/status/404`, function () {});
    check(notFound, { "refused upgrade: status 404": (r) => r.status === 404 });

    const socket = new WebSocket("ws://127.0.0.1:1/");
    socket.onerror = (e) => console.log(`websockets error: ${e.error}`);
    socket.onclose = () => console.log("websockets closed");
}
