package io.jk6.output.webdashboard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The dashboard's one HTML page, live or as a report: {@code page.html} with jk6's script and style,
 * uPlot's (vendored from npm by {@code tools/uplot/fetch.sh}, with its licence) and the run's state
 * inlined, so the report is one file that needs no network. The live page is the same with
 * {@code data-mode="live"}: it also follows {@code /events}.
 */
final class DashboardPage {

    private static final Pattern SLOT = Pattern.compile("@@([A-Z_]+)@@");

    private final String template;
    private final Map<String, String> assets;
    private final String title;

    /** @param title what the page's title names, the script's file name */
    DashboardPage(String title) {
        this.template = resource("page.html");
        this.title = title;
        this.assets = Map.of(
                "UPLOT_JS", resource("uplot/uPlot.iife.min.js"),
                "UPLOT_CSS", resource("uplot/uPlot.min.css"),
                "UPLOT_LICENSE", escapeHtml(resource("uplot/LICENSE.txt")),
                "PAGE_JS", resource("dashboard.js"),
                "PAGE_CSS", resource("dashboard.css"));
    }

    /** The page {@code GET /} serves: it draws {@code state} and follows the server's events. */
    String live(String state) {
        return render(state, "live");
    }

    /** The self-contained report: it draws {@code state} and nothing else. */
    String report(String state) {
        return render(state, "report");
    }

    // one pass over the template only: what is inserted (a scenario's name in the state, say) is never
    // read as a slot
    private String render(String state, String mode) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder page = new StringBuilder(template.length() + 80_000 + state.length());
        while (slot.find()) {
            String name = slot.group(1);
            String value = switch (name) {
                case "STATE" -> state; // JSON written HTML-safe (JsonText): no "</script>" inside
                case "MODE" -> mode;
                case "TITLE" -> escapeHtml(title);
                default -> assets.get(name);
            };
            if (value == null) {
                throw new IllegalStateException("page.html has a slot @@" + name + "@@ that nothing fills");
            }
            slot.appendReplacement(page, Matcher.quoteReplacement(value));
        }
        slot.appendTail(page);
        return page.toString();
    }

    private static String escapeHtml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String resource(String name) {
        try (InputStream in = DashboardPage.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("the bundle lacks its resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundle's resource " + name, e);
        }
    }
}
