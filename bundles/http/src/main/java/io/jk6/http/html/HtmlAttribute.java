package io.jk6.http.html;

/** One attribute of {@code element.attributes()}, as k6's {@code Attribute}. */
public final class HtmlAttribute {

    public final String name;
    public final String value;

    HtmlAttribute(String name, String value) {
        this.name = name;
        this.value = value;
    }

    @Override
    public String toString() {
        return name + "=\"" + value + "\"";
    }
}
