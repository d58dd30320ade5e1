/** The {@code k6/ws} module; {@code io.jk6.ws.websockets} is {@code k6/websockets}, {@code io.jk6.ws.client} the client both use. */
package io.jk6.ws;
