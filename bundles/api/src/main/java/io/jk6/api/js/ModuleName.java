package io.jk6.api.js;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Names a {@link JsModule} component: sets the service property {@value #PROPERTY}.
 * Third-party names start with {@code k6/x/}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ModuleName {

    /** The service property that holds the module's import name. */
    String PROPERTY = "jk6.module.name";

    /**
     * A single-element annotation maps its type name to the property {@code module.name};
     * this prefix makes it {@code jk6.module.name} (DS 1.4, 112.8.2.1).
     */
    String PREFIX_ = "jk6.";

    /** The name scripts import, such as {@code k6/x/compare}. */
    String value();
}
