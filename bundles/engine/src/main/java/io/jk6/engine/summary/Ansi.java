package io.jk6.engine.summary;

/** k6's terminal decoration: colours and styles, or plain text when colours are off. */
final class Ansi {

    static final String GREEN = "32";
    static final String RED = "31";
    static final String CYAN = "36";
    static final String WHITE = "37";
    static final String FAINT = "2";

    private final boolean enabled;

    Ansi(boolean enabled) {
        this.enabled = enabled;
    }

    /** Text in a colour, with an optional style before it as k6 orders the codes. */
    String color(String text, String color) {
        return enabled ? "\u001b[" + color + "m" + text + "\u001b[0m" : text;
    }

    String faint(String text, String color) {
        return enabled ? "\u001b[" + FAINT + ";" + color + "m" + text + "\u001b[0m" : text;
    }

    String bold(String text) {
        return enabled ? "\u001b[1m" + text + "\u001b[0m" : text;
    }

    /** Display width: code points, not counting escape sequences. */
    static int width(String s) {
        int width = 0;
        boolean escape = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == 0x1b) {
                escape = true;
            } else if (escape) {
                if (cp != '[' && cp >= 0x40 && cp <= 0x7e) {
                    escape = false;
                }
            } else {
                width++;
            }
        }
        return width;
    }
}
