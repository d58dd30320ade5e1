package io.jk6.http;

import io.jk6.support.GoDuration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Value;

/**
 * The k6 request params a script may pass: {@code headers}, {@code tags}, {@code timeout},
 * {@code redirects}, {@code responseType}, {@code responseCallback}, {@code compression},
 * {@code cookies}, {@code jar} and {@code auth}. Unknown keys are ignored, as k6 does.
 *
 * @param headers          header values by name, as given
 * @param tags             extra metric tags; {@code name} groups URLs
 * @param timeoutMillis    the whole request's time limit, redirects included
 * @param redirects        how many redirects to follow, or null: not given (the test's {@code maxRedirects})
 * @param responseType     what {@code res.body} holds; null when not given (the options decide)
 * @param callbackGiven    whether {@code responseCallback} was given (null in it means none)
 * @param callback         the given {@code responseCallback}
 * @param compression      encodings for the request body, in order
 * @param cookies          {@code cookies}: values by name, and whether each replaces the jar's
 * @param jar              {@code jar}: the jar to use instead of the VU's, or null
 * @param digest           {@code auth: 'digest'}: the URL's credentials answer a digest challenge
 */
record RequestParams(
        Map<String, List<String>> headers,
        Map<String, String> tags,
        long timeoutMillis,
        Integer redirects,
        ResponseType responseType,
        boolean callbackGiven,
        ExpectedStatuses callback,
        List<String> compression,
        Map<String, RequestCookie> cookies,
        CookieJar jar,
        boolean digest) {

    static final long DEFAULT_TIMEOUT_MILLIS = 60_000;

    /** A cookie of {@code params.cookies}; {@code replace} drops the jar's cookie of that name. */
    record RequestCookie(String value, boolean replace) {
    }

    static RequestParams defaults() {
        return new RequestParams(new LinkedHashMap<>(), Map.of(), DEFAULT_TIMEOUT_MILLIS, null, null,
                false, null, List.of(), Map.of(), null, false);
    }

    /** The params in {@code params}; null, undefined and non-objects mean the defaults. */
    static RequestParams from(Value params, ScriptSupport script) {
        if (params == null || params.isNull() || !params.hasMembers()) {
            return defaults();
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Value headerValues = params.getMember("headers");
        if (isObject(headerValues)) {
            for (String name : headerValues.getMemberKeys()) {
                Value value = headerValues.getMember(name);
                if (value == null || value.isNull()) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (value.hasArrayElements()) {
                    for (long i = 0; i < value.getArraySize(); i++) {
                        values.add(text(value.getArrayElement(i)));
                    }
                } else {
                    values.add(text(value));
                }
                headers.put(name, values);
            }
        }
        Map<String, String> tags = new LinkedHashMap<>();
        Value tagValues = params.getMember("tags");
        if (isObject(tagValues)) {
            for (String name : tagValues.getMemberKeys()) {
                Value value = tagValues.getMember(name);
                if (value != null && !value.isNull()) {
                    tags.put(name, text(value));
                }
            }
        }
        long timeout = DEFAULT_TIMEOUT_MILLIS;
        Value timeoutValue = params.getMember("timeout");
        if (timeoutValue != null && !timeoutValue.isNull()) {
            try {
                timeout = timeoutValue.isNumber()
                        ? (long) timeoutValue.asDouble()
                        : GoDuration.parse(text(timeoutValue)).toMillis();
            } catch (IllegalArgumentException e) {
                throw script.error("invalid timeout value: " + e.getMessage());
            }
        }
        Integer redirects = null;
        Value redirectValue = params.getMember("redirects");
        if (redirectValue != null && redirectValue.isNumber()) {
            redirects = Math.max(0, redirectValue.asInt());
        }
        ResponseType responseType = null;
        Value typeValue = params.getMember("responseType");
        if (typeValue != null && !typeValue.isNull()) {
            try {
                responseType = ResponseType.parse(text(typeValue));
            } catch (IllegalArgumentException e) {
                throw script.error(e.getMessage());
            }
        }
        boolean callbackGiven = params.hasMember("responseCallback");
        ExpectedStatuses callback = null;
        if (callbackGiven) {
            Value cb = params.getMember("responseCallback");
            if (cb != null && !cb.isNull()) {
                if (!(cb.isHostObject() && cb.asHostObject() instanceof ExpectedStatuses e)) {
                    throw script.error("responseCallback: only http.expectedStatuses(...) is supported");
                }
                callback = e;
            }
        }
        List<String> compression = List.of();
        Value compressionValue = params.getMember("compression");
        if (compressionValue != null && !compressionValue.isNull() && !text(compressionValue).isEmpty()) {
            try {
                compression = Compression.parse(text(compressionValue));
            } catch (IllegalArgumentException e) {
                throw script.error(e.getMessage());
            }
        }
        Value authValue = params.getMember("auth");
        boolean digest = false;
        if (authValue != null && !authValue.isNull()) {
            String auth = text(authValue);
            digest = auth.equals("digest");
            if (!auth.equals("basic") && !digest) {
                throw script.error("auth: '" + auth + "' is not supported by jk6; 'basic' or 'digest' (user:pass@ in"
                        + " the URL)");
            }
        }
        return new RequestParams(headers, tags, timeout, redirects, responseType, callbackGiven, callback, compression,
                cookies(params.getMember("cookies")), jar(params.getMember("jar"), script), digest);
    }

    private static Map<String, RequestCookie> cookies(Value cookies) {
        if (!isObject(cookies)) {
            return Map.of();
        }
        Map<String, RequestCookie> byName = new LinkedHashMap<>();
        for (String name : cookies.getMemberKeys()) {
            Value c = cookies.getMember(name);
            if (c == null || c.isNull()) {
                continue;
            }
            if (c.hasMembers() && !c.isString() && c.hasMember("value")) {
                Value replace = c.getMember("replace");
                byName.put(name, new RequestCookie(text(c.getMember("value")),
                        replace != null && replace.isBoolean() && replace.asBoolean()));
            } else {
                byName.put(name, new RequestCookie(text(c), false));
            }
        }
        return byName;
    }

    private static CookieJar jar(Value jar, ScriptSupport script) {
        if (jar == null || jar.isNull()) {
            return null;
        }
        if (jar.isHostObject() && jar.asHostObject() instanceof CookieJar j) {
            return j;
        }
        throw script.error("jar: must be a CookieJar (http.cookieJar() or new http.CookieJar())");
    }

    private static boolean isObject(Value value) {
        return value != null && !value.isNull() && value.hasMembers();
    }

    private static String text(Value value) {
        return value.isString() ? value.asString() : value.toString();
    }
}
