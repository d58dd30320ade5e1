package io.jk6.grpc.proto;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.MethodDescriptorProto;
import com.google.protobuf.DescriptorProtos.ServiceDescriptorProto;
import io.jk6.grpc.proto.ProtoTokens.Kind;
import io.jk6.grpc.proto.ProtoTokens.Token;

/**
 * Parses one {@code .proto} file (proto2 or proto3) into a {@code FileDescriptorProto}, as protoc would
 * describe it, for protobuf-java to link ({@code Descriptors.FileDescriptor.buildFrom}). Type names are kept as
 * written: protobuf-java resolves relative names in their scope and tells a message from an enum itself.
 * Options that change what goes on the wire or in JSON are kept ({@code json_name}, {@code packed},
 * {@code allow_alias}, {@code default}); the others are read and dropped, since a load test needs no code
 * generator's options.
 */
public final class ProtoParser extends ProtoCursor {

    private boolean proto3;

    private ProtoParser(String file, String text) {
        super(file, text);
    }

    /** The descriptor of {@code text}, named {@code file} (its path relative to the import path that found it). */
    public static FileDescriptorProto parse(String file, String text) {
        return new ProtoParser(file, text).file();
    }

    private FileDescriptorProto file() {
        FileDescriptorProto.Builder out = FileDescriptorProto.newBuilder().setName(file);
        if (peek().is("syntax")) {
            next();
            expect("=");
            Token syntax = expectKind(Kind.STRING, "syntax version");
            if (!syntax.text().equals("proto2") && !syntax.text().equals("proto3")) {
                throw error(syntax, "syntax value must be \"proto2\" or \"proto3\"");
            }
            proto3 = syntax.text().equals("proto3");
            out.setSyntax(syntax.text());
            expect(";");
        } else if (peek().is("edition")) {
            throw error(peek(), "editions are not supported by jk6");
        }
        while (peek().kind() != Kind.EOF) {
            Token token = next();
            switch (token.text()) {
                case "package" -> {
                    out.setPackage(fullIdent());
                    expect(";");
                }
                case "import" -> {
                    if (peek().is("public")) {
                        next();
                        out.addPublicDependency(out.getDependencyCount());
                    } else if (peek().is("weak")) {
                        next();
                        out.addWeakDependency(out.getDependencyCount());
                    }
                    out.addDependency(expectKind(Kind.STRING, "file name").text());
                    expect(";");
                }
                case "option" -> option();
                case "message" -> out.addMessageType(message());
                case "enum" -> out.addEnumType(enumeration());
                case "service" -> out.addService(service());
                case "extend" -> skipBlock();
                case ";" -> { }
                default -> throw unexpected(token, "top-level declaration");
            }
        }
        return out.build();
    }

    private DescriptorProto message() {
        DescriptorProto.Builder message = DescriptorProto.newBuilder().setName(ident("message name").text());
        expect("{");
        OneofCollector oneofs = new OneofCollector(message);
        messageBody(message, oneofs, -1);
        oneofs.addSynthetic();
        return message.build();
    }

    /** The declarations up to the closing brace; fields read inside a {@code oneof} carry its index. */
    private void messageBody(DescriptorProto.Builder message, OneofCollector oneofs, int oneofIndex) {
        while (!peek().is("}")) {
            Token token = peek();
            if (token.kind() == Kind.EOF) {
                throw unexpected(token, "\"}\"");
            }
            switch (token.text()) {
                case "message" -> {
                    next();
                    message.addNestedType(message());
                }
                case "enum" -> {
                    next();
                    message.addEnumType(enumeration());
                }
                case "option" -> {
                    next();
                    option();
                }
                case "oneof" -> {
                    next();
                    String name = ident("oneof name").text();
                    expect("{");
                    messageBody(message, oneofs, oneofs.add(name));
                }
                case "reserved", "extensions" -> skipStatement();
                case "extend" -> skipBlock();
                case ";" -> next();
                default -> field(message, oneofs, oneofIndex);
            }
        }
        next();
    }

