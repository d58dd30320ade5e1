package io.jk6.cli.rest;

import io.jk6.api.runner.TestExecution;
import io.jk6.api.runner.TestStatus;
import java.util.OptionalInt;

/**
 * {@code GET} and {@code PATCH /v1/status}, as k6's: the status document
 * {@code {"data":{"type":"status","id":"default","attributes":{"status":7,"paused":false,"vus":1,
 * "vus-max":1,"stopped":false,"running":true,"tainted":false}}}}; a patch stops the test, or
 * pauses/resumes it and sets the VUs of its {@code externally-controlled} scenario.
 */
final class StatusRoutes {

    private final TestExecution test;

    StatusRoutes(TestExecution test) {
        this.test = test;
    }

    byte[] get() {
        TestStatus status = test.status();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("type", "status");
            g.writeStringField("id", "default");
            g.writeObjectFieldStart("attributes");
            g.writeNumberField("status", status.status());
            g.writeBooleanField("paused", status.paused());
            g.writeNumberField("vus", status.vus());
            g.writeNumberField("vus-max", status.vusMax());
            g.writeBooleanField("stopped", status.stopped());
            g.writeBooleanField("running", status.running());
            g.writeBooleanField("tainted", status.tainted());
            g.writeEndObject();
            g.writeEndObject();
            g.writeEndObject();
        });
    }

    /**
     * Applies a patch in k6's order: {@code stopped} alone when true; else {@code paused}, then
     * {@code vus-max} and {@code vus}. Answers with the status after it.
     */
    byte[] patch(byte[] body) {
        StatusPatch patch = StatusPatch.parse(body);
        if (patch.stopped()) {
            test.stopFromApi();
            return get();
        }
        if (patch.paused() != null) {
            try {
                if (patch.paused()) {
                    test.pause();
                } else {
                    test.resume();
                }
            } catch (IllegalStateException e) {
                throw new ApiError(500, "Pause error", e.getMessage());
            }
        }
        if (patch.vus() != null || patch.vusMax() != null) {
            OptionalInt maxVUs = test.controlledMaxVUs();
            if (maxVUs.isEmpty()) {
                throw new ApiError(500, "Execution config error",
                        "an externally-controlled executor needs to be configured for live configuration updates");
            }
            if (patch.vusMax() != null && patch.vusMax() != maxVUs.getAsInt()) {
                throw new ApiError(400, "Config update error", "jk6 cannot change maxVUs while the test runs"
                        + " (its VUs are initialized up front): vus-max must stay " + maxVUs.getAsInt());
            }
            if (patch.vus() != null) {
                try {
                    test.setVUs(Math.toIntExact(patch.vus()));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new ApiError(400, "Config update error", e instanceof ArithmeticException
                            ? "vus out of range: " + patch.vus() : e.getMessage());
                }
            }
        }
        return get();
    }
}
