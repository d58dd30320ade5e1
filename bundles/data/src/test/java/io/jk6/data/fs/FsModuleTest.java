package io.jk6.data.fs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k6/experimental/fs in whole runs of the engine: what a script reads, and k6's errors. */
class FsModuleTest {

    @TempDir
    Path dir;

    private RunRecord run(String script) throws Exception {
        return ScriptRun.of(dir, script).module("k6/experimental/fs", new FsModule()).run();
    }

    @Test
    void readsSeeksAndStatsAFileOpenedInTheInitContext() throws Exception {
        Files.writeString(dir.resolve("bonjour.txt"), "Bonjour, tout le monde!\n");
        RunRecord run = run("""
                import { open, SeekMode } from 'k6/experimental/fs';
                export const options = { vus: 2, iterations: 4 };
                const file = await open('bonjour.txt');
                export default async function () {
                  const info = await file.stat();
                  const buffer = new Uint8Array(10);
                  const reads = [];
                  let n;
                  while ((n = await file.read(buffer)) !== null) reads.push(n);
                  const text = String.fromCharCode(...buffer.subarray(0, 4));
                  await file.seek(0, SeekMode.Start);
                  const first = new Uint8Array(7);
                  await file.read(first);
                  const end = await file.seek(-1, SeekMode.End);
                  console.log(`${info.name} ${info.size} ${reads} ${JSON.stringify(text)} ${String.fromCharCode(...first)} ${end}`);
                  await file.seek(0, SeekMode.Start);
                }
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(run.log()).contains("bonjour.txt 24 10,10,4 \"de!\\n\" Bonjour 22");
        assertThat(run.completeIterations()).isEqualTo(4);
    }

    @Test
    void aMissingFileIsANotFoundError() throws Exception {
        Path missing = dir.resolve("nope.txt");
        assertThatThrownBy(() -> run("""
                import { open } from 'k6/experimental/fs';
                const file = await open('nope.txt');
                export default function () {}
                """)).hasMessageContaining("NotFoundError: no such file or directory \"" + missing + "\"");
    }

    @Test
    void errorsHaveKsNamesAndTexts() throws Exception {
        Files.writeString(dir.resolve("a.txt"), "abc");
        Files.createDirectory(dir.resolve("sub"));
        RunRecord run = run("""
                import { open, SeekMode } from 'k6/experimental/fs';
                const file = await open('a.txt');
                const out = [];
                const why = (e) => out.push(e.name + ': ' + e.message);
                await open('sub').catch(why);
                await open('').catch(why);
                await file.read([1, 2]).catch(why);
                await file.seek(1, SeekMode.End).catch(why);
                await file.seek(0, 7).catch(why);
                await file.seek(-1, SeekMode.Start).catch(why);
                export default async function () {
                  await open('a.txt').catch(why);
                  console.log(out.join('|'));
                }
                """);
        assertThat(run.log()).contains(String.join("|",
                "InvalidResourceError: cannot open \"" + dir.resolve("sub") + "\": opening a directory is not supported",
                "TypeError: open() failed; reason: path cannot be empty",
                "TypeError: read() failed; reason: into argument must be a Uint8Array",
                "TypeError: offset cannot be positive when using SeekModeEnd",
                "TypeError: seek() failed; reason: the whence argument must be a SeekMode",
                "TypeError: offset cannot be negative when using SeekModeStart",
                "ForbiddenError: open() failed; reason: opening a file is allowed only in the Init context"));
    }
}