    private void field(DescriptorProto.Builder message, OneofCollector oneofs, int oneofIndex) {
        FieldDescriptorProto.Builder field = FieldDescriptorProto.newBuilder()
                .setLabel(FieldDescriptorProto.Label.LABEL_OPTIONAL);
        boolean optional = false;
        Token first = peek();
        if (first.is("repeated")) {
            next();
            field.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED);
        } else if (first.is("required") || first.is("optional")) {
            next();
            optional = first.is("optional");
            if (first.is("required")) {
                field.setLabel(FieldDescriptorProto.Label.LABEL_REQUIRED);
            }
        }
        if (peek().is("map") && ahead(1).is("<")) {
            next();
            mapField(message, field);
        } else if (peek().is("group")) {
            throw error(peek(), "groups are not supported by jk6");
        } else {
            FieldTypes.setType(field, typeName());
        }
        field.setName(ident("field name").text());
        expect("=");
        field.setNumber(intValue(expectKind(Kind.INT, "field number")));
        if (peek().is("[")) {
            FieldOptions.read(this, field);
        }
        expect(";");
        if (oneofIndex >= 0) {
            field.setOneofIndex(oneofIndex);
        } else if (optional && proto3) {
            field.setProto3Optional(true);
            oneofs.synthetic(message.getFieldCount(), field.getName());
        }
        message.addField(field);
    }

    /** {@code map<K, V> name = n;}: a repeated field of a nested {@code NameEntry} message, as protoc makes it. */
    private void mapField(DescriptorProto.Builder message, FieldDescriptorProto.Builder field) {
        expect("<");
        String key = typeName();
        expect(",");
        String value = typeName();
        expect(">");
        Token name = peek();
        String entryName = FieldTypes.mapEntryName(name.text());
        message.addNestedType(FieldTypes.mapEntry(entryName, key, value));
        field.setLabel(FieldDescriptorProto.Label.LABEL_REPEATED).setTypeName(entryName)
                .setType(FieldDescriptorProto.Type.TYPE_MESSAGE);
    }

    private EnumDescriptorProto enumeration() {
        EnumDescriptorProto.Builder out = EnumDescriptorProto.newBuilder().setName(ident("enum name").text());
        expect("{");
        while (!peek().is("}")) {
            Token token = next();
            switch (token.text()) {
                case "option" -> {
                    String name = optionName();
                    expect("=");
                    Token value = optionValue();
                    if (name.equals("allow_alias")) {
                        out.getOptionsBuilder().setAllowAlias(value.is("true"));
                    }
                    expect(";");
                }
                case "reserved" -> skipStatement();
                case ";" -> { }
                default -> {
                    if (token.kind() != Kind.IDENT) {
                        throw unexpected(token, "enum value");
                    }
                    expect("=");
                    boolean negative = peek().is("-");
                    if (negative) {
                        next();
                    }
                    int number = intValue(expectKind(Kind.INT, "enum value number"));
                    if (peek().is("[")) {
                        skipBracketed();
                    }
                    expect(";");
                    out.addValue(EnumValueDescriptorProto.newBuilder().setName(token.text())
                            .setNumber(negative ? -number : number));
                }
            }
        }
        next();
        return out.build();
    }

    private ServiceDescriptorProto service() {
        ServiceDescriptorProto.Builder out = ServiceDescriptorProto.newBuilder().setName(ident("service name").text());
        expect("{");
        while (!peek().is("}")) {
            Token token = next();
            switch (token.text()) {
                case "option" -> option();
                case ";" -> { }
                case "rpc" -> out.addMethod(rpc());
                default -> throw unexpected(token, "\"rpc\" or \"option\"");
            }
        }
        next();
        return out.build();
    }

    private MethodDescriptorProto rpc() {
        MethodDescriptorProto.Builder method = MethodDescriptorProto.newBuilder().setName(ident("method name").text());
        expect("(");
        if (peek().is("stream") && ahead(1).kind() == Kind.IDENT) {
            next();
            method.setClientStreaming(true);
        }
        method.setInputType(typeName());
        expect(")");
        expect("returns");
        expect("(");
        if (peek().is("stream") && ahead(1).kind() == Kind.IDENT) {
            next();
            method.setServerStreaming(true);
        }
        method.setOutputType(typeName());
        expect(")");
        if (peek().is("{")) {
            skipBlock();
        } else {
            expect(";");
        }
        return method.build();
    }

    /** {@code option name = value;} after the keyword: read and dropped. */
    private void option() {
        optionName();
        expect("=");
        optionValue();
        expect(";");
    }
}
