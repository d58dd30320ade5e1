package io.jk6.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A temporary PostgreSQL cluster of Debian's {@code postgresql} package for a test (k6/x/sql's):
 * {@code initdb} into a temporary directory, {@code pg_ctl start} on 127.0.0.1 and a free port
 * (its socket in that directory, never {@code /var/run/postgresql}), trust authentication for the
 * user {@code jk6}; {@link #close()} stops it and deletes it.
 *
 * <p>PostgreSQL refuses to run as root ("initdb: cannot be run as root"), and CI runs the build
 * as root: there every command runs as the package's {@code postgres} user through
 * {@code runuser}, in a directory that user owns.
 *
 * <pre>{@code
 * Optional<Path> bin = PostgresCluster.binaries();   // empty: the package is not installed
 * try (PostgresCluster pg = PostgresCluster.start(bin.orElseThrow())) {
 *     String dsn = pg.url("postgres");                 // postgres://jk6@127.0.0.1:PORT/postgres?sslmode=disable
 * }
 * }</pre>
 */
public final class PostgresCluster implements AutoCloseable {

    private final Path bin;
    private final Path dir;
    private final int port;

    private PostgresCluster(Path bin, Path dir, int port) {
        this.bin = bin;
        this.dir = dir;
        this.port = port;
    }

    /** The newest {@code /usr/lib/postgresql/N/bin} holding initdb and pg_ctl, if the package is installed. */
    public static Optional<Path> binaries() throws IOException {
        Path versions = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(versions)) {
            return Optional.empty();
        }
        try (Stream<Path> all = Files.list(versions)) {
            return all.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(b -> versionOf(b.getParent())));
        }
    }

    private static int versionOf(Path version) {
        try {
            return Integer.parseInt(version.getFileName().toString());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /**
     * Makes a cluster with {@code initdb} of {@code bin} and starts it; fails with the commands'
     * output and the server's log when either does not succeed.
     */
    public static PostgresCluster start(Path bin) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("jk6-pg");
        if (isRoot()) {
            UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(dir, postgres);
        }
        PostgresCluster cluster = new PostgresCluster(bin, dir, BackendProcess.freePort());
        try {
            cluster.run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", "jk6",
                    "--auth=trust", "-E", "UTF8", "--no-sync"));
            cluster.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(),
                    "-l", dir.resolve("postgres.log").toString(), "-w", "-t", "60",
                    "-o", "-c listen_addresses=127.0.0.1 -p " + cluster.port + " -k " + dir + " -c fsync=off",
                    "start"));
        } catch (IOException | RuntimeException e) {
            cluster.delete();
            throw e;
        }
        return cluster;
    }

    /** A lib/pq URL as xk6-sql's scripts write them. */
    public String url(String database) {
        return "postgres://jk6@127.0.0.1:" + port + "/" + database + "?sslmode=disable";
    }

    /** The port on 127.0.0.1. */
    public int port() {
        return port;
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate",
                    "-w", "stop"));
        } finally {
            delete();
        }
    }

    /** Runs a PostgreSQL command (as postgres when root) and fails with its output unless it exits 0. */
    private void run(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (isRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        Path output = Files.createTempFile("jk6-pg", ".out");
        try {
            Process process = new ProcessBuilder(full).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(output.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", full) + " did not finish: " + Files.readString(output));
            }
            if (process.exitValue() != 0) {
                String log = Files.exists(dir.resolve("postgres.log")) ? Files.readString(dir.resolve("postgres.log")) : "";
                throw new IllegalStateException(String.join(" ", full) + " exited " + process.exitValue() + ": "
                        + Files.readString(output) + log);
            }
        } finally {
            Files.deleteIfExists(output);
        }
    }

    private void delete() throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
