package io.jk6.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jk6.data.fs.FsModule;
import io.jk6.testing.RunRecord;
import io.jk6.testing.ScriptRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** k6/experimental/csv in whole runs of the engine, on files opened with k6/experimental/fs. */
class CsvModuleTest {

    @TempDir
    Path dir;

    @BeforeEach
    void data() throws Exception {
        Files.writeString(dir.resolve("data.csv"), "firstname,lastname,age\n"
                + "fariha,ehlenfeldt,72\n"
                + "\"qudratullah \"\"q\"\"\",gillfillan,50\r\n"
                + "\n"
                + "jeleah,\"rod\nina\",41\n");
    }

    private RunRecord run(String script) throws Exception {
        return ScriptRun.of(dir, script).module("k6/experimental/fs", new FsModule())
                .module("k6/experimental/csv", new CsvModule()).run();
    }

    @Test
    void parseGivesEveryVuTheSameRowsAsASharedArray() throws Exception {
        RunRecord run = run("""
                import { open } from 'k6/experimental/fs';
                import csv from 'k6/experimental/csv';
                export const options = { vus: 2, iterations: 4 };
                const file = await open('data.csv');
                const rows = await csv.parse(file, { delimiter: ',' });
                const people = await csv.parse(await open('data.csv'), { asObjects: true });
                export default function () {
                  // the first iteration of each VU that runs one: shared iterations may all go to one VU
                  if (__ITER === 0) {
                    console.log(`${rows.length} ${JSON.stringify(rows[2])} ${JSON.stringify(rows[3])} ${Object.isFrozen(rows[0])} ${rows[9]}`);
                    console.log(`${people.length} ${people[0].firstname}:${people[0].age} ${[...people].map(p => p.lastname)}`);
                  }
                }
                """);
        assertThat(run.exitCode()).isZero();
        assertThat(run.log())
                .contains("4 [\"qudratullah \\\"q\\\"\",\"gillfillan\",\"50\"] [\"jeleah\",\"rod\\nina\",\"41\"] true undefined")
                .contains("3 fariha:72 ehlenfeldt,gillfillan,rod\nina");
    }

    @Test
    void aParserReadsOneRecordPerNextFromItsOptions() throws Exception {
        RunRecord run = run("""
                import { open } from 'k6/experimental/fs';
                import csv from 'k6/experimental/csv';
                const parser = new csv.Parser(await open('data.csv'), { skipFirstLine: true, toLine: 2 });
                const out = [];
                export default async function () {
                  for (let r = await parser.next(); ; r = await parser.next()) {
                    out.push(JSON.stringify(r));
                    if (r.done) break;
                  }
                  console.log(out.join(' '));
                }
                """);
        assertThat(run.log()).contains("{\"done\":false,\"value\":[\"fariha\",\"ehlenfeldt\",\"72\"]}"
                + " {\"done\":false,\"value\":[\"qudratullah \\\"q\\\"\",\"gillfillan\",\"50\"]} {\"done\":true,\"value\":[]}");
    }

    @Test
    void aBadLineIsGosErrorWithItsLineNumber() throws Exception {
        Files.writeString(dir.resolve("bad.csv"), "a,b\n1,2\n3\n");
        Files.writeString(dir.resolve("quote.csv"), "a,b\n1,x\"y\n");
        assertThatThrownBy(() -> run("""
                import { open } from 'k6/experimental/fs';
                import csv from 'k6/experimental/csv';
                const rows = await csv.parse(await open('bad.csv'));
                export default function () {}
                """)).hasMessageContaining("failed to read record; reason: record on line 3: wrong number of fields");
        RunRecord run = run("""
                import { open } from 'k6/experimental/fs';
                import csv from 'k6/experimental/csv';
                const parser = new csv.Parser(await open('quote.csv'));
                export default async function () {
                  await parser.next();
                  await parser.next().catch((e) => console.log('next: ' + e.message));
                  try { new csv.Parser(null); } catch (e) { console.log('ctor: ' + e.message); }
                  await csv.parse(await open('quote.csv'), { delimiter: ';;' }).catch((e) => console.log('parse: ' + e.message));
                }
                """);
        assertThat(run.log()).contains("next: parse error on line 2, column 4: bare \" in non-quoted-field")
                .contains("ctor: csv Parser constructor takes at least one non-nil source argument");
    }
}
