package io.jk6.http.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Value;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * k6/html's {@code Selection}: a jQuery-like set of elements (k6 uses goquery, jk6 jsoup, whose
 * CSS selectors are a superset of what k6 scripts use). Methods that select return a new
 * Selection; an empty one is never null. Used on the VU's thread.
 */
public final class Selection {

    private final Elements elements;
    private final HtmlScript script;
    /** The number of elements, as jQuery's {@code length}. */
    public final int length;

    Selection(Elements elements, HtmlScript script) {
        this.elements = elements;
        this.script = script;
        this.length = elements.size();
    }

    /** {@code parseHTML(src)}: the document, as a Selection of its root. */
    public static Selection parse(String html, String baseUrl, Context context) {
        Document document = Jsoup.parse(html == null ? "" : html, baseUrl == null ? "" : baseUrl);
        document.outputSettings().prettyPrint(false); // html() gives the markup as it was
        return new Selection(new Elements(document), new HtmlScript(context));
    }

    private Selection of(Elements found) {
        return new Selection(found, script);
    }

    private Selection of(Set<Element> found) {
        return of(new Elements(found));
    }

    public Selection find(String selector) {
        return of(elements.select(selector));
    }

    public Selection children() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> found.addAll(e.children()));
        return of(found);
    }

    public Selection children(String selector) {
        return children().filter(selector);
    }

    public Selection parent() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> {
            if (e.parent() != null && !(e.parent() instanceof Document)) {
                found.add(e.parent());
            }
        });
        return of(found);
    }

    public Selection parents() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> e.parents().forEach(found::add));
        return of(found);
    }

    public Selection closest(String selector) {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> {
            Element match = e.closest(selector);
            if (match != null) {
                found.add(match);
            }
        });
        return of(found);
    }

    public Selection next() {
        return siblingOf(true);
    }

    public Selection prev() {
        return siblingOf(false);
    }

    private Selection siblingOf(boolean next) {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> {
            Element s = next ? e.nextElementSibling() : e.previousElementSibling();
            if (s != null) {
                found.add(s);
            }
        });
        return of(found);
    }

    public Selection nextAll() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> found.addAll(e.nextElementSiblings()));
        return of(found);
    }

    public Selection prevAll() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> found.addAll(e.previousElementSiblings()));
        return of(found);
    }

    public Selection siblings() {
        Set<Element> found = new LinkedHashSet<>();
        elements.forEach(e -> found.addAll(e.siblingElements()));
        return of(found);
    }

    /** The elements that match {@code selector}. */
    public Selection filter(String selector) {
        Elements found = new Elements();
        elements.forEach(e -> {
            if (e.is(selector)) {
                found.add(e);
            }
        });
        return of(found);
    }

    /** The elements that do not match {@code selector}. */
    public Selection not(String selector) {
        Elements found = new Elements();
        elements.forEach(e -> {
            if (!e.is(selector)) {
                found.add(e);
            }
        });
        return of(found);
    }

    /** The elements that have a descendant matching {@code selector}. */
    public Selection has(String selector) {
        Elements found = new Elements();
        elements.forEach(e -> {
            if (!e.select(selector).isEmpty() && !(e.select(selector).size() == 1 && e.select(selector).get(0) == e)) {
                found.add(e);
            }
        });
        return of(found);
    }

    /** Whether any element matches {@code selector}. */
    public boolean is(String selector) {
        return elements.stream().anyMatch(e -> e.is(selector));
    }

    public Selection eq(int index) {
        int i = index < 0 ? elements.size() + index : index;
        return i >= 0 && i < elements.size() ? of(new Elements(elements.get(i))) : of(new Elements());
    }

    public Selection first() {
        return eq(0);
    }

    public Selection last() {
        return eq(-1);
    }

    public Selection slice(int start) {
        return slice(start, elements.size());
    }

    public Selection slice(int start, int end) {
        int from = Math.max(0, start < 0 ? elements.size() + start : start);
        int to = Math.min(elements.size(), end < 0 ? elements.size() + end : end);
        return from >= to ? of(new Elements()) : of(new Elements(elements.subList(from, to)));
    }

    public int size() {
        return elements.size();
    }

    /** The combined text of every element, descendants included, as jQuery's (whitespace kept). */
    public String text() {
        StringBuilder text = new StringBuilder();
        elements.forEach(e -> text.append(e.wholeText()));
        return text.toString();
    }

    /** The inner HTML of the first element; undefined when there is none. */
    public Object html() {
        return elements.isEmpty() ? script.undefined() : elements.get(0).html();
    }

    /** The attribute of the first element; undefined when there is no such element or attribute. */
    public Object attr(String name) {
        return elements.isEmpty() || !elements.get(0).hasAttr(name) ? script.undefined() : elements.get(0).attr(name);
    }

    public Object attr(String name, Object otherwise) {
        return elements.isEmpty() || !elements.get(0).hasAttr(name) ? otherwise : elements.get(0).attr(name);
    }

    /** The {@code data-*} attribute {@code key} of the first element; undefined when none. */
    public Object data(String key) {
        return attr("data-" + key);
    }

    /** The value of the first form element: input's value, textarea's text, select's chosen option. */
    public Object val() {
        if (elements.isEmpty()) {
            return script.undefined();
        }
        Element e = elements.get(0);
        return switch (e.normalName()) {
            case "select" -> {
                Element chosen = e.selectFirst("option[selected]");
                if (chosen == null) {
                    chosen = e.selectFirst("option");
                }
                yield chosen == null ? script.undefined() : chosen.hasAttr("value") ? chosen.attr("value") : chosen.text();
            }
            case "textarea" -> e.wholeText();
            case "option" -> e.hasAttr("value") ? e.attr("value") : e.text();
            default -> e.hasAttr("value") ? e.attr("value") : script.undefined();
        };
    }

    /** The element at {@code index}; undefined when out of range. */
    public Object get(int index) {
        int i = index < 0 ? elements.size() + index : index;
        return i >= 0 && i < elements.size() ? new HtmlElement(elements.get(i), script) : script.undefined();
    }

    /** The position of the first element among its sibling elements; -1 when empty. */
    public int index() {
        return elements.isEmpty() ? -1 : elements.get(0).elementSiblingIndex();
    }

    /** Each element as a one-element Selection, in a JS array. */
    public Value toArray() {
        List<Selection> each = new ArrayList<>();
        elements.forEach(e -> each.add(of(new Elements(e))));
        return script.array(each);
    }

    /** Calls {@code fn(index, element)} for each element; returning false stops, as jQuery. */
    public Selection each(Value fn) {
        for (int i = 0; i < elements.size(); i++) {
            Value result = fn.execute(i, new HtmlElement(elements.get(i), script));
            if (result.isBoolean() && !result.asBoolean()) {
                break;
            }
        }
        return this;
    }

    /** The results of {@code fn(index, selection)} for each element as strings, as k6's; null and undefined are left out. */
    public Value map(Value fn) {
        List<String> results = new ArrayList<>();
        for (int i = 0; i < elements.size(); i++) {
            Value result = fn.execute(i, of(new Elements(elements.get(i))));
            if (!result.isNull()) {
                results.add(result.isString() ? result.asString() : result.toString());
            }
        }
        return script.array(results);
    }

    @Override
    public String toString() {
        return "Selection(" + elements.size() + ")";
    }
}
