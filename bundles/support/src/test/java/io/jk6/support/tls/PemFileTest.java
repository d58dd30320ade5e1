package io.jk6.support.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PemFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileIsReadAsItsText() throws Exception {
        Path file = Files.writeString(dir.resolve("ca.pem"), PemTest.resource("ec.crt"));

        assertThat(Pem.certificates(PemFile.read("K6_X_CERT", file.toString()))).hasSize(1);
    }

    @Test
    void aFileThatCannotBeReadNamesTheVariableAndThePathInGosWords() {
        String missing = dir.resolve("missing.pem").toString();

        assertThatThrownBy(() -> PemFile.read("K6_X_CERT", missing))
                .hasMessage("K6_X_CERT: open " + missing + ": no such file or directory");
        assertThatThrownBy(() -> PemFile.read("K6_X_CERT", dir.toString()))
                .hasMessage("K6_X_CERT: open " + dir + ": is a directory");
        assertThatThrownBy(() -> PemFile.read("K6_X_CERT", "nul\0byte"))
                .hasMessageStartingWith("K6_X_CERT: open nul\0byte: ");
    }
}
