package io.jk6.http;

import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Value;

/**
 * k6's {@code http.expectedStatuses(200, {min: 300, max: 399}, ...)}: the response callback that
 * says which statuses are expected. It decides the {@code expected_response} tag and
 * {@code http_req_failed}. A failed request (status 0) is never expected.
 */
public final class ExpectedStatuses {

    /** k6's default callback: 200 to 399. */
    static final ExpectedStatuses DEFAULT = new ExpectedStatuses(List.of(new int[] {200, 399}));

    private final List<int[]> ranges;

    private ExpectedStatuses(List<int[]> ranges) {
        this.ranges = ranges;
    }

    /** The callback of k6's arguments: whole numbers and {@code {min, max}} objects; anything else is an error. */
    static ExpectedStatuses of(Value[] arguments) {
        List<int[]> ranges = new ArrayList<>();
        for (int i = 0; i < arguments.length; i++) {
            Value a = arguments[i];
            if (a.isNumber() && a.fitsInInt()) {
                ranges.add(new int[] {a.asInt(), a.asInt()});
            } else if (a.hasMembers() && isInt(a.getMember("min")) && isInt(a.getMember("max"))) {
                ranges.add(new int[] {a.getMember("min").asInt(), a.getMember("max").asInt()});
            } else {
                throw new IllegalArgumentException("argument number " + (i + 1) + " to expectedStatuses was "
                        + "neither an integer nor an object like {min:100, max:329}");
            }
        }
        return new ExpectedStatuses(List.copyOf(ranges));
    }

    private static boolean isInt(Value v) {
        return v != null && v.isNumber() && v.fitsInInt();
    }

    boolean expects(int status) {
        for (int[] range : ranges) {
            if (status >= range[0] && status <= range[1]) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder("expectedStatuses(");
        for (int[] r : ranges) {
            s.append(s.charAt(s.length() - 1) == '(' ? "" : ", ")
                    .append(r[0] == r[1] ? Integer.toString(r[0]) : "{min: " + r[0] + ", max: " + r[1] + "}");
        }
        return s.append(')').toString();
    }
}
