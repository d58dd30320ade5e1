package io.jk6.api.js;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The name a public method, field or record component has in JavaScript, instead of the one
 * the mapping rules give it (see the package documentation): {@code @JS("fetch")}. The engine
 * reads it at run time, hence RUNTIME retention.
 *
 * <p>On an overloaded method, the name given on any overload names them all: JS has one member
 * per name, and the engine picks the overload by the arguments of each call.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface JS {

    /** The member's name in JS. */
    String value();

    /**
     * Keeps a public method, field or record component out of JS, as {@code js:"-"} does in a
     * k6 Go extension. On an overloaded method, hiding one overload hides the name.
     */
    @Documented
    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.RECORD_COMPONENT})
    @interface Hidden {
    }
}
