package io.jk6.engine.rest;

import io.jk6.engine.executor.ExternallyControlled;
import io.jk6.engine.run.ExecutionState;
import io.jk6.engine.run.ExecutionStatus;

/**
 * {@code GET} and {@code PATCH /v1/status}, as k6's: the status document
 * {@code {"data":{"type":"status","id":"default","attributes":{"status":7,"paused":false,"vus":1,
 * "vus-max":1,"stopped":false,"running":true,"tainted":false}}}}; a patch stops the test, or
 * pauses/resumes it and sets the VUs of its {@code externally-controlled} scenario.
 */
final class StatusRoutes {

    private final TestControl control;

    StatusRoutes(TestControl control) {
        this.control = control;
    }

    byte[] get() {
        ExecutionState execution = control.execution();
        ExecutionStatus status = execution.status();
        boolean tainted = control.tainted();
        return Json.write(g -> {
            g.writeStartObject();
            g.writeObjectFieldStart("data");
            g.writeStringField("type", "status");
            g.writeStringField("id", "default");
            g.writeObjectFieldStart("attributes");
            g.writeNumberField("status", status.code());
            g.writeBooleanField("paused", execution.isPaused());
            g.writeNumberField("vus", execution.activeVUs());
            g.writeNumberField("vus-max", execution.initializedVUs());
            g.writeBooleanField("stopped", execution.isStopping());
            g.writeBooleanField("running", execution.isStarted() && !status.isFinal());
            g.writeBooleanField("tainted", tainted);
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
            control.stop();
            return get();
        }
        if (patch.paused() != null) {
            try {
                control.run().setPaused(patch.paused());
            } catch (IllegalStateException e) {
                throw new ApiError(500, "Pause error", e.getMessage());
            }
        }
        if (patch.vus() != null || patch.vusMax() != null) {
            ExternallyControlled executor = control.run().externallyControlled().orElseThrow(() -> new ApiError(500,
                    "Execution config error",
                    "an externally-controlled executor needs to be configured for live configuration updates"));
            if (patch.vusMax() != null && patch.vusMax() != executor.configuredMaxVUs()) {
                throw new ApiError(400, "Config update error", "jk6 cannot change maxVUs while the test runs"
                        + " (its VUs are initialized up front): vus-max must stay " + executor.configuredMaxVUs());
            }
            if (patch.vus() != null) {
                try {
                    executor.setVUs(Math.toIntExact(patch.vus()));
                } catch (IllegalArgumentException | ArithmeticException e) {
                    throw new ApiError(400, "Config update error", e instanceof ArithmeticException
                            ? "vus out of range: " + patch.vus() : e.getMessage());
                }
            }
        }
        return get();
    }
}
