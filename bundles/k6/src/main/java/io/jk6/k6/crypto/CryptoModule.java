package io.jk6.k6.crypto;

import io.jk6.api.js.Exports;
import io.jk6.api.js.JsModule;
import io.jk6.api.js.ModuleInstance;
import io.jk6.api.js.ModuleName;
import io.jk6.api.js.VU;
import io.jk6.k6.common.ArrayBuffers;
import java.util.LinkedHashMap;
import java.util.Map;
import org.graalvm.polyglot.proxy.ProxyObject;
import org.osgi.service.component.annotations.Component;

/**
 * The module {@code k6/crypto}: one-shot digests ({@code md5}, {@code sha1}, {@code sha256},
 * {@code sha384}, {@code sha512}, {@code sha512_224}, {@code sha512_256}), {@code hmac},
 * {@code createHash}, {@code createHMAC}, {@code randomBytes} and {@code hexEncode}, as named exports and as
 * members of the default export. {@code md4} and {@code ripemd160} are exported but throw: the
 * JDK implements neither.
 *
 * <pre>{@code
 * import crypto from 'k6/crypto';
 * const signature = crypto.hmac('sha256', 'secret', 'payload', 'hex');
 * }</pre>
 */
@Component(service = JsModule.class)
@ModuleName("k6/crypto")
public class CryptoModule implements JsModule {

    @Override
    public ModuleInstance newModuleInstance(VU vu) {
        ArrayBuffers arrayBuffers = new ArrayBuffers(vu);
        CreateHmacFunction createHmac = new CreateHmacFunction(arrayBuffers);

        Map<String, Object> functions = new LinkedHashMap<>();
        functions.put("createHash", new CreateHashFunction(arrayBuffers));
        functions.put("createHMAC", createHmac);
        functions.put("hmac", new HmacFunction(createHmac));
        for (HashAlgorithm algorithm : HashAlgorithm.values()) {
            functions.put(algorithm.k6Name(), new HashFunction(algorithm, arrayBuffers));
        }
        for (String name : HashAlgorithm.UNAVAILABLE) {
            functions.put(name, new UnavailableHashFunction(name));
        }
        functions.put("randomBytes", new RandomBytesFunction(arrayBuffers));
        functions.put("hexEncode", new HexEncodeFunction());

        Exports exports = Exports.of(ProxyObject.fromMap(new LinkedHashMap<>(functions)), functions);
        return () -> exports;
    }
}
