package io.jk6.grpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import io.jk6.grpc.proto.ProtoLoader;
import io.jk6.grpc.proto.ProtoParser;
import io.jk6.grpc.proto.ProtoSyntaxError;
import io.jk6.testing.ModuleScript;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The .proto parser against the hand-written descriptors of the test server: the same messages, fields, types,
 * oneofs and methods, resolved the same; and k6's errors for files that do not parse or do not exist.
 */
class ProtoFilesTest {

    private static final Path PROTOS = Path.of("src/test/resources/protos");

    @Test
    void echoProtoParsesToWhatProtocWouldDescribe() {
        List<FileDescriptor> loaded = new ProtoLoader(List.of(PROTOS)).load(List.of("echo.proto"));
        assertThat(loaded).extracting(FileDescriptor::getName).containsExactly("echo.proto", "common/point.proto");
        assertThat(outline(loaded.get(0))).isEqualTo(outline(EchoProtos.ECHO));
        assertThat(outline(loaded.get(1))).isEqualTo(outline(EchoProtos.POINT));
        FieldDescriptor words = loaded.get(0).findMessageTypeByName("EchoRequest").findFieldByName("words");
        assertThat(words.getJsonName()).isEqualTo("wordList");
    }

    @Test
    void nestedTypesRelativeNamesAndProto2Defaults() {
        FileDescriptor file = link("""
                syntax = "proto2";
                package a.b;
                message Outer {
                  message Inner { optional int32 n = 1 [default = 7]; }
                  enum Mode { OFF = 0; ON = 1; }
                  optional Inner inner = 1;
                  repeated Mode modes = 2 [packed = true];
                  required .a.b.Other other = 3;
                  extensions 100 to 199;
                }
                message Other { optional string s = 1 [default = "x\\"y"]; }
                extend Outer { optional int32 extra = 100; }
                """);
        Descriptor outer = file.findMessageTypeByName("Outer");
        assertThat(outer.findFieldByName("inner").getMessageType().getFullName()).isEqualTo("a.b.Outer.Inner");
        assertThat(outer.findFieldByName("modes").isPacked()).isTrue();
        assertThat(outer.findFieldByName("other").isRequired()).isTrue();
        assertThat(outer.findNestedTypeByName("Inner").findFieldByName("n").getDefaultValue()).isEqualTo(7);
        assertThat(file.findMessageTypeByName("Other").findFieldByName("s").getDefaultValue()).isEqualTo("x\"y");
    }

    @Test
    void aFileThatDoesNotParseIsNamedWithItsLineAndColumn() {
        assertThatThrownBy(() -> new ProtoLoader(List.of(PROTOS)).load(List.of("bad.proto")))
                .isInstanceOf(ProtoSyntaxError.class)
                .hasMessage("bad.proto:7:3: syntax error: unexpected \"int32\", expecting \";\"");
        assertThatThrownBy(() -> ProtoParser.parse("x.proto", "syntax = \"proto3\";\nmessage M { string s = 1; \n"))
                .hasMessage("x.proto:3:1: syntax error: unexpected end of file, expecting \"}\"");
        assertThatThrownBy(() -> link("syntax = \"proto3\"; message M { Missing m = 1; }"))
                .hasMessageContaining("\"Missing\" is not defined");
    }

    @Test
    void theScriptSeesTheSameErrors() {
        try (ModuleScript script = new ModuleScript().importing("grpc", new GrpcModule())) {
            assertThat(script.errorOf("new grpc.Client().load(['src/test/resources/protos'], 'bad.proto')"))
                    .isEqualTo("bad.proto:7:3: syntax error: unexpected \"int32\", expecting \";\"");
            assertThat(script.errorOf("new grpc.Client().load([], 'nowhere.proto')"))
                    .isEqualTo("open nowhere.proto: no such file or directory");
        }
    }

    private static FileDescriptor link(String text) {
        return ProtoLoader.linkAll(List.of(ProtoParser.parse("test.proto", text))).get(0);
    }

    /** What a file defines, one line per field and method, with every type resolved to its full name. */
    private static List<String> outline(FileDescriptor file) {
        List<String> lines = new ArrayList<>();
        lines.add("file " + file.getName() + " " + file.getPackage() + " " + file.getDependencies().stream()
                .map(FileDescriptor::getName).toList());
        for (EnumDescriptor e : file.getEnumTypes()) {
            e.getValues().forEach(v -> lines.add("enum " + e.getFullName() + " " + v.getName() + "=" + v.getNumber()));
        }
        file.getMessageTypes().forEach(m -> outline(m, lines));
        file.getServices().forEach(s -> s.getMethods().forEach(m -> lines.add(method(m))));
        return lines;
    }

    private static void outline(Descriptor message, List<String> lines) {
        for (FieldDescriptor f : message.getFields()) {
            String type = switch (f.getJavaType()) {
                case MESSAGE -> f.getMessageType().getFullName();
                case ENUM -> f.getEnumType().getFullName();
                default -> f.getType().name();
            };
            lines.add(message.getFullName() + "." + f.getName() + "=" + f.getNumber() + " " + type + " "
                    + (f.isRepeated() ? "repeated" : "single") + (f.isMapField() ? " map" : "")
                    + (f.getRealContainingOneof() != null ? " oneof " + f.getRealContainingOneof().getName() : "")
                    + (f.hasPresence() ? " presence" : ""));
        }
        message.getNestedTypes().forEach(n -> outline(n, lines));
    }

    private static String method(MethodDescriptor m) {
        return "rpc " + m.getFullName() + "(" + (m.isClientStreaming() ? "stream " : "") + m.getInputType().getFullName()
                + ") " + (m.isServerStreaming() ? "stream " : "") + m.getOutputType().getFullName();
    }
}
