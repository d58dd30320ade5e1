package io.jk6.engine.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveTarTest {

    @TempDir
    Path dir;

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] write(Archive archive) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ArchiveTar.write(archive, out);
        return out.toByteArray();
    }

    private static Archive sample(Path script, Map<Path, byte[]> extra) {
        Map<Path, byte[]> files = new LinkedHashMap<>();
        files.put(script, utf8("import './lib/a.js';\n"));
        files.putAll(extra);
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("vus", 2L);
        options.put("duration", "1s");
        options.put("thresholds", Map.of("checks", List.of("rate==1")));
        return new Archive(script, script.getParent(), options, Map.of("NAME", "ann"), files, "0.1.0", "base");
    }

    @Test
    void roundTripsScriptFilesOptionsAndEnv() throws IOException {
        Path script = Path.of("/srv/tests/script.js");
        Path lib = Path.of("/srv/tests/lib/a.js");
        Path data = Path.of("/srv/data/users.csv");
        byte[] tar = write(sample(script, Map.of(lib, utf8("export const a = 1;\n"), data, new byte[] {0, 1, 2, (byte) 255})));

        assertThat(ArchiveTar.isArchive(tar)).isTrue();
        Archive read = ArchiveTar.read(tar);
        assertThat(read.script()).isEqualTo(script);
        assertThat(new String(read.data(), StandardCharsets.UTF_8)).isEqualTo("import './lib/a.js';\n");
        assertThat(read.files()).containsOnlyKeys(script, lib, data);
        assertThat(read.files().get(data)).containsExactly(0, 1, 2, 255);
        assertThat(read.options()).containsEntry("vus", 2L).containsEntry("duration", "1s")
                .containsEntry("thresholds", Map.of("checks", List.of("rate==1")));
        assertThat(read.env()).containsExactly(Map.entry("NAME", "ann"));
        assertThat(read.compatibilityMode()).isEqualTo("base");
    }

    @Test
    void scriptsAreNotArchivesWhateverTheirName() {
        assertThat(ArchiveTar.isArchive(utf8("export default function () {}\n"))).isFalse();
        byte[] block = new byte[512];
        System.arraycopy(utf8("export default function () {}"), 0, block, 0, 29);
        assertThat(ArchiveTar.isArchive(block)).isFalse();
    }

    @Test
    void anonymizesHomeDirectoriesAsK6() throws IOException {
        Path script = Path.of("/home/ann/tests/script.js");
        Archive read = ArchiveTar.read(write(sample(script, Map.of(Path.of("/home/ann/tests/lib/a.js"), utf8("x")))));
        assertThat(read.script()).isEqualTo(Path.of("/home/nobody/tests/script.js"));
        assertThat(read.files()).containsKey(Path.of("/home/nobody/tests/lib/a.js"));
    }

    @Test
    void keepsPathsLongerThanAUstarName() throws IOException {
        Path deep = Path.of("/srv/" + "a-rather-long-directory-name/".repeat(8) + "and-a-long-file-name-too.js");
        Path script = Path.of("/srv/script.js");
        Archive read = ArchiveTar.read(write(sample(script, Map.of(deep, utf8("deep")))));
        assertThat(read.files().get(deep)).isEqualTo(utf8("deep"));
    }

    @Test
    void isReadableByTheSystemTar() throws Exception {
        Path script = Path.of("/srv/tests/script.js");
        Path tarFile = dir.resolve("archive.tar");
        Files.write(tarFile, write(sample(script, Map.of(Path.of("/srv/tests/lib/a.js"), utf8("export const a = 1;\n")))));
        Process tar;
        try {
            tar = new ProcessBuilder("tar", "-tvf", tarFile.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            return; // no tar on this machine: the round trip tests still hold
        }
        String listing = new String(tar.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(tar.waitFor(10, TimeUnit.SECONDS)).isTrue();
        assertThat(tar.exitValue()).as(listing).isZero();
        List<String> names = new ArrayList<>();
        for (String line : listing.split("\n")) {
            names.add(line.substring(line.lastIndexOf(' ') + 1));
        }
        assertThat(listing).contains("file/srv/tests/script.js link to data");
        assertThat(names).startsWith("metadata.json", "data").contains("file/srv/tests/lib/a.js");
    }

    @Test
    void rejectsATarOfAnotherLayout() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Tar.writeEntry(out, "notes.txt", Tar.FILE, "", utf8("hello"), 0);
        Tar.finish(out);
        assertThat(ArchiveTar.isArchive(out.toByteArray())).isTrue();
        assertThatThrownBy(() -> ArchiveTar.read(out.toByteArray())).hasMessageContaining("notes.txt");
    }
}
