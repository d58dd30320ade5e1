package io.jk6.grpc.client;

import io.grpc.Status;

/** Status codes as grpc-go names them in its error texts ({@code Unimplemented}, {@code DeadlineExceeded}). */
final class Statuses {

    private Statuses() {
    }

    static String goName(Status.Code code) {
        StringBuilder name = new StringBuilder();
        boolean upper = true;
        for (char c : code.name().toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                name.append(upper ? c : Character.toLowerCase(c));
                upper = false;
            }
        }
        // grpc-go spells CANCELLED with one L
        return code == Status.Code.CANCELLED ? "Canceled" : name.toString();
    }
}
