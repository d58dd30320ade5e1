package io.jk6.itests;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page opened in headless Chromium (Debian's {@code chromium}, which {@code backends.sh} installs):
 * its DOM once loaded and its script has run, a screenshot, and what the browser logged (console
 * errors among it). Chromium reaches nothing but 127.0.0.1: every other address goes to a proxy
 * where nothing listens, and its background services are off. A missing Chromium fails the test.
 */
final class HeadlessChromium {

    static final Path BINARY = Path.of("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /**
     * The page at {@code url}, after its load event; a screenshot of it goes to {@code screenshot}.
     *
     * @param flags more of Chromium's, e.g. {@code --virtual-time-budget=MILLIS}: Chromium then runs the
     *              page's timers that long in virtual time, which stands still while a request is open,
     *              so the DOM is taken only once the page's event stream has ended
     */
    static Page open(String url, Path screenshot, String... flags) {
        if (!Files.isExecutable(BINARY)) {
            fail("%s is missing: the web dashboard's tests open its pages in headless Chromium; install the Debian"
                    + " package chromium (./test.sh does as root, see backends.sh)", BINARY);
        }
        try {
            Path dir = Files.createTempDirectory(screenshot.getParent(), ".chromium-");
            Path dom = dir.resolve("dom.html");
            Path log = dir.resolve("stderr.txt");
            List<String> command = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox",
                    "--disable-gpu", "--user-data-dir=" + dir.resolve("profile"), "--no-first-run",
                    "--disable-background-networking", "--disable-component-update", "--disable-sync",
                    "--disable-default-apps",
                    // loopback is never proxied: the live page is reached, anything else is not
                    "--proxy-server=http://127.0.0.1:9", "--enable-logging=stderr", "--v=0",
                    "--window-size=1280,2400", "--screenshot=" + screenshot, "--dump-dom"));
            command.addAll(List.of(flags));
            command.add(url);
            Process chromium = new ProcessBuilder(command).redirectOutput(dom.toFile()).redirectError(log.toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile())).start();
            if (!chromium.waitFor(60, TimeUnit.SECONDS)) {
                chromium.destroyForcibly();
                fail("chromium did not finish with %s within 60 s%n%s", url, Files.readString(log));
            }
            return new Page(Files.readString(dom, StandardCharsets.UTF_8), Files.readString(log, StandardCharsets.UTF_8),
                    screenshot);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A page's DOM after its scripts ran, Chromium's log and the screenshot's file. */
    record Page(String dom, String log, Path screenshot) {

        /** The value of {@code name} on the first element with {@code attribute="value"}, or null. */
        String attribute(String selectorAttribute, String selectorValue, String name) {
            Matcher element = Pattern.compile("<[a-z]+[^>]*\\b" + Pattern.quote(selectorAttribute + "=\"" + selectorValue
                    + "\"") + "[^>]*>").matcher(dom);
            if (!element.find()) {
                return null;
            }
            Matcher value = Pattern.compile("\\b" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(element.group());
            return value.find() ? value.group(1) : null;
        }

        /**
         * What the page wrote to the console, uncaught errors included. Chromium's log does not tell
         * console.error from console.log, and the dashboard's page logs nothing: every line counts.
         */
        List<String> console() {
            return log.lines().filter(l -> l.contains(":CONSOLE")).toList();
        }

        long count(String text) {
            return Pattern.compile(Pattern.quote(text)).matcher(dom).results().count();
        }
    }
}
