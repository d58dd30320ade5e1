package io.jk6.grpc.proto;

import java.util.ArrayList;
import java.util.List;

/**
 * The tokens of a {@code .proto} file, each with its line and column (from 1), so a syntax error names the
 * place as protoc and k6's parser do ({@code file.proto:3:5: ...}). Comments are dropped; string literals
 * keep their decoded text.
 */
final class ProtoTokens {

    enum Kind { IDENT, INT, FLOAT, STRING, SYMBOL, EOF }

    record Token(Kind kind, String text, int line, int column) {

        boolean is(String symbolOrWord) {
            return (kind == Kind.SYMBOL || kind == Kind.IDENT) && text.equals(symbolOrWord);
        }

        /** How an unexpected token is named in an error: its text quoted, or "end of file". */
        String shown() {
            return kind == Kind.EOF ? "end of file" : kind == Kind.STRING ? "string literal" : "\"" + text + "\"";
        }
    }

    private final String file;
    private final String text;
    private int at;
    private int line = 1;
    private int column = 1;

    private ProtoTokens(String file, String text) {
        this.file = file;
        this.text = text;
    }

    static List<Token> of(String file, String text) {
        return new ProtoTokens(file, text).all();
    }

    private List<Token> all() {
        List<Token> tokens = new ArrayList<>();
        while (true) {
            skipSpaceAndComments();
            if (at >= text.length()) {
                tokens.add(new Token(Kind.EOF, "", line, column));
                return tokens;
            }
            tokens.add(next());
        }
    }

    private Token next() {
        int startLine = line;
        int startColumn = column;
        char c = text.charAt(at);
        if (Character.isLetter(c) || c == '_') {
            int from = at;
            while (at < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '_')) {
                advance();
            }
            return new Token(Kind.IDENT, text.substring(from, at), startLine, startColumn);
        }
        if (Character.isDigit(c) || (c == '.' && at + 1 < text.length() && Character.isDigit(text.charAt(at + 1)))) {
            int from = at;
            boolean floating = false;
            while (at < text.length() && (Character.isLetterOrDigit(peek()) || peek() == '.'
                    || ((peek() == '-' || peek() == '+') && (text.charAt(at - 1) == 'e' || text.charAt(at - 1) == 'E')
                            && !text.substring(from, at).startsWith("0x")))) {
                floating |= peek() == '.' || peek() == 'e' || peek() == 'E';
                advance();
            }
            String number = text.substring(from, at);
            boolean hex = number.startsWith("0x") || number.startsWith("0X");
            return new Token(floating && !hex ? Kind.FLOAT : Kind.INT, number, startLine, startColumn);
        }
        if (c == '"' || c == '\'') {
            return new Token(Kind.STRING, string(c, startLine, startColumn), startLine, startColumn);
        }
        advance();
        return new Token(Kind.SYMBOL, String.valueOf(c), startLine, startColumn);
    }

    private String string(char quote, int startLine, int startColumn) {
        advance();
        StringBuilder out = new StringBuilder();
        while (true) {
            if (at >= text.length() || peek() == '\n') {
                throw new ProtoSyntaxError(file, startLine, startColumn, "syntax error: unterminated string literal");
            }
            char c = advance();
            if (c == quote) {
                return out.toString();
            }
            if (c != '\\') {
                out.append(c);
                continue;
            }
            char escaped = advance();
            switch (escaped) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int value = escaped - '0';
                    for (int i = 0; i < 2 && at < text.length() && peek() >= '0' && peek() <= '7'; i++) {
                        value = value * 8 + (advance() - '0');
                    }
                    out.append((char) value);
                }
                case 'x' -> {
                    int value = 0;
                    for (int i = 0; i < 2 && at < text.length() && Character.digit(peek(), 16) >= 0; i++) {
                        value = value * 16 + Character.digit(advance(), 16);
                    }
                    out.append((char) value);
                }
                default -> out.append(escaped);
            }
        }
    }

    private void skipSpaceAndComments() {
        while (at < text.length()) {
            char c = peek();
            if (Character.isWhitespace(c)) {
                advance();
            } else if (text.startsWith("//", at)) {
                while (at < text.length() && peek() != '\n') {
                    advance();
                }
            } else if (text.startsWith("/*", at)) {
                int startLine = line;
                int startColumn = column;
                int end = text.indexOf("*/", at + 2);
                if (end < 0) {
                    throw new ProtoSyntaxError(file, startLine, startColumn, "syntax error: unterminated comment");
                }
                while (at < end + 2) {
                    advance();
                }
            } else {
                return;
            }
        }
    }

    private char peek() {
        return text.charAt(at);
    }

    private char advance() {
        char c = text.charAt(at++);
        if (c == '\n') {
            line++;
            column = 1;
        } else {
            column++;
        }
        return c;
    }
}
