package io.jk6.itests;

import static io.jk6.itests.Jk6Run.jk6;
import static org.assertj.core.api.Assertions.assertThat;

import io.jk6.launcher.spi.Command;
import io.jk6.testing.run.Scripts;
import io.jk6.testing.run.SummaryExport;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.test.common.annotation.InjectService;
import org.osgi.test.junit5.service.ServiceExtension;

/** {@code jk6 run script.ts}: TypeScript runs with its types stripped, as in k6 v1. */
@ExtendWith(ServiceExtension.class)
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class TypeScriptTest {

    @InjectService(filter = Jk6Run.RUN, timeout = 30_000)
    Command run;

    @TempDir
    Path dir;

    @Test
    void aTypeScriptTestWithInterfacesEnumsAndImportsPassesItsChecks() {
        Scripts.write(dir, "lib/user.ts", """
                export interface User { name: string; id?: number }
                export enum Role { Admin = 'admin', Guest = 'guest' }
                export class Account {
                  constructor(private readonly user: User, public role: Role) {}
                  label(): string { return `${this.user.name}:${this.role}`; }
                }
                """);
        Scripts.write(dir, "lib/util.ts", "export const twice = <T extends number>(n: T): number => n * 2;\n");
        Scripts.write(dir, "script.ts", """
                import { check } from 'k6';
                import { Options } from 'k6/options';
                import type { User } from './lib/user.ts';
                import { Account, Role } from './lib/user.ts';
                import { twice } from './lib/util';

                export const options: Options = { vus: 2, iterations: 6 };

                export default function (): void {
                  const user: User = { name: 'vu' + __VU };
                  const account = new Account(user, Role.Admin);
                  check(account, {
                    'label from a class with parameter properties': (a) => a.label() === user.name + ':admin',
                    'enum value': () => Role.Guest === 'guest',
                    'extensionless import of a .ts file': () => twice(21 as number) === 42,
                  });
                }
                """);

        var result = jk6(run, "--summary-export", "summary.json", "script.ts").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isZero();
        var export = SummaryExport.read(dir.resolve("summary.json"));
        assertThat(export.count("checks", "passes")).as(result.toString()).isEqualTo(18);
        assertThat(export.count("checks", "fails")).as(result.toString()).isZero();
    }

    @Test
    void aRuntimeErrorInTypeScriptPointsIntoTheTsFile() {
        Scripts.write(dir, "helpers.ts", """
                interface Item { id: number }
                export function pick(items: Item[], index: number): Item {
                  const found: Item | undefined = items[index]; if (!found) throw new Error('no item ' + index);
                  return found;
                }
                """);
        Scripts.write(dir, "script.ts", """
                import { pick } from './helpers.ts';
                export default function (): void {
                  pick([{ id: 1 }], 5);
                }
                """);

        var result = jk6(run, "-q", "script.ts").in(dir).run();

        // an exception in the default function is logged and the test goes on, as in k6
        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.stderr()).as(result.toString())
                .contains("Error: no item 5")
                .contains("at pick (helpers.ts:3:67)")
                .contains("script.ts:3:3");
    }

    @Test
    void aTypeScriptSyntaxErrorIsAScriptErrorWithItsLocation() {
        Scripts.write(dir, "script.ts", """
                export const options = { vus: 1 };
                export default function (): void {
                  const x: number = (;
                }
                """);

        var result = jk6(run, "script.ts").in(dir).run();

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(107);
        assertThat(result.stderr()).as(result.toString()).contains("SyntaxError: script.ts:3:22: Unexpected token");
    }
}
