package io.jk6.engine.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.jk6.support.json.JsonTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * k6's JSON config file ({@code --config FILE}, {@code K6_CONFIG}): the same options as the
 * script's {@code options} object, at the top level. It is the lowest layer: the script's
 * options, {@code K6_*} variables and flags all win over it, as in k6. Its {@code collectors}
 * hold the outputs' own configurations ({@link OutputConfigs}).
 */
public final class ConfigFile {

    private static final JsonFactory JSON = new JsonFactory();

    private ConfigFile() {
    }

    /**
     * What a config file holds.
     *
     * @param options       its options, below the script's
     * @param outputConfigs its {@code collectors}: each output's configuration as raw JSON, by output name
     */
    public record Contents(OptionLayer options, Map<String, String> outputConfigs) {

        static final Contents EMPTY = new Contents(OptionLayer.empty(), Map.of());
    }

    /** The file's options only: {@link #load}'s. */
    public static OptionLayer read(Path file, String shownName, List<String> errors) {
        return load(file, shownName, errors).options();
    }

    /**
     * Reads the file; every problem is added to {@code errors} prefixed with the file's name.
     *
     * @param shownName the file as the user named it, for messages
     */
    public static Contents load(Path file, String shownName, List<String> errors) {
        Map<String, Object> options;
        Map<String, String> outputConfigs;
        String prefix = shownName + ": ";
        try {
            String json = Files.readString(file);
            options = parse(json);
            outputConfigs = OutputConfigs.of(json, prefix, errors);
        } catch (NoSuchFileException e) {
            errors.add("--config: the config file \"" + shownName + "\" does not exist");
            return Contents.EMPTY;
        } catch (JsonProcessingException e) {
            String why = e.getOriginalMessage();
            why = why.contains(" (") ? why.substring(0, why.indexOf(" (")) : why;
            errors.add("--config: " + shownName + " is not valid JSON: " + why + " (line "
                    + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")");
            return Contents.EMPTY;
        } catch (IOException | IllegalArgumentException e) {
            errors.add("--config: cannot read " + shownName + ": " + e.getMessage());
            return Contents.EMPTY;
        }
        List<String> scriptStyle = new ArrayList<>();
        OptionLayer layer = ScriptOptions.read(options, scriptStyle);
        scriptStyle.forEach(e -> errors.add(e.startsWith("options.") ? prefix + e.substring("options.".length()) : e));
        return new Contents(layer.withTest(TestOptionsReader.fromObject(options, prefix, errors)), outputConfigs);
    }

    /** A JSON object as the script's options look once copied to Java: Long, Double, String, Boolean, List, Map. */
    static Map<String, Object> parse(String json) throws IOException {
        try (JsonParser p = JSON.createParser(json)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("the file must hold a JSON object {...}");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) JsonTree.read(p);
            return map;
        }
    }
}
