package io.jk6.api.output;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Names an {@link OutputFactory} component: sets the service property {@value #PROPERTY}, the
 * {@code NAME} of {@code --out NAME[=arg]}.
 */
@ComponentPropertyType
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface OutputName {

    /** The service property that holds the output's name. */
    String PROPERTY = "jk6.output.name";

    /**
     * A single-element annotation maps its type name to the property {@code output.name};
     * this prefix makes it {@code jk6.output.name} (DS 1.4, 112.8.2.1).
     */
    String PREFIX_ = "jk6.";

    /** The name users pass to {@code --out}, such as {@code json}. */
    String value();
}
