package io.jk6.engine.archive;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The POSIX tar (ustar, with pax headers for long names) that k6's archives use: regular files,
 * directories and hard links. Hand-written on purpose: Commons Compress's tar package drags its
 * zip, zstd, brotli and xz support into the engine bundle (+2.4 MB, optional imports); k6's
 * layout needs 150 lines.
 */
final class Tar {

    static final char FILE = '0';
    static final char LINK = '1';
    static final char DIRECTORY = '5';
    private static final char PAX = 'x';
    private static final char PAX_GLOBAL = 'g';
    private static final char GNU_LONG_NAME = 'L';
    private static final int BLOCK = 512;

    private Tar() {
    }

    /** One entry as read: its name, type and content (empty for directories and links). */
    record Entry(String name, char type, String linkName, byte[] content) {
        boolean isFile() {
            return type == FILE || type == 0;
        }
    }

    /** True when the block is a ustar header (magic "ustar" at 257) with a right checksum. */
    static boolean isHeader(byte[] block) {
        if (block.length < BLOCK || !new String(block, 257, 5, StandardCharsets.US_ASCII).equals("ustar")) {
            return false;
        }
        try {
            return octal(block, 148, 8) == checksum(block);
        } catch (IOException e) {
            return false;
        }
    }

    static void writeEntry(OutputStream out, String name, char type, String linkName, byte[] content, long modTime)
            throws IOException {
        byte[] nameBytes = name.getBytes(StandardCharsets.UTF_8);
        String prefix = "";
        String shortName = name;
        if (nameBytes.length > 100) {
            int slash = name.lastIndexOf('/', name.length() - 2);
            if (slash > 0 && slash <= 155 && name.length() - slash - 1 <= 100 && name.length() == nameBytes.length) {
                prefix = name.substring(0, slash);
                shortName = name.substring(slash + 1);
            } else {
                // a pax header carries the full name; the ustar name is only a stand-in
                byte[] record = paxRecord("path", name);
                writeHeader(out, "PaxHeaders/" + Math.abs(name.hashCode()), "", PAX, "", record.length, modTime);
                writeContent(out, record);
                shortName = name.substring(Math.max(0, name.length() - 90));
            }
        }
        writeHeader(out, shortName, prefix, type, linkName, content.length, modTime);
        writeContent(out, content);
    }

    static void finish(OutputStream out) throws IOException {
        out.write(new byte[BLOCK * 2]);
        out.flush();
    }

    /** The next entry, or null at the end of the archive. */
    static Entry readEntry(InputStream in) throws IOException {
        String longName = null;
        while (true) {
            byte[] header = in.readNBytes(BLOCK);
            if (header.length < BLOCK || isZero(header)) {
                return null;
            }
            if (octal(header, 148, 8) != checksum(header)) {
                throw new IOException("not a tar archive (bad header checksum)");
            }
            char type = (char) header[156];
            long size = octal(header, 124, 12);
            if (size < 0 || size > Integer.MAX_VALUE - 16) {
                throw new IOException("tar entry too large: " + size + " bytes");
            }
            byte[] content = in.readNBytes((int) size);
            if (content.length < size) {
                throw new EOFException("the tar archive ends inside an entry");
            }
            in.skipNBytes((BLOCK - size % BLOCK) % BLOCK);
            if (type == PAX) {
                String path = paxPath(content);
                longName = path != null ? path : longName;
                continue;
            }
            if (type == PAX_GLOBAL) {
                continue;
            }
            if (type == GNU_LONG_NAME) {
                longName = text(content, 0, content.length);
                continue;
            }
            String name = text(header, 0, 100);
            String prefix = text(header, 345, 155);
            if (longName != null) {
                name = longName;
            } else if (!prefix.isEmpty()) {
                name = prefix + "/" + name;
            }
            return new Entry(name, type, text(header, 157, 100), content);
        }
    }

    private static void writeHeader(OutputStream out, String name, String prefix, char type, String linkName,
            long size, long modTime) throws IOException {
        byte[] h = new byte[BLOCK];
        put(h, 0, 100, name);
        put(h, 100, 8, String.format("%07o", type == DIRECTORY ? 0755 : 0644));
        put(h, 108, 8, "0000000");
        put(h, 116, 8, "0000000");
        put(h, 124, 12, String.format("%011o", size));
        put(h, 136, 12, String.format("%011o", modTime));
        Arrays.fill(h, 148, 156, (byte) ' ');
        h[156] = (byte) type;
        put(h, 157, 100, linkName);
        put(h, 257, 6, "ustar");
        put(h, 263, 2, "00");
        put(h, 345, 155, prefix);
        put(h, 148, 8, String.format("%06o", checksum(h)));
        h[155] = ' ';
        out.write(h);
    }

    private static void writeContent(OutputStream out, byte[] content) throws IOException {
        out.write(content);
        out.write(new byte[(BLOCK - content.length % BLOCK) % BLOCK]);
    }

    /** {@code "LEN key=value\n"}, LEN counting itself. */
    private static byte[] paxRecord(String key, String value) {
        int body = (" " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8).length;
        int length = body + String.valueOf(body).length();
        if (String.valueOf(length).length() != String.valueOf(body).length()) {
            length++;
        }
        return (length + " " + key + "=" + value + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static String paxPath(byte[] records) {
        for (String record : new String(records, StandardCharsets.UTF_8).split("\n")) {
            int space = record.indexOf(' ');
            if (space > 0 && record.startsWith("path=", space + 1)) {
                return record.substring(space + 1 + "path=".length());
            }
        }
        return null;
    }

    private static void put(byte[] h, int offset, int length, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, h, offset, Math.min(bytes.length, length));
    }

    private static String text(byte[] h, int offset, int length) {
        int end = offset;
        while (end < offset + length && end < h.length && h[end] != 0) {
            end++;
        }
        return new String(h, offset, end - offset, StandardCharsets.UTF_8);
    }

    private static long octal(byte[] h, int offset, int length) throws IOException {
        String digits = text(h, offset, length).trim();
        if (digits.isEmpty()) {
            return 0;
        }
        try {
            return Long.parseLong(digits, 8);
        } catch (NumberFormatException e) {
            throw new IOException("not a tar archive (bad number \"" + digits + "\" in a header)", e);
        }
    }

    /** The header's bytes summed with the checksum field as spaces. */
    private static long checksum(byte[] h) {
        long sum = 0;
        for (int i = 0; i < BLOCK; i++) {
            sum += (i >= 148 && i < 156) ? ' ' : (h[i] & 0xff);
        }
        return sum;
    }

    private static boolean isZero(byte[] block) {
        for (byte b : block) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
