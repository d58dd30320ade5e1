/** The k6/net/grpc module on grpc-java: the JS-facing client and stream, and the module's components. */
package io.jk6.grpc;
