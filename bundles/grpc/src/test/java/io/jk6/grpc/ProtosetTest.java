package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.TimestampProto;
import io.jk6.testing.ModuleScript;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code client.loadProtoset(file)}: a serialized FileDescriptorSet, as {@code protoc --descriptor_set_out}
 * writes it (here the test server's own descriptors, dependencies after the file that imports them), instead
 * of .proto files; and k6's error for a file that is not one.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ProtosetTest {

    @RegisterExtension
    static final EchoServer server = new EchoServer(false);

    @TempDir
    Path dir;

    @Test
    void theMethodsOfAProtosetCanBeCalled() throws IOException, InterruptedException {
        Path protoset = dir.resolve("echo.protoset");
        Files.write(protoset, FileDescriptorSet.newBuilder().addFile(EchoProtos.ECHO.toProto())
                .addFile(EchoProtos.POINT.toProto()).addFile(TimestampProto.getDescriptor().toProto())
                .build().toByteArray());
        try (ModuleScript script = new ModuleScript().module("k6/net/grpc", new GrpcModule())) {
            script.set("PROTOSET", protoset.toString());
            script.evaluate("""
                    import grpc from 'k6/net/grpc';
                    globalThis.client = new grpc.Client();
                    globalThis.methods = client.loadProtoset(PROTOSET).length;
                    """);
            script.vu().startIterations();
            script.set("ADDR", server.address());
            script.evaluate("""
                    client.connect(ADDR, { plaintext: true });
                    globalThis.reply = client.invoke('jk6.test.Echo/Say', { text: 'from a protoset', repeat: 2 }).message;
                    """);
            assertThat(script.eval("methods + ':' + reply.text + ':' + reply.count").asString())
                    .isEqualTo("5:from a protoset:2");
        }
    }

    @Test
    void aFileThatIsNoProtosetIsK6sError() throws IOException {
        Path notOne = Files.writeString(dir.resolve("not.protoset"), "syntax = \"proto3\";");
        try (ModuleScript script = new ModuleScript().importing("grpc", new GrpcModule())) {
            script.set("FILE", notOne.toString());
            assertThat(script.errorOf("new grpc.Client().loadProtoset(FILE)"))
                    .startsWith("couldn't unmarshal protoset file " + notOne + ": ");
        }
    }
}
