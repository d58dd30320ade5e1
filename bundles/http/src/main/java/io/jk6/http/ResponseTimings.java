package io.jk6.http;

import io.jk6.http.client.ExchangeTimings;
import io.jk6.http.client.Phase;

/** k6's {@code res.timings}: milliseconds per phase; {@code duration} is sending + waiting + receiving. */
public final class ResponseTimings {

    public final double blocked;
    public final double connecting;
    public final double tls_handshaking;
    public final double sending;
    public final double waiting;
    public final double receiving;
    public final double duration;

    ResponseTimings(ExchangeTimings timings) {
        this.blocked = timings.millis(Phase.BLOCKED);
        this.connecting = timings.millis(Phase.CONNECTING);
        this.tls_handshaking = timings.millis(Phase.TLS_HANDSHAKING);
        this.sending = timings.millis(Phase.SENDING);
        this.waiting = timings.millis(Phase.WAITING);
        this.receiving = timings.millis(Phase.RECEIVING);
        this.duration = timings.durationMillis();
    }

    private ResponseTimings() {
        this.blocked = 0;
        this.connecting = 0;
        this.tls_handshaking = 0;
        this.sending = 0;
        this.waiting = 0;
        this.receiving = 0;
        this.duration = 0;
    }

    /** For requests that never got as far as the network. */
    static ResponseTimings none() {
        return new ResponseTimings();
    }

    @Override
    public String toString() {
        return "{blocked=" + blocked + ", connecting=" + connecting + ", tls_handshaking=" + tls_handshaking
                + ", sending=" + sending + ", waiting=" + waiting + ", receiving=" + receiving
                + ", duration=" + duration + "}";
    }
}
