package io.jk6.grpc;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.Descriptors.MethodDescriptor;
import com.google.protobuf.Descriptors.ServiceDescriptor;
import io.jk6.api.js.InitEnvironment;
import io.jk6.api.js.VU;
import io.jk6.grpc.client.JsonCodec;
import io.jk6.grpc.proto.ProtoLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The methods a client can call, by {@code /pkg.Service/Method}: from {@code .proto} files or a protoset in
 * the init context, or from the server's reflection at connect. Loading again adds to what is known, as k6.
 * The linked files are kept once per test run for every VU loading the same files (descriptors are
 * immutable), so 1000 VUs parse a file once.
 */
final class MethodTable {

    private final VU vu;
    private final Map<String, MethodDescriptor> methods = new HashMap<>();
    private final Map<String, FileDescriptor> files = new LinkedHashMap<>();
    private JsonCodec codec = JsonCodec.EMPTY;

    MethodTable(VU vu) {
        this.vu = vu;
    }

    MethodDescriptor get(String fullName) {
        return methods.get(fullName);
    }

    /** JSON to and from the messages of what was loaded so far. */
    JsonCodec codec() {
        return codec;
    }

    static String fullName(MethodDescriptor method) {
        return "/" + method.getService().getFullName() + "/" + method.getName();
    }

    String load(Value importPaths, Value files) {
        InitEnvironment init = initEnvironment();
        Path base = init.scriptDirectory();
        List<Path> paths = new ArrayList<>();
        for (long i = 0; i < importPaths.getArraySize(); i++) {
            paths.add(base.resolve(importPaths.getArrayElement(i).asString()).normalize());
        }
        if (paths.isEmpty()) {
            paths.add(base);
        }
        List<String> names = new ArrayList<>();
        for (long i = 0; i < files.getArraySize(); i++) {
            names.add(files.getArrayElement(i).asString());
        }
        List<FileDescriptor> loaded = init.shared("k6/net/grpc:load:" + paths + ":" + names,
                () -> new ProtoLoader(paths).load(names));
        return add(loaded);
    }

    String loadProtoset(String file) {
        InitEnvironment init = initEnvironment();
        Path path = init.scriptDirectory().resolve(file).normalize();
        List<FileDescriptor> loaded = init.shared("k6/net/grpc:protoset:" + path, () -> {
            try {
                return ProtoLoader.linkAll(FileDescriptorSet.parseFrom(Files.readAllBytes(path)).getFileList());
            } catch (com.google.protobuf.InvalidProtocolBufferException e) {
                throw new IllegalArgumentException("couldn't unmarshal protoset file " + file + ": " + e.getMessage(), e);
            } catch (IOException e) {
                throw new IllegalArgumentException("couldn't open protoset: open " + file
                        + ": no such file or directory", e);
            }
        });
        return add(loaded);
    }

    /** What reflection found at connect, which is after the init context: nothing is shared. */
    void addReflected(List<FileDescriptorProto> files) {
        add(ProtoLoader.linkAll(files));
    }

    private InitEnvironment initEnvironment() {
        if (vu.state().isPresent()) {
            throw new IllegalStateException("load must be called in the init context");
        }
        return vu.initEnv().orElseThrow(() -> new IllegalStateException("missing init environment"));
    }

    /** Adds the files' methods; k6's MethodInfo of each, in JSON. */
    private String add(List<FileDescriptor> loaded) {
        JsonArray infos = new JsonArray();
        for (FileDescriptor file : loaded) {
            files.put(file.getName(), file);
            for (ServiceDescriptor service : file.getServices()) {
                for (MethodDescriptor method : service.getMethods()) {
                    methods.put(fullName(method), method);
                    JsonObject info = new JsonObject();
                    info.addProperty("package", file.getPackage());
                    info.addProperty("service", service.getName());
                    info.addProperty("full_method", fullName(method));
                    infos.add(info);
                }
            }
        }
        codec = JsonCodec.of(files.values());
        return infos.toString();
    }
}
