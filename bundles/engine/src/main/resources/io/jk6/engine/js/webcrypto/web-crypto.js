// crypto (getRandomValues, randomUUID, subtle, CryptoKey) for k6 scripts, over WebCrypto.java's host.
(function (host) {
  const g = globalThis;
  const webError = (name, message) => { const e = new Error(message); e.name = name; return e; };
  // signed bytes: what Java's byte[] holds, so the host reads them without conversion errors
  const int8 = (input, what) => {
    if (input instanceof ArrayBuffer) return new Int8Array(input);
    if (ArrayBuffer.isView(input)) return new Int8Array(input.buffer, input.byteOffset, input.byteLength);
    throw webError('TypeError', `${what} is neither an ArrayBuffer, nor a TypedArray nor DataView`);
  };
  const toUint8Array = (hostBytes) => new Uint8Array(hostBytes);

  const handles = new WeakMap();
  const token = Symbol('CryptoKey');
  class CryptoKey {
    constructor(secret, type, extractable, algorithm, usages, handle) {
      if (secret !== token) throw new TypeError('Illegal constructor');
      // own enumerable members, as k6's CryptoKey: JSON.stringify(key) shows them
      Object.defineProperties(this, {
        type: { value: type, enumerable: true },
        extractable: { value: extractable, enumerable: true },
        algorithm: { value: algorithm, enumerable: true },
        usages: { value: usages, enumerable: true },
      });
      handles.set(this, handle);
    }
    get [Symbol.toStringTag]() { return 'CryptoKey'; }
  }

  host.bind({
    arrayBuffer: (bytes) => toUint8Array(bytes).buffer,
    key: (handle, type, extractable, algorithmJson, usages) => {
      const algorithm = JSON.parse(algorithmJson);
      if (algorithm.publicExponent) algorithm.publicExponent = new Uint8Array(algorithm.publicExponent);
      return new CryptoKey(token, type, extractable, algorithm, usages === '' ? [] : usages.split(','), handle);
    },
    pair: (privateKey, publicKey) => ({ privateKey, publicKey }),
    json: (text) => JSON.parse(text),
    error: webError,
  });

  // what the host reads of an algorithm: a copy whose binary members are Int8Arrays and whose
  // CryptoKey members are their handles; a string stays a string
  const params = (algorithm) => {
    if (algorithm === null || typeof algorithm !== 'object') return algorithm;
    const copy = {};
    for (const name in algorithm) {
      const value = algorithm[name];
      if (value instanceof CryptoKey) copy[name] = handles.get(value);
      else if (value instanceof ArrayBuffer || ArrayBuffer.isView(value)) copy[name] = int8(value, name);
      else copy[name] = value;
    }
    return copy;
  };
  const keyOf = (key) => handles.get(key);
  const usagesOf = (usages) => (Array.isArray(usages) ? usages : usages === undefined ? [] : Array.from(usages));
  const call = (operation, argumentsOf) => new Promise((resolve, reject) => {
    host.subtle(operation, resolve, reject, ...argumentsOf());
  });

  const subtle = {
    digest: (algorithm, data) => call('digest', () => [params(algorithm), int8(data, 'data')]),
    encrypt: (algorithm, key, data) => call('encrypt', () => [params(algorithm), keyOf(key), int8(data, 'data')]),
    decrypt: (algorithm, key, data) => call('decrypt', () => [params(algorithm), keyOf(key), int8(data, 'data')]),
    sign: (algorithm, key, data) => call('sign', () => [params(algorithm), keyOf(key), int8(data, 'data')]),
    verify: (algorithm, key, signature, data) => call('verify',
      () => [params(algorithm), keyOf(key), int8(signature, 'signature'), int8(data, 'data')]),
    generateKey: (algorithm, extractable, usages) => call('generateKey',
      () => [params(algorithm), Boolean(extractable), usagesOf(usages)]),
    importKey: (format, keyData, algorithm, extractable, usages) => call('importKey', () => [String(format),
      format === 'jwk' ? keyData : int8(keyData, 'keyData'), params(algorithm), Boolean(extractable), usagesOf(usages)]),
    exportKey: (format, key) => call('exportKey', () => [String(format), keyOf(key)]),
    deriveBits: (algorithm, baseKey, length) => call('deriveBits',
      () => [params(algorithm), keyOf(baseKey), length === undefined ? null : length]),
    deriveKey: (algorithm, baseKey, derivedKeyType, extractable, usages) => call('deriveKey',
      () => [params(algorithm), keyOf(baseKey), params(derivedKeyType), Boolean(extractable), usagesOf(usages)]),
    wrapKey: () => call('wrapKey', () => []),
    unwrapKey: () => call('unwrapKey', () => []),
  };

  const integerArrays = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array,
    BigInt64Array, BigUint64Array];
  const crypto = {
    getRandomValues(array) {
      if (!integerArrays.some((type) => array instanceof type)) {
        throw webError('TypeMismatchError', 'crypto.getRandomValues: the argument must be an integer TypedArray');
      }
      if (array.byteLength > 65536) {
        throw webError('QuotaExceededError', `crypto.getRandomValues: ${array.byteLength} bytes asked, at most 65536`);
      }
      new Uint8Array(array.buffer, array.byteOffset, array.byteLength).set(toUint8Array(host.randomBytes(array.byteLength)));
      return array;
    },
    randomUUID() { return host.randomUUID(); },
  };
  // read-only members, as k6 defines them
  for (const [name, value] of Object.entries({ subtle, CryptoKey })) {
    Object.defineProperty(crypto, name, { value, enumerable: true });
  }
  Object.freeze(subtle);

  // in place of the Prelude's lazy getters; a value the script assigned first stays
  const define = (name, value) => {
    const current = Object.getOwnPropertyDescriptor(g, name);
    if (!current || current.get) Object.defineProperty(g, name, { value, writable: true, configurable: true });
  };
  define('crypto', crypto);
  define('CryptoKey', CryptoKey);
})
