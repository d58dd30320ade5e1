package io.jk6.http;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.graalvm.polyglot.Value;
import org.jsoup.Connection;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.FormElement;

/**
 * k6's {@code res.submitForm({formSelector, fields, submitSelector, submitSelectorAttribute,
 * params})} and {@code res.clickLink({selector, params})}: the next request a browser would make
 * from the response's HTML, its URL resolved against the response's.
 */
final class FormsAndLinks {

    private FormsAndLinks() {
    }

    static HttpResponse clickLink(HttpResponse response, HttpRequester requester, ScriptSupport script, Value options) {
        String selector = text(member(options, "selector"), "a[href]");
        Element link = parse(response, script).selectFirst(selector);
        if (link == null) {
            throw script.error("clickLink: no element found for selector '" + selector + "' in the response HTML");
        }
        String url = resolve(response.url, link.attr("href"));
        return requester.request("GET", script.runtime().asValue(url), null, member(options, "params"));
    }

    static HttpResponse submitForm(HttpResponse response, HttpRequester requester, ScriptSupport script,
            Value options) {
        String formSelector = text(member(options, "formSelector"), "form");
        Element found = parse(response, script).selectFirst(formSelector);
        if (!(found instanceof FormElement form)) {
            throw script.error("submitForm: no form found for selector '" + formSelector + "' in the response HTML");
        }
        Map<String, List<String>> fields = new TreeMap<>(); // url.Values.Encode sorts keys
        for (Connection.KeyVal field : form.formData()) {
            fields.computeIfAbsent(field.key(), k -> new ArrayList<>()).add(field.value());
        }
        Value submitSelector = member(options, "submitSelector");
        if (submitSelector != null) {
            Element submit = form.selectFirst(text(submitSelector, ""));
            if (submit != null && submit.hasAttr("name")) {
                String attribute = text(member(options, "submitSelectorAttribute"), "value");
                fields.put(submit.attr("name"), List.of(submit.attr(attribute)));
            }
        }
        Value given = member(options, "fields");
        if (given != null && given.hasMembers()) {
            for (String key : given.getMemberKeys()) {
                Value v = given.getMember(key);
                fields.put(key, List.of(v.isString() ? v.asString() : v.toString()));
            }
        }
        String method = form.hasAttr("method") ? form.attr("method").toUpperCase(Locale.ROOT) : "GET";
        String action = form.hasAttr("action") ? resolve(response.url, form.attr("action")) : response.url;
        String encoded = encode(fields);
        Value params = member(options, "params");
        if (method.equals("GET")) {
            URI uri = URI.create(action);
            String url = action.substring(0, action.length() - (uri.getRawQuery() == null ? 0
                    : uri.getRawQuery().length() + 1) - (uri.getRawFragment() == null ? 0 : uri.getRawFragment().length() + 1));
            return requester.request("GET", script.runtime().asValue(url + "?" + encoded), null, params);
        }
        PreparedRequest prepared = requester.prepareWithBody(method, script.runtime().asValue(action),
                new RequestBody(encoded.getBytes(StandardCharsets.UTF_8), RequestBody.FORM), params);
        return requester.finish(prepared, prepared.invalid() == null
                ? HttpRequester.execute(prepared, requester.client(), requester.vu().log()) : List.of());
    }

    private static Document parse(HttpResponse response, ScriptSupport script) {
        if (response.body == null) {
            throw script.error("the response has no body to find HTML in");
        }
        return Jsoup.parse(String.valueOf(response.body), response.url);
    }

    private static String encode(Map<String, List<String>> fields) {
        StringBuilder form = new StringBuilder();
        fields.forEach((key, values) -> values.forEach(value -> form.append(form.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8))));
        return form.toString();
    }

    private static String resolve(String base, String reference) {
        return URI.create(base).resolve(reference.trim()).toString();
    }

    private static Value member(Value options, String name) {
        if (options == null || options.isNull() || !options.hasMembers()) {
            return null;
        }
        Value v = options.getMember(name);
        return v == null || v.isNull() ? null : v;
    }

    private static String text(Value value, String otherwise) {
        return value == null ? otherwise : value.isString() ? value.asString() : value.toString();
    }
}
