package io.jk6.http.html;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;

/**
 * k6/html's {@code Element}: one DOM element, as {@code selection.get(i)} and the callback of
 * {@code selection.each()} see it, with the DOM-like methods k6 offers most used.
 */
public final class HtmlElement {

    private final Element element;
    private final HtmlScript script;

    HtmlElement(Element element, HtmlScript script) {
        this.element = element;
        this.script = script;
    }

    public String nodeName() {
        return element.nodeName();
    }

    public int nodeType() {
        return 1; // ELEMENT_NODE
    }

    public String id() {
        return element.id();
    }

    public String className() {
        return element.className();
    }

    public List<String> classList() {
        return List.copyOf(element.classNames());
    }

    public String textContent() {
        return element.wholeText();
    }

    public String innerHTML() {
        return element.html();
    }

    public Object getAttribute(String name) {
        return element.hasAttr(name) ? element.attr(name) : script.undefined();
    }

    public boolean hasAttribute(String name) {
        return element.hasAttr(name);
    }

    public boolean hasAttributes() {
        return element.attributesSize() > 0;
    }

    /** The attributes by name, each {@code {name, value}}. */
    public Map<String, HtmlAttribute> attributes() {
        Map<String, HtmlAttribute> attributes = new LinkedHashMap<>();
        for (Attribute a : element.attributes()) {
            attributes.put(a.getKey(), new HtmlAttribute(a.getKey(), a.getValue()));
        }
        return attributes;
    }

    public int childElementCount() {
        return element.childrenSize();
    }

    /** The element as a one-element Selection, for the jQuery-like methods. */
    public Selection selection() {
        return new Selection(new org.jsoup.select.Elements(element), script);
    }

    @Override
    public String toString() {
        return element.outerHtml();
    }
}
