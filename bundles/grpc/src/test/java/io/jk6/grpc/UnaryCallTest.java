package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.api.metrics.Sample;
import io.jk6.testing.FakeVU;
import io.jk6.testing.ModuleScript;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code client.invoke} and {@code asyncInvoke} against a real grpc-java server on 127.0.0.1: the .proto files
 * loaded in the init context, the call in an iteration, what the script reads back and the samples k6 records.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class UnaryCallTest {

    @RegisterExtension
    static final EchoServer server = new EchoServer(false);

    private ModuleScript script;
    private FakeVU vu;

    @BeforeEach
    void newVu() throws InterruptedException {
        script = new ModuleScript().module("k6/net/grpc", new GrpcModule());
        vu = script.vu();
        script.evaluate("""
                import grpc from 'k6/net/grpc';
                globalThis.grpc = grpc;
                globalThis.client = new grpc.Client();
                globalThis.loaded = client.load(['src/test/resources/protos'], 'echo.proto');
                """);
        vu.startIterations();
        script.set("ADDR", server.address());
    }

    @AfterEach
    void closeVu() {
        script.close();
    }

    private String run(String body) throws InterruptedException {
        script.evaluate("globalThis.result = [];\n" + body);
        return script.eval("globalThis.result.join('|')").asString();
    }

    @Test
    void loadListsTheMethodsAsK6() {
        assertThat(script.eval("JSON.stringify(loaded.map(m => m.full_method))").asString()).isEqualTo(
                "[\"/jk6.test.Echo/Say\",\"/jk6.test.Echo/Fail\",\"/jk6.test.Echo/Collect\","
                        + "\"/jk6.test.Echo/Repeat\",\"/jk6.test.Echo/Chat\"]");
        assertThat(script.eval("loaded[0].package + ' ' + loaded[0].service").asString()).isEqualTo("jk6.test Echo");
    }

    @Test
    void invokeReturnsTheMessageInProtojsonWithHeadersAndTrailers() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                const res = client.invoke('jk6.test.Echo/Say', {
                  text: 'hi', repeat: 3, big_number: '9007199254740993', point: { x: 1.5 },
                  labels: { a: 'b' }, at: '2026-12-07T01:02:03Z', kind: 'LOUD', wordList: ['x', 'y'],
                }, { metadata: { 'x-token': 'secret' }, tags: { my_tag: 'mine' } });
                result.push(res.status === grpc.StatusOK, JSON.stringify(res.message), res.error,
                  res.headers['x-echo'][0], res.headers['content-type'][0], res.trailers['x-trailer'][0]);
                client.close();
                """);
        assertThat(seen).isEqualTo("true|{\"text\":\"hi\",\"count\":3,\"bigNumber\":\"9007199254740993\","
                + "\"point\":{\"x\":1.5,\"y\":0},\"labels\":{\"a\":\"b\"},\"at\":\"2026-12-07T01:02:03Z\","
                + "\"kind\":\"LOUD\",\"words\":[\"x\",\"y\"],\"extra\":null}||secret|application/grpc|done");
        Sample duration = vu.samples("grpc_req_duration").get(0);
        assertThat(duration.tags().asMap()).containsEntry("name", "/jk6.test.Echo/Say")
                .containsEntry("method", "Say").containsEntry("service", "jk6.test.Echo")
                .containsEntry("status", "0").containsEntry("url", server.address() + "/jk6.test.Echo/Say")
                .containsEntry("my_tag", "mine");
        assertThat(duration.value()).isPositive();
        assertThat(vu.samples("data_sent").get(0).value()).isGreaterThan(20);
        assertThat(vu.samples("data_received").get(0).value()).isGreaterThan(20);
    }

    @Test
    void aFailedCallHasItsStatusAndErrorAndTheDefaultMessage() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                const res = client.invoke('/jk6.test.Echo/Fail', { text: 'no such thing', repeat: 5 });
                result.push(res.status === grpc.StatusNotFound, JSON.stringify(res.error), res.message.text === '');
                """);
        assertThat(seen).isEqualTo("true|{\"code\":5,\"message\":\"no such thing\",\"details\":[]}|true");
        // protojson's EmitUnpopulated, as k6 prints a message: unset message fields are null, the rest defaults
        assertThat(script.eval("JSON.stringify(client.invoke('jk6.test.Echo/Say', { text: 'bare' }).message)").asString())
                .isEqualTo("{\"text\":\"bare\",\"count\":0,\"bigNumber\":\"0\",\"point\":null,\"labels\":{},"
                        + "\"at\":null,\"kind\":\"KIND_UNSPECIFIED\",\"words\":[],\"extra\":null}");
        assertThat(vu.samples("grpc_req_duration").get(0).tags().get("status")).isEqualTo("5");
    }

    @Test
    void aStatusesDetailsAreInItsErrorAsK6PrintsThem() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                const res = client.invoke('jk6.test.Echo/Fail', { text: 'bad input', repeat: 3, note: 'ZERO' });
                result.push(res.status, JSON.stringify(res.error));
                """);
        assertThat(seen).isEqualTo("3|{\"code\":3,\"message\":\"bad input\",\"details\":[{"
                + "\"@type\":\"type.googleapis.com/google.rpc.ErrorInfo\",\"reason\":\"ZERO\","
                + "\"domain\":\"jk6.test\",\"metadata\":{\"hint\":\"none\"}}]}");
    }

    @Test
    void anAnyHoldsALoadedMessageByItsTypeUrl() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                const extra = { '@type': 'type.googleapis.com/jk6.test.Point', x: 3 };
                const res = client.invoke('jk6.test.Echo/Say', { extra });
                result.push(res.message.extra['@type'], res.message.extra.x);
                """);
        assertThat(seen).isEqualTo("type.googleapis.com/jk6.test.Point|3");
    }

    @Test
    void asyncInvokeSettlesAPromiseOnTheEventLoop() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                client.asyncInvoke('jk6.test.Echo/Say', { text: 'later' }).then((res) => {
                  result.push('then:' + res.message.text);
                  return client.asyncInvoke('jk6.test.Echo/Nope', {});
                }).catch((e) => result.push('catch:' + e.message));
                result.push('sync');
                """);
        assertThat(seen).isEqualTo("sync|then:later|catch:method \"/jk6.test.Echo/Nope\" not found in file descriptors");
    }

    @Test
    void k6sErrorsForMisuse() throws InterruptedException {
        run("client.connect(ADDR, { plaintext: true });");
        assertThat(script.errorOf("client.invoke('jk6.test.Echo/Missing', {})"))
                .isEqualTo("method \"/jk6.test.Echo/Missing\" not found in file descriptors");
        assertThat(script.errorOf("client.invoke('jk6.test.Echo/Say', { nope: 1 })"))
                .startsWith("unable to serialise request object to protocol buffer: ");
        assertThat(script.errorOf("client.invoke('jk6.test.Echo/Say', {}, { bogus: 1 })"))
                .isEqualTo("invalid GRPC's client.invoke() parameters: unknown param: \"bogus\"");
        assertThat(script.errorOf("client.invoke('jk6.test.Echo/Say', {}, { metadata: { 'bad key': 'v' } })"))
                .startsWith("invalid metadata param: ");
        assertThat(script.errorOf("client.load([], 'echo.proto')")).isEqualTo("load must be called in the init context");
        assertThat(script.errorOf("new grpc.Client().invoke('jk6.test.Echo/Say', {})"))
                .isEqualTo("no gRPC connection, you must call connect first");
    }

    @Test
    void healthCheckReadsTheServersHealthService() throws InterruptedException {
        String seen = run("""
                client.connect(ADDR, { plaintext: true });
                const all = client.healthCheck();
                const down = client.healthCheck('jk6.test.Down');
                const unknown = client.healthCheck('jk6.test.Unknown');
                result.push(all.status, all.message.status === grpc.HealthCheckServing,
                  down.message.status === grpc.HealthCheckNotServing, unknown.status === grpc.StatusNotFound);
                """);
        assertThat(seen).isEqualTo("0|true|true|true");
        assertThat(vu.samples("grpc_req_duration")).extracting(s -> s.tags().get("status")).containsExactly("0", "0", "5");
        assertThat(vu.samples("grpc_req_duration").get(0).tags().get("name")).isEqualTo("/grpc.health.v1.Health/Check");
    }
}
