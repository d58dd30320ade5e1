// TextEncoder and TextDecoder for k6 scripts, over the host functions of WebGlobals.java.
(function (host) {
  const g = globalThis;
  // signed bytes: what Java's byte[] holds, so the host reads them without conversion errors
  const bytesOf = (input, what) => {
    if (input === undefined) return new Int8Array(0);
    if (input instanceof ArrayBuffer) return new Int8Array(input);
    if (ArrayBuffer.isView(input)) return new Int8Array(input.buffer, input.byteOffset, input.byteLength);
    throw new TypeError(what + ': the input must be an ArrayBuffer, a TypedArray or a DataView');
  };
  const toUint8Array = (hostBytes) => {
    const out = new Uint8Array(hostBytes.length);
    for (let i = 0; i < hostBytes.length; i++) out[i] = hostBytes[i];
    return out;
  };

  class TextEncoder {
    get encoding() { return 'utf-8'; }
    encode(input = '') { return toUint8Array(host.encodeUtf8(String(input))); }
    encodeInto(source, destination) {
      const bytes = this.encode(source);
      const written = Math.min(bytes.length, destination.length);
      destination.set(bytes.subarray(0, written));
      return { read: written === bytes.length ? String(source).length : undefined, written };
    }
  }

  class TextDecoder {
    #encoding; #fatal; #ignoreBOM;
    constructor(label = 'utf-8', options = {}) {
      const name = String(label).trim().toLowerCase();
      if (!host.supports(name)) throw new RangeError(`TextDecoder: the encoding "${label}" is not supported`);
      this.#encoding = name === 'utf8' || name === 'unicode-1-1-utf-8' ? 'utf-8' : name;
      this.#fatal = Boolean(options && options.fatal);
      this.#ignoreBOM = Boolean(options && options.ignoreBOM);
    }
    get encoding() { return this.#encoding; }
    get fatal() { return this.#fatal; }
    get ignoreBOM() { return this.#ignoreBOM; }
    decode(input, options) {
      const text = host.decode(bytesOf(input, 'TextDecoder.decode'), this.#encoding, this.#fatal);
      if (text === null) throw new TypeError(`TextDecoder.decode: the data is not valid ${this.#encoding}`);
      return !this.#ignoreBOM && text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
    }
  }

  // in place of the Prelude's lazy getters; a value the script assigned first stays
  const define = (name, value) => {
    const current = Object.getOwnPropertyDescriptor(g, name);
    if (!current || current.get) Object.defineProperty(g, name, { value, writable: true, configurable: true });
  };
  define('TextEncoder', TextEncoder);
  define('TextDecoder', TextDecoder);
})
