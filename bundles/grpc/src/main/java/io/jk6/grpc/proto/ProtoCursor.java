package io.jk6.grpc.proto;

import io.jk6.grpc.proto.ProtoTokens.Kind;
import io.jk6.grpc.proto.ProtoTokens.Token;
import java.util.List;

/**
 * A position in a {@code .proto} file's tokens and the pieces every declaration reads with it: names, option
 * names and values, blocks skipped whole; and the syntax errors, named by file, line and column.
 */
class ProtoCursor {

    final String file;
    private final List<Token> tokens;
    private int at;

    ProtoCursor(String file, String text) {
        this.file = file;
        this.tokens = ProtoTokens.of(file, text);
    }

    /** The token {@code ahead} places after the next one (0: the next one). */
    Token ahead(int ahead) {
        return tokens.get(Math.min(at + ahead, tokens.size() - 1));
    }

    String optionName() {
        StringBuilder name = new StringBuilder();
        do {
            if (peek().is("(")) {
                next();
                name.append('(').append(fullIdent()).append(')');
                expect(")");
            } else {
                name.append(ident("option name").text());
            }
        } while (peek().is(".") && name.append(next().text()) != null);
        return name.toString();
    }

    /** A constant (its last token; strings next to each other are one) or an aggregate value in braces. */
    Token optionValue() {
        if (peek().is("{")) {
            Token open = peek();
            skipBlock();
            return open;
        }
        if (peek().is("-") || peek().is("+")) {
            Token sign = next();
            Token number = next();
            return new Token(number.kind(), sign.text() + number.text(), number.line(), number.column());
        }
        Token value = next();
        if (value.kind() == Kind.STRING) {
            StringBuilder joined = new StringBuilder(value.text());
            while (peek().kind() == Kind.STRING) {
                joined.append(next().text());
            }
            return new Token(Kind.STRING, joined.toString(), value.line(), value.column());
        }
        if (value.kind() == Kind.SYMBOL || value.kind() == Kind.EOF) {
            throw unexpected(value, "option value");
        }
        return value;
    }

    String typeName() {
        StringBuilder name = new StringBuilder();
        if (peek().is(".")) {
            name.append(next().text());
        }
        name.append(fullIdent());
        return name.toString();
    }

    String fullIdent() {
        StringBuilder name = new StringBuilder(ident("identifier").text());
        while (peek().is(".")) {
            next();
            name.append('.').append(ident("identifier").text());
        }
        return name.toString();
    }

    void skipStatement() {
        while (!next().is(";")) {
            if (peek().kind() == Kind.EOF) {
                throw unexpected(peek(), "\";\"");
            }
        }
    }

    /** Skips to the end of a block in braces (or of a statement that has none). */
    void skipBlock() {
        int depth = 0;
        while (true) {
            Token token = next();
            if (token.kind() == Kind.EOF) {
                throw unexpected(token, "\"}\"");
            }
            if (token.is("{")) {
                depth++;
            } else if (token.is("}") && --depth <= 0) {
                return;
            } else if (token.is(";") && depth == 0) {
                return;
            }
        }
    }

    void skipBracketed() {
        expect("[");
        while (!next().is("]")) {
            if (peek().kind() == Kind.EOF) {
                throw unexpected(peek(), "\"]\"");
            }
        }
    }

    Token ident(String what) {
        return expectKind(Kind.IDENT, what);
    }

    Token expectKind(Kind kind, String what) {
        Token token = next();
        if (token.kind() != kind) {
            throw unexpected(token, what);
        }
        return token;
    }

    Token expect(String symbol) {
        Token token = next();
        if (!token.is(symbol)) {
            throw unexpected(token, "\"" + symbol + "\"");
        }
        return token;
    }

    Token peek() {
        return tokens.get(at);
    }

    Token next() {
        Token token = tokens.get(at);
        if (token.kind() != Kind.EOF) {
            at++;
        }
        return token;
    }

    int intValue(Token token) {
        try {
            return Integer.decode(token.text());
        } catch (NumberFormatException e) {
            throw error(token, "syntax error: invalid integer " + token.text());
        }
    }

    ProtoSyntaxError unexpected(Token token, String expected) {
        return error(token, "syntax error: unexpected " + token.shown() + ", expecting " + expected);
    }

    ProtoSyntaxError error(Token token, String message) {
        return new ProtoSyntaxError(file, token.line(), token.column(), message);
    }
}
