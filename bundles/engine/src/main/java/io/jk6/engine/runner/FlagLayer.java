package io.jk6.engine.runner;

import io.jk6.api.runner.OptionFlag;
import io.jk6.engine.config.ExecutionSegment;
import io.jk6.engine.config.ExecutionSegmentSequence;
import io.jk6.engine.config.ModuleOptions;
import io.jk6.engine.config.OptionLayer;
import io.jk6.engine.config.ScriptOptions;
import io.jk6.engine.config.Stage;
import io.jk6.engine.config.TestOptions;
import io.jk6.engine.config.TestOptionsReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The options a command line's flags set ({@link OptionFlag}s): the highest layer, as in k6. Each
 * value is read as typed and every problem names its flag ({@code --duration: ...}).
 */
final class FlagLayer {

    private final Map<String, OptionFlag> byOption = new LinkedHashMap<>();
    private final List<String> problems;

    private FlagLayer(List<OptionFlag> flags, List<String> problems) {
        this.problems = problems;
        flags.forEach(f -> byOption.put(f.option(), f));
    }

    /** Every bad flag value is added to {@code problems}, naming the flag. */
    static OptionLayer of(List<OptionFlag> flags, List<String> problems) {
        return new FlagLayer(flags, problems).layer();
    }

    private OptionLayer layer() {
        Integer vus = number("vus") instanceof Long l ? Math.toIntExact(l) : null;
        Long iterations = number("iterations");
        Duration duration = duration("duration");
        List<Stage> stages = stages();
        List<String> trendStats = list("summaryTrendStats");
        if (trendStats != null) {
            trendStats.forEach(s -> TestOptionsReader.checkTrendStat(flag("summaryTrendStats"), s, problems));
        }
        Map<String, String> tags = tags();
        OptionFlag unit = byOption.get("summaryTimeUnit");
        TestOptions test = new TestOptions(null,
                unit == null ? null : TestOptionsReader.timeUnit(unit.flag(), unit.value(), problems),
                null, null, duration("minIterationDuration"), bool("noConnectionReuse"), bool("throw"),
                bool("noSetup"), bool("noTeardown"))
                .withModules(modules())
                .withSegments(
                        TestOptionsReader.segments(flag("executionSegment"), text("executionSegment"),
                                ExecutionSegment::parse, problems),
                        TestOptionsReader.segments(flag("executionSegmentSequence"), text("executionSegmentSequence"),
                                ExecutionSegmentSequence::parse, problems));
        for (OptionFlag f : byOption.values()) {
            if (!KNOWN.contains(f.option()) && !ModuleOptions.isOption(f.option())) {
                problems.add(f.flag() + ": jk6 knows no option \"" + f.option() + "\"");
            }
        }
        return new OptionLayer(vus, duration, iterations, stages, null, trendStats, tags, test);
    }

    private static final List<String> KNOWN = List.of("vus", "iterations", "duration", "stages", "summaryTrendStats",
            "tags", "summaryTimeUnit", "minIterationDuration", "noConnectionReuse", "throw", "noSetup", "noTeardown",
            "executionSegment", "executionSegmentSequence");

    private String flag(String option) {
        OptionFlag f = byOption.get(option);
        return f == null ? option : f.flag();
    }

    private String text(String option) {
        OptionFlag f = byOption.get(option);
        return f == null ? null : String.valueOf(f.value());
    }

    private List<String> list(String option) {
        OptionFlag f = byOption.get(option);
        if (f == null) {
            return null;
        }
        return f.value() instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(text(option));
    }

    private Long number(String option) {
        String text = text(option);
        if (text == null) {
            return null;
        }
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            problems.add(flag(option) + ": invalid argument \"" + text + "\": must be a whole number");
            return null;
        }
    }

    private Boolean bool(String option) {
        OptionFlag f = byOption.get(option);
        if (f == null) {
            return null;
        }
        return f.value() instanceof Boolean b ? b : TestOptionsReader.parseBool(f.flag(), text(option), problems);
    }

    private Duration duration(String option) {
        OptionFlag f = byOption.get(option);
        return f == null ? null : ScriptOptions.duration(f.flag(), f.value(), problems);
    }

    /** {@code -s 30s:10}, each as {@code [duration]:[target]}; null when none is given. */
    private List<Stage> stages() {
        List<String> texts = list("stages");
        if (texts == null) {
            return null;
        }
        List<Stage> parsed = new ArrayList<>();
        for (String s : texts) {
            try {
                parsed.add(Stage.parse(s));
            } catch (IllegalArgumentException e) {
                problems.add(flag("stages") + ": " + e.getMessage());
            }
        }
        return parsed;
    }

    /** {@code --tag name=value}, each; null when none is given. */
    private Map<String, String> tags() {
        List<String> texts = list("tags");
        if (texts == null) {
            return null;
        }
        String flag = flag("tags");
        Map<String, String> tags = new LinkedHashMap<>();
        for (String tag : texts) {
            int eq = tag.indexOf('=');
            if (tag.isEmpty()) {
                problems.add(flag + ": invalid tag, empty string");
            } else if (eq == 0) {
                problems.add(flag + ": error parsing tag '" + tag + "': invalid tag, empty name");
            } else if (eq < 0 || eq == tag.length() - 1) {
                problems.add(flag + ": error parsing tag '" + tag + "': invalid tag, empty value");
            } else {
                tags.put(tag.substring(0, eq), tag.substring(eq + 1));
            }
        }
        return tags;
    }

    /** The options modules read, as k6's flags give them (lists joined with commas, as typed). */
    private ModuleOptions modules() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (OptionFlag f : byOption.values()) {
            if (ModuleOptions.isOption(f.option())) {
                String text = f.value() instanceof List<?> l ? String.join(",", l.stream().map(String::valueOf).toList())
                        : String.valueOf(f.value());
                Object value = ModuleOptions.parse(f.option(), f.flag(), text, problems);
                if (value != null) {
                    values.put(f.option(), value);
                }
            }
        }
        return new ModuleOptions(values);
    }
}
