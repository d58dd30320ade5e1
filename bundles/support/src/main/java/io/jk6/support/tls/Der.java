package io.jk6.support.tls;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough DER to turn the traditional key forms (PKCS#1 RSA, SEC1 EC) into PKCS#8, the one
 * form the JDK's {@code KeyFactory} reads: writing a tag-length-value, and reading the elements of
 * a SEQUENCE. No general ASN.1: anything else in a key is the JDK's to judge.
 */
final class Der {

    static final int INTEGER = 0x02;
    static final int OCTET_STRING = 0x04;
    static final int OID = 0x06;
    static final int SEQUENCE = 0x30;
    /** SEC1's {@code parameters [0] EXPLICIT ECParameters}: constructed, context-specific, tag 0. */
    static final int CONTEXT_0 = 0xa0;

    /** One element: its tag, its content, and all of its bytes (to copy it whole). */
    record Element(int tag, byte[] content, byte[] encoded) {
    }

    private Der() {
    }

    /** A tag-length-value with DER's definite length (short form below 128, long form above). */
    static byte[] encode(int tag, byte[]... parts) {
        ByteArrayOutputStream content = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            content.writeBytes(part);
        }
        int n = content.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream(n + 6);
        out.write(tag);
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = n < 0x100 ? 1 : n < 0x10000 ? 2 : n < 0x1000000 ? 3 : 4;
            out.write(0x80 | bytes);
            for (int shift = (bytes - 1) * 8; shift >= 0; shift -= 8) {
                out.write(n >>> shift);
            }
        }
        out.writeBytes(content.toByteArray());
        return out.toByteArray();
    }

    /**
     * The elements of the SEQUENCE {@code der} holds.
     *
     * @throws IllegalArgumentException {@code der} is not one well-formed SEQUENCE
     */
    static List<Element> sequence(byte[] der) {
        Element outer = read(der, 0);
        if (outer.tag() != SEQUENCE || outer.encoded().length != der.length) {
            throw new IllegalArgumentException("not a DER SEQUENCE");
        }
        List<Element> elements = new ArrayList<>();
        byte[] content = outer.content();
        for (int at = 0; at < content.length; ) {
            Element element = read(content, at);
            elements.add(element);
            at += element.encoded().length;
        }
        return elements;
    }

    /** The element starting at {@code at}: one-byte tags only, which is all keys use. */
    private static Element read(byte[] der, int at) {
        if (at + 2 > der.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        int tag = der[at] & 0xff;
        int first = der[at + 1] & 0xff;
        int header = 2;
        long length = first;
        if (first >= 0x80) {
            int bytes = first & 0x7f;
            if (bytes == 0 || bytes > 4 || at + 2 + bytes > der.length) {
                throw new IllegalArgumentException("bad DER length");
            }
            length = 0;
            for (int i = 0; i < bytes; i++) {
                length = length << 8 | der[at + 2 + i] & 0xff;
            }
            header += bytes;
        }
        if (at + header + length > der.length) {
            throw new IllegalArgumentException("truncated DER");
        }
        int end = at + header + (int) length;
        byte[] content = java.util.Arrays.copyOfRange(der, at + header, end);
        return new Element(tag, content, java.util.Arrays.copyOfRange(der, at, end));
    }
}
