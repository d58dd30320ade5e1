// k6/experimental/streams' ReadableStream for one VU, as the WHATWG Streams standard defines it and k6
// implements it: a default reader, an underlying source's start/pull/cancel, a queuing strategy (count or
// byte length) with its high water mark; no byte streams, BYOB readers or tee(), which k6 refuses too.
// Plain JS on the VU's own event loop: evaluated only in the VUs that import the module.
(function () {
  'use strict';

  const typeError = (message) => new TypeError(message);
  const notSupported = (message) => { const e = new Error(message); e.name = 'NotSupportedError'; return e; };

  function strategyOf(strategy) {
    if (strategy === undefined) return { highWaterMark: 1, size: () => 1 };
    const hwm = strategy.highWaterMark === undefined ? 1 : Number(strategy.highWaterMark);
    if (Number.isNaN(hwm) || hwm < 0) throw new RangeError('highWaterMark must be a non-negative number');
    const size = strategy.size;
    if (size !== undefined && typeof size !== 'function') throw typeError('size must be a function');
    return { highWaterMark: hwm, size: size === undefined ? () => 1 : (chunk) => size.call(undefined, chunk) };
  }

  function checkQueuingInit(name, init) {
    if (init === undefined) throw typeError(name + ' takes a single argument');
    if (init === null || typeof init !== 'object') throw typeError(name + ' argument must be an object');
    if (!('highWaterMark' in init)) throw typeError(name + " argument must have 'highWaterMark' property");
    return Number(init.highWaterMark);
  }

  class CountQueuingStrategy {
    constructor(init) { this.highWaterMark = checkQueuingInit('CountQueuingStrategy', init); }
    get size() { return function size() { return 1; }; }
  }

  class ByteLengthQueuingStrategy {
    constructor(init) { this.highWaterMark = checkQueuingInit('ByteLengthQueuingStrategy', init); }
    get size() { return function size(chunk) { return chunk.byteLength; }; }
  }

  // The state the standard keeps in internal slots, kept here out of the script's reach.
  const streams = new WeakMap();

  class ReadableStreamDefaultController {
    #s;
    constructor(token, state) {
      if (token !== streams) throw typeError('ReadableStreamDefaultController is not constructable');
      this.#s = state;
    }
    get desiredSize() { return desiredSize(this.#s); }
    close() {
      if (!canCloseOrEnqueue(this.#s)) throw typeError('cannot close or enqueue');
      this.#s.closeRequested = true;
      if (this.#s.queue.length === 0) closeStream(this.#s);
    }
    enqueue(chunk) {
      const s = this.#s;
      if (!canCloseOrEnqueue(s)) throw typeError('cannot close or enqueue');
      if (s.reader !== undefined && s.reader.requests.length > 0) {
        s.reader.requests.shift().resolve({ value: chunk, done: false });
      } else {
        let size;
        try {
          size = s.strategy.size(chunk);
          if (typeof size !== 'number' || Number.isNaN(size) || size < 0 || size === Infinity) {
            throw new RangeError('size must be a finite, non-NaN, non-negative number');
          }
        } catch (e) {
          errorStream(s, e);
          throw e;
        }
        s.queue.push({ chunk, size });
        s.queueSize += size;
      }
      pullIfNeeded(s);
    }
    error(e) {
      if (this.#s.state === 'readable') errorStream(this.#s, e);
    }
  }

  function desiredSize(s) {
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.strategy.highWaterMark - s.queueSize;
  }

  function canCloseOrEnqueue(s) {
    return !s.closeRequested && s.state === 'readable';
  }

  function pullIfNeeded(s) {
    if (!s.started || s.closeRequested || s.state !== 'readable') return;
    const wanted = (s.reader !== undefined && s.reader.requests.length > 0) || desiredSize(s) > 0;
    if (!wanted) return;
    if (s.pulling) { s.pullAgain = true; return; }
    s.pulling = true;
    call(s.source, 'pull', s.controller).then(() => {
      s.pulling = false;
      if (s.pullAgain) { s.pullAgain = false; pullIfNeeded(s); }
    }, (e) => { if (s.state === 'readable') errorStream(s, e); });
  }

  // An underlying source's method as a Promise: what it returned, or what it threw.
  function call(source, name, ...args) {
    const fn = source[name];
    if (fn === undefined) return Promise.resolve(undefined);
    try {
      return Promise.resolve(fn.apply(source, args));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function closeStream(s) {
    s.state = 'closed';
    if (s.reader !== undefined) {
      s.reader.requests.splice(0).forEach((r) => r.resolve({ value: undefined, done: true }));
      s.reader.closed.resolve(undefined);
    }
  }

  function errorStream(s, e) {
    s.state = 'errored';
    s.storedError = e;
    s.queue = [];
    s.queueSize = 0;
    if (s.reader !== undefined) {
      s.reader.requests.splice(0).forEach((r) => r.reject(e));
      s.reader.closed.reject(e);
    }
  }

  function cancelStream(s, reason) {
    if (s.state === 'closed') return Promise.resolve(undefined);
    if (s.state === 'errored') return Promise.reject(s.storedError);
    s.queue = [];
    s.queueSize = 0;
    closeStream(s);
    return call(s.source, 'cancel', reason).then(() => undefined);
  }

  function deferred() {
    const d = {};
    d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
    d.promise.catch(() => {}); // a reader's closed promise nobody awaits is not an unhandled rejection
    return d;
  }

  class ReadableStream {
    constructor(underlyingSource, strategy) {
      if (underlyingSource !== undefined && (underlyingSource === null || typeof underlyingSource !== 'object')) {
        throw typeError('underlyingSource must be an object');
      }
      const source = underlyingSource === undefined ? {} : underlyingSource;
      for (const name of ['start', 'pull', 'cancel']) {
        if (source[name] !== undefined && typeof source[name] !== 'function') {
          throw typeError('underlyingSource.[[' + name + ']] must be a function');
        }
      }
      if (source.type === 'bytes') throw notSupported("'bytes' stream is not supported yet");
      if (source.type !== undefined) throw typeError('type must not be set for non-byte streams');
      const s = { state: 'readable', queue: [], queueSize: 0, started: false, pulling: false, pullAgain: false,
        closeRequested: false, reader: undefined, storedError: undefined, source, strategy: strategyOf(strategy) };
      s.controller = new ReadableStreamDefaultController(streams, s);
      streams.set(this, s);
      let started;
      try {
        started = source.start === undefined ? undefined : source.start.call(source, s.controller);
      } catch (e) {
        errorStream(s, e);
        throw e;
      }
      Promise.resolve(started).then(() => { s.started = true; pullIfNeeded(s); },
        (e) => { if (s.state === 'readable') errorStream(s, e); });
    }

    get locked() { return streams.get(this).reader !== undefined; }

    cancel(reason) {
      const s = streams.get(this);
      if (s.reader !== undefined) return Promise.reject(typeError('cannot cancel a locked stream'));
      return cancelStream(s, reason);
    }

    getReader(options) {
      if (options !== undefined && options !== null && options.mode !== undefined) {
        if (options.mode === 'byob') throw notSupported("'byob' mode is not supported yet");
        throw typeError("options.mode is not 'byob'");
      }
      return new ReadableStreamDefaultReader(this);
    }

    tee() { throw notSupported("'tee()' is not supported yet"); }
  }

  class ReadableStreamDefaultReader {
    #s;
    #self;
    constructor(stream) {
      if (stream === undefined) throw typeError('ReadableStreamDefaultReader takes a single argument');
      const s = stream instanceof ReadableStream ? streams.get(stream) : undefined;
      if (s === undefined) throw typeError('ReadableStreamDefaultReader argument must be a ReadableStream');
      if (s.reader !== undefined) throw typeError('stream is locked');
      this.#s = s;
      this.#self = { requests: [], closed: deferred() };
      s.reader = this.#self;
      if (s.state === 'closed') this.#self.closed.resolve(undefined);
      if (s.state === 'errored') this.#self.closed.reject(s.storedError);
    }

    get closed() { return this.#self.closed.promise; }

    read() {
      const s = this.#s;
      if (s === undefined) return Promise.reject(typeError('reader released'));
      if (s.state === 'closed') return Promise.resolve({ value: undefined, done: true });
      if (s.state === 'errored') return Promise.reject(s.storedError);
      if (s.queue.length > 0) {
        const { chunk, size } = s.queue.shift();
        s.queueSize = s.queue.length === 0 ? 0 : s.queueSize - size;
        if (s.closeRequested && s.queue.length === 0) closeStream(s);
        else pullIfNeeded(s);
        return Promise.resolve({ value: chunk, done: false });
      }
      const request = deferred();
      this.#self.requests.push(request);
      pullIfNeeded(s);
      return request.promise;
    }

    cancel(reason) {
      if (this.#s === undefined) return Promise.reject(typeError('reader released'));
      return cancelStream(this.#s, reason);
    }

    releaseLock() {
      const s = this.#s;
      if (s === undefined) return;
      const released = typeError('reader released');
      this.#self.requests.splice(0).forEach((r) => r.reject(released));
      if (s.state !== 'readable') this.#self.closed = deferred(); // settled already: a new one, rejected
      this.#self.closed.reject(released);
      s.reader = undefined;
      this.#s = undefined;
    }
  }

  return { ReadableStream, ReadableStreamDefaultReader, ReadableStreamDefaultController,
    CountQueuingStrategy, ByteLengthQueuingStrategy, strategyOf }; // strategyOf: for writable.js only
})
