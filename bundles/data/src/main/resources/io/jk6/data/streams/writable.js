// k6/experimental/streams' WritableStream for one VU, as the WHATWG Streams standard defines it and k6
// (v1.x) implements it: an underlying sink's start/write/close/abort, a default writer whose `ready`
// follows the queue's backpressure against the strategy's high water mark. Plain JS on the VU's event loop,
// evaluated with readable.js only in the VUs that import the module; it takes readable.js's strategy helper.
(function (strategyOf) {
  'use strict';

  const typeError = (message) => new TypeError(message);
  const streams = new WeakMap();

  function deferred() {
    const d = {};
    d.promise = new Promise((resolve, reject) => { d.resolve = resolve; d.reject = reject; });
    d.promise.catch(() => {}); // a writer's ready/closed nobody awaits is not an unhandled rejection
    return d;
  }

  function call(sink, name, ...args) {
    const fn = sink[name];
    if (fn === undefined) return Promise.resolve(undefined);
    try {
      return Promise.resolve(fn.apply(sink, args));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function desiredSize(s) {
    if (s.state === 'errored') return null;
    if (s.state === 'closed') return 0;
    return s.strategy.highWaterMark - s.queueSize;
  }

  // The writer's ready promise: pending while the queue is at or above its mark.
  function updateBackpressure(s) {
    const backpressure = s.state === 'writable' && !s.closeRequested && desiredSize(s) <= 0;
    if (backpressure === s.backpressure) return;
    s.backpressure = backpressure;
    if (s.writer !== undefined) {
      if (backpressure) s.writer.ready = deferred();
      else s.writer.ready.resolve(undefined);
    }
  }

  function advance(s) {
    if (!s.started || s.inFlight || s.state !== 'writable') return;
    if (s.queue.length === 0) {
      if (s.closeRequested) {
        s.inFlight = true;
        call(s.sink, 'close').then(() => {
          s.state = 'closed';
          s.closed.resolve(undefined);
          if (s.writer !== undefined) s.writer.closed.resolve(undefined);
        }, (e) => errorStream(s, e));
      }
      return;
    }
    const head = s.queue[0];
    s.inFlight = true;
    call(s.sink, 'write', head.chunk, s.controller).then(() => {
      s.inFlight = false;
      s.queue.shift();
      s.queueSize = s.queue.length === 0 ? 0 : s.queueSize - head.size;
      head.done.resolve(undefined);
      updateBackpressure(s);
      advance(s);
    }, (e) => errorStream(s, e));
  }

  function errorStream(s, e) {
    if (s.state === 'errored' || s.state === 'closed') return;
    s.state = 'errored';
    s.storedError = e;
    s.queue.splice(0).forEach((w) => w.done.reject(e));
    s.closed.reject(e);
    if (s.writer !== undefined) {
      s.writer.closed.reject(e);
      s.writer.ready = deferred();
      s.writer.ready.reject(e);
    }
  }

  class WritableStreamDefaultController {
    #s;
    constructor(token, state) {
      if (token !== streams) throw typeError('WritableStreamDefaultController is not constructable');
      this.#s = state;
    }
    error(e) { if (this.#s.state === 'writable') errorStream(this.#s, e); }
  }

  class WritableStream {
    constructor(underlyingSink, strategy) {
      if (underlyingSink !== undefined && (underlyingSink === null || typeof underlyingSink !== 'object')) {
        throw typeError('underlyingSink must be an object');
      }
      const sink = underlyingSink === undefined ? {} : underlyingSink;
      if (sink.type !== undefined) throw new RangeError("'type' is not supported by WritableStream");
      const s = { state: 'writable', queue: [], queueSize: 0, started: false, inFlight: false, closeRequested: false,
        backpressure: false, writer: undefined, storedError: undefined, closed: deferred(), sink,
        strategy: strategyOf(strategy) };
      s.controller = new WritableStreamDefaultController(streams, s);
      streams.set(this, s);
      updateBackpressure(s);
      call(sink, 'start', s.controller).then(() => { s.started = true; advance(s); }, (e) => errorStream(s, e));
    }

    get locked() { return streams.get(this).writer !== undefined; }

    getWriter() { return new WritableStreamDefaultWriter(this); }

    abort(reason) {
      const s = streams.get(this);
      if (s.writer !== undefined) return Promise.reject(typeError('cannot abort a locked stream'));
      return abortStream(s, reason);
    }

    close() {
      const s = streams.get(this);
      if (s.writer !== undefined) return Promise.reject(typeError('cannot close a locked stream'));
      return closeStream(s);
    }
  }

  function abortStream(s, reason) {
    if (s.state === 'closed' || s.state === 'errored') return Promise.resolve(undefined);
    errorStream(s, reason);
    return call(s.sink, 'abort', reason).then(() => undefined);
  }

  function closeStream(s) {
    if (s.state !== 'writable' || s.closeRequested) {
      return Promise.reject(typeError('stream is not writable'));
    }
    s.closeRequested = true;
    updateBackpressure(s); // closing ends backpressure: a writer's ready resolves
    advance(s);
    return s.closed.promise;
  }

  class WritableStreamDefaultWriter {
    #s;
    #self;
    constructor(stream) {
      const s = stream instanceof WritableStream ? streams.get(stream) : undefined;
      if (s === undefined) throw typeError('WritableStreamDefaultWriter argument must be a WritableStream');
      if (s.writer !== undefined) throw typeError('stream is locked');
      this.#s = s;
      this.#self = { ready: deferred(), closed: deferred() };
      if (!s.backpressure) this.#self.ready.resolve(undefined);
      if (s.state === 'closed') this.#self.closed.resolve(undefined);
      if (s.state === 'errored') { this.#self.closed.reject(s.storedError); this.#self.ready.reject(s.storedError); }
      s.writer = this.#self;
    }

    get ready() { return this.#self.ready.promise; }
    get closed() { return this.#self.closed.promise; }
    get desiredSize() {
      if (this.#s === undefined) throw typeError('writer released');
      return desiredSize(this.#s);
    }

    write(chunk) {
      const s = this.#s;
      if (s === undefined) return Promise.reject(typeError('writer released'));
      if (s.state === 'errored') return Promise.reject(s.storedError);
      if (s.state !== 'writable' || s.closeRequested) return Promise.reject(typeError('stream is closing or closed'));
      let size;
      try {
        size = s.strategy.size(chunk);
      } catch (e) {
        errorStream(s, e);
        return Promise.reject(e);
      }
      const done = deferred();
      s.queue.push({ chunk, size, done });
      s.queueSize += size;
      updateBackpressure(s);
      advance(s);
      return done.promise;
    }

    close() {
      if (this.#s === undefined) return Promise.reject(typeError('writer released'));
      return closeStream(this.#s);
    }

    abort(reason) {
      if (this.#s === undefined) return Promise.reject(typeError('writer released'));
      return abortStream(this.#s, reason);
    }

    releaseLock() {
      const s = this.#s;
      if (s === undefined) return;
      const released = typeError('writer released');
      this.#self.ready = deferred();
      this.#self.ready.reject(released);
      if (s.state !== 'writable') this.#self.closed = deferred();
      this.#self.closed.reject(released);
      s.writer = undefined;
      this.#s = undefined;
    }
  }

  return { WritableStream, WritableStreamDefaultWriter, WritableStreamDefaultController };
})
