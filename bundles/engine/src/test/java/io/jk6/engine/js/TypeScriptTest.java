package io.jk6.engine.js;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .ts scripts run with their types stripped, as in k6 v1; errors point into the .ts source. */
class TypeScriptTest {

    private static final SharedJsEngine JS = SharedJsEngine.create();

    @TempDir
    Path dir;

    @AfterAll
    static void closeEngine() {
        JS.close();
    }

    private VuRuntime runtime(Path script) {
        return new VuRuntime(JS.engine(), ProbeModule.registryWith(new ProbeModule()), new NoVu(), script,
                ScriptFiles.onDisk(JS.engine()), Map.of(), (level, message) -> { });
    }

    @Test
    void runsTypicalTypeScriptWithImportsOfOtherTsFiles() throws Exception {
        Files.writeString(dir.resolve("user.ts"), """
                export interface User { name: string; id?: number }
                export enum Role { Admin = 'admin', Guest = 'guest' }
                export class Account {
                  constructor(private readonly user: User, public role: Role) {}
                  label(): string { return `${this.user.name}:${this.role}`; }
                }
                export function first<T>(items: T[]): T { return items[0]!; }
                """);
        Files.writeString(dir.resolve("util.ts"), "export const twice = (n: number): number => n * 2;\n");
        Path script = dir.resolve("script.ts");
        Files.writeString(script, """
                import { Options } from 'k6/options';
                import type { User } from './user.ts';
                import { Account, Role, first } from './user.ts';
                import { twice } from './util';
                export const options: Options = { vus: 1 };
                const users: User[] = [{ name: 'ann' }];
                export const label = new Account(first<User>(users), Role.Admin).label();
                export const n = twice(21 as number);
                """);
        try (VuRuntime vu = runtime(script)) {
            Value exports = vu.evaluate();
            assertThat(exports.getMember("label").asString()).isEqualTo("ann:admin");
            assertThat(exports.getMember("n").asInt()).as("./util found as ./util.ts").isEqualTo(42);
            assertThat(exports.getMember("options").getMember("vus").asInt()).isEqualTo(1);
        }
    }

    @Test
    void aRuntimeErrorPointsToTheLineAndColumnOfTheTsSource() throws Exception {
        Path script = dir.resolve("boom.ts");
        // the annotations before the throw on its line are removed: the column must still be the .ts one
        Files.writeString(script, """
                interface Thing { id: number }
                export default function (): void {
                  const id: number = 1, thing: Thing = { id }; throw new Error('boom ' + thing.id);
                }
                """);
        try (VuRuntime vu = runtime(script)) {
            Value fn = vu.evaluate().getMember("default");
            assertThatThrownBy(() -> vu.call(fn))
                    .isInstanceOfSatisfying(PolyglotException.class, e -> assertThat(ScriptException.describe(e, dir))
                            .startsWith("Error: boom 1")
                            .contains("boom.ts:3:54"));
        }
    }

    @Test
    void aTypeScriptSyntaxErrorNamesTheTsFileLineAndColumn() throws Exception {
        Files.writeString(dir.resolve("bad.ts"), "export const a: number = 1;\nexport const b = (;\n");
        Path script = dir.resolve("main.ts");
        Files.writeString(script, "import { a } from './bad.ts';\nexport const c: number = a;\n");
        try (VuRuntime vu = runtime(script)) {
            assertThatThrownBy(vu::evaluate)
                    .isInstanceOfSatisfying(ScriptException.class, e -> {
                        assertThat(e.isSyntaxError()).isTrue();
                        assertThat(e.getMessage()).isEqualTo("SyntaxError: bad.ts:2:19: Unexpected token");
                    });
        }
    }

    @Test
    void jsFilesAreNotTranspiled() throws Exception {
        Path script = dir.resolve("plain.js");
        Files.writeString(script, "export const x = 1;\n");
        ScriptFiles files = ScriptFiles.onDisk(JS.engine());
        assertThat(files.code(script)).isEqualTo("export const x = 1;\n");
    }
}
