package io.jk6.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportScannerTest {

    @TempDir
    Path dir;

    @Test
    void findsEveryFormOfImportAndSkipsComments() {
        String source = """
                import http from 'k6/http';
                import { check, sleep } from "k6";
                import * as metrics from 'k6/metrics';
                import def, {
                  named,
                } from 'k6/x/multi-line';
                import 'k6/x/side-effect';
                export { default as enc } from 'k6/encoding';
                const crypto = require('k6/crypto');
                const lazy = import('k6/x/dynamic');
                // import old from 'k6/x/line-comment';
                /* import older from 'k6/x/block-comment'; */
                const text = "import fake from 'k6/x/in-a-string'";
                """;

        assertThat(ImportScanner.specifiers(source)).containsExactly("k6/http", "k6", "k6/metrics", "k6/x/multi-line",
                "k6/x/side-effect", "k6/encoding", "k6/crypto", "k6/x/dynamic");
    }

    @Test
    void followsRelativeImportsAndKeepsOnlyModuleNames() throws IOException {
        Files.writeString(dir.resolve("main.js"), """
                import { helper } from './lib/helper.js';
                import remote from 'https://jslib.k6.io/x.js';
                import http from 'k6/http';
                """);
        Files.createDirectories(dir.resolve("lib"));
        Files.writeString(dir.resolve("lib/helper.js"), """
                import compare from 'k6/x/compare';
                import { back } from '../main.js';
                export function helper() {}
                """);

        assertThat(ImportScanner.modules(dir.resolve("main.js"))).containsExactly("k6/http", "k6/x/compare");
    }
}
