package io.jk6.launcher;

/** Names what an engine implementation means for speed. */
final class JitCheck {

    private JitCheck() {
    }

    static boolean isJit(String implementationName) {
        return !implementationName.equalsIgnoreCase("Interpreted");
    }

    static String describe(String implementationName) {
        return isJit(implementationName)
                ? implementationName + ", JIT compiler active"
                : implementationName + ", JIT compiler NOT active: scripts run 5-15x slower;"
                        + " start jk6 with bin/jk6 on a JDK 25 (Temurin)";
    }
}
