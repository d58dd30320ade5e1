// k6/websockets for one VU: the browser's WebSocket and a Blob, as k6 defines them. The connection itself is
// Java (WebSocketsInstance.open: the socket, the VU's event loop, the metrics); this file is the JS face:
// listeners, on* properties, events, what send() accepts.
(function (native) {
  'use strict';

  const TYPES = ['open', 'message', 'error', 'close', 'ping', 'pong'];
  const STATES = { CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3 };

  function bytesOf(part) {
    if (typeof part === 'string') return new TextEncoder().encode(part);
    if (part instanceof ArrayBuffer) return new Uint8Array(part.slice(0));
    if (ArrayBuffer.isView(part)) return new Uint8Array(part.buffer.slice(part.byteOffset, part.byteOffset + part.byteLength));
    if (part instanceof Blob) return part._bytes().slice();
    throw new Error('failed to process [blobParts]: unsupported type: ' + typeof part);
  }

  class Blob {
    #bytes;
    #type;

    constructor(parts, options) {
      const chunks = (parts === undefined ? [] : Array.from(parts)).map(bytesOf);
      const all = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) { all.set(c, at); at += c.length; }
      this.#bytes = all;
      if (options !== undefined && (options === null || typeof options !== 'object')) {
        throw new Error('[options] must be an object');
      }
      this.#type = options && options.type !== undefined ? String(options.type) : '';
    }

    get size() { return this.#bytes.length; }
    get type() { return this.#type; }
    _bytes() { return this.#bytes; }
    arrayBuffer() { return Promise.resolve(this.#bytes.slice().buffer); }
    bytes() { return Promise.resolve(this.#bytes.slice()); }
    text() { return Promise.resolve(new TextDecoder().decode(this.#bytes)); }
    slice(start, end, type) {
      return new Blob([this.#bytes.slice(start === undefined ? 0 : start, end === undefined ? this.#bytes.length : end)],
          { type: type === undefined ? '' : type });
    }
    toString() { return '[object Blob]'; }
  }

  class WebSocket {
    #conn;
    #listeners = {};
    #on = {};
    #binaryType = 'blob';

    constructor(url, protocols, params) {
      for (const type of TYPES) this.#listeners[type] = [];
      const dispatch = (type, data, code, reason, error) => this.#dispatch(type, data, code, reason, error);
      this.#conn = native.open(url === undefined ? null : url, protocols === undefined ? null : protocols,
          params === undefined ? null : params, dispatch);
    }

    get url() { return this.#conn.url(); }
    get readyState() { return this.#conn.readyState(); }
    get bufferedAmount() { return this.#conn.bufferedAmount(); }
    get protocol() { return this.#conn.protocol(); }
    get extensions() { return []; }

    get binaryType() { return this.#binaryType; }
    set binaryType(type) {
      if (type !== 'blob' && type !== 'arraybuffer') {
        throw new Error(`unknown binaryType ${type}, the supported ones are "blob" and "arraybuffer"`);
      }
      this.#binaryType = type;
    }

    send(data) {
      if (typeof data === 'string') {
        this.#conn.sendText(data);
      } else if (data instanceof ArrayBuffer || ArrayBuffer.isView(data) || data instanceof Blob) {
        this.#conn.sendBinary(bytesOf(data).buffer);
      } else {
        throw new Error(`unsupported send type ${data === null ? 'null' : typeof data}`);
      }
    }

    ping() { this.#conn.ping(); }

    close(code, reason) {
      this.#conn.close(code === undefined || code === null ? 0 : Number(code), reason === undefined ? '' : String(reason));
    }

    addEventListener(type, handler) {
      if (typeof handler !== 'function') {
        throw new Error(`handler for event type "${type}" isn't a callable function`);
      }
      if (!TYPES.includes(type)) {
        native.warn(`can't add event handler: unknown event type: ${type}`);
        return;
      }
      this.#listeners[type].push(handler);
    }

    removeEventListener(type, handler) {
      const list = this.#listeners[type];
      const at = list ? list.indexOf(handler) : -1;
      if (at >= 0) list.splice(at, 1);
    }

    #dispatch(type, data, code, reason, error) {
      const event = { type, target: this, timestamp: Date.now() };
      if (type === 'message') {
        event.data = typeof data === 'string' || this.#binaryType === 'arraybuffer' ? data : new Blob([data]);
        event.origin = this.url;
      } else if (type === 'close') {
        if (code !== undefined && code !== null) event.code = code;
        event.reason = reason;
      } else if (type === 'error') {
        event.error = error;
      }
      const on = this.#on[type];
      for (const handler of on ? [on, ...this.#listeners[type]] : this.#listeners[type].slice()) {
        handler.call(this, event);
      }
    }

    // on* properties: one handler each, run before the listeners; null removes it
    static {
      for (const type of TYPES) {
        Object.defineProperty(WebSocket.prototype, 'on' + type, {
          get() { return this.#on[type] === undefined ? null : this.#on[type]; },
          set(handler) {
            if (handler === null || handler === undefined) {
              delete this.#on[type];
              return;
            }
            if (typeof handler !== 'function') throw new Error(`a value for 'on${type}' should be callable`);
            this.#on[type] = handler;
          },
        });
      }
      for (const [name, value] of Object.entries(STATES)) {
        Object.defineProperty(WebSocket, name, { value, enumerable: true });
        Object.defineProperty(WebSocket.prototype, name, { value, enumerable: true });
      }
    }
  }

  return { WebSocket, Blob };
})
