/**
 * The contract between the launcher (boot layer) and the bundles that implement commands.
 * The system bundle exports this package, so a bundle can publish a {@link Command} service
 * that {@code jk6 <name>} runs. It is not part of the extension API. The system bundle exports it
 * as version 1.1.0 ({@code SystemPackages}; 1.1: {@link Invocation#testStarted}).
 */
package io.jk6.launcher.spi;
