package io.jk6.grpc.proto;

import com.google.protobuf.AnyProto;
import com.google.protobuf.ApiProto;
import com.google.protobuf.DescriptorProtos;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.Descriptors.DescriptorValidationException;
import com.google.protobuf.Descriptors.FileDescriptor;
import com.google.protobuf.DurationProto;
import com.google.protobuf.EmptyProto;
import com.google.protobuf.FieldMaskProto;
import com.google.protobuf.SourceContextProto;
import com.google.protobuf.StructProto;
import com.google.protobuf.TimestampProto;
import com.google.protobuf.TypeProto;
import com.google.protobuf.WrappersProto;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Loads {@code .proto} files as k6's {@code client.load(importPaths, ...files)} does: each file and its imports
 * are looked up in the import paths in order (an absolute name as it is), parsed and linked; the well-known
 * types ({@code google/protobuf/*.proto}) are protobuf-java's own descriptors, as protoparse has them built in.
 * Not thread-safe: one loader per {@code load()} call.
 */
public final class ProtoLoader {

    /** The well-known files protobuf-java compiled in: what {@code import "google/protobuf/...";} gets. */
    private static final Map<String, FileDescriptor> WELL_KNOWN = Stream.of(AnyProto.getDescriptor(),
            ApiProto.getDescriptor(), DescriptorProtos.getDescriptor(), DurationProto.getDescriptor(),
            EmptyProto.getDescriptor(), FieldMaskProto.getDescriptor(), SourceContextProto.getDescriptor(),
            StructProto.getDescriptor(), TimestampProto.getDescriptor(), TypeProto.getDescriptor(),
            WrappersProto.getDescriptor()).collect(java.util.stream.Collectors.toMap(FileDescriptor::getName, f -> f));

    private final List<Path> importPaths;
    private final Map<String, FileDescriptor> linked = new LinkedHashMap<>();
    private final Set<String> linking = new HashSet<>();

    /** @param importPaths absolute directories; none means the script's directory (the caller's choice) */
    public ProtoLoader(List<Path> importPaths) {
        this.importPaths = List.copyOf(importPaths);
    }

    /** The files named and every file they import, linked; the named ones first. */
    public List<FileDescriptor> load(List<String> files) {
        List<FileDescriptor> loaded = new ArrayList<>();
        for (String file : files) {
            loaded.add(link(file, null));
        }
        linked.values().stream().filter(f -> !loaded.contains(f)).forEach(loaded::add);
        return loaded;
    }

    /**
     * Links a protoset's files (a serialized {@code FileDescriptorSet}, as {@code protoc --descriptor_set_out}
     * writes it), in any order: each file is linked after the files it imports.
     */
    public static List<FileDescriptor> linkAll(List<FileDescriptorProto> files) {
        Map<String, FileDescriptorProto> byName = new HashMap<>();
        files.forEach(f -> byName.put(f.getName(), f));
        ProtoLoader loader = new ProtoLoader(List.of());
        List<FileDescriptor> out = new ArrayList<>();
        for (FileDescriptorProto file : files) {
            out.add(loader.link(file.getName(), byName::get));
        }
        return out;
    }

    private FileDescriptor link(String name, Function<String, FileDescriptorProto> given) {
        FileDescriptor known = WELL_KNOWN.get(name);
        if (known == null) {
            known = linked.get(name);
        }
        if (known != null) {
            return known;
        }
        if (!linking.add(name)) {
            throw new IllegalArgumentException("cycle found in imports: " + name);
        }
        FileDescriptorProto proto = given != null ? given.apply(name) : ProtoParser.parse(name, read(name));
        if (proto == null) {
            throw new IllegalArgumentException("no such file in the protoset: " + name);
        }
        FileDescriptor[] dependencies = new FileDescriptor[proto.getDependencyCount()];
        for (int i = 0; i < dependencies.length; i++) {
            dependencies[i] = link(proto.getDependency(i), given);
        }
        try {
            FileDescriptor file = FileDescriptor.buildFrom(proto, dependencies);
            linked.put(name, file);
            return file;
        } catch (DescriptorValidationException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        } finally {
            linking.remove(name);
        }
    }

    private String read(String name) {
        Path asGiven = Path.of(name);
        List<Path> candidates = new ArrayList<>();
        if (asGiven.isAbsolute()) {
            candidates.add(asGiven);
        } else {
            importPaths.forEach(dir -> candidates.add(dir.resolve(name)));
        }
        for (Path candidate : candidates) {
            if (Files.isRegularFile(candidate)) {
                try {
                    return Files.readString(candidate, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalArgumentException("could not read " + name + ": " + e.getMessage(), e);
                }
            }
        }
        // protoparse's words for a file in none of the import paths
        throw new IllegalArgumentException("open " + name + ": no such file or directory");
    }
}
