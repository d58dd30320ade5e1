package io.jk6.ext.compare;

import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleName;
import org.osgi.service.component.annotations.Component;

/**
 * {@code k6/x/compare}, the simple form: one module object shared by every VU, its public
 * methods are what scripts call ({@code compare.isGreater(2, 1)}), as in k6's xk6-compare example.
 */
@Component(service = JsModule.class)
@ModuleName("k6/x/compare")
public class Compare implements JsModule {

    /** True when {@code a} is greater than {@code b}. */
    public boolean isGreater(int a, int b) {
        return a > b;
    }
}
