// k6/net/grpc for one VU: the JS face of GrpcInstance. Objects cross to Java as JSON text (protojson parses
// and prints the messages there) and come back parsed, so a script gets plain objects, as k6's.
(function (native) {
  'use strict';

  const clients = new WeakMap();

  function json(value) {
    return value === undefined || value === null ? null : JSON.stringify(value);
  }

  // invoke's and healthCheck's result: { status, message, headers, trailers, error } as k6's
  function response(r) {
    return {
      status: r.status(),
      message: r.message() === null ? null : JSON.parse(r.message()),
      headers: JSON.parse(r.headers()),
      trailers: JSON.parse(r.trailers()),
      error: r.error() === null ? null : JSON.parse(r.error()),
    };
  }

  function handle(client) {
    const c = clients.get(client);
    if (c === undefined) throw new Error('invalid GRPC Stream\'s client parameter: not a grpc.Client');
    return c;
  }

  class Client {
    constructor() {
      clients.set(this, native.newClient());
    }

    load(importPaths, ...files) {
      const paths = importPaths === undefined || importPaths === null ? [] : Array.from(importPaths, String);
      return JSON.parse(handle(this).load(paths, files.map(String)));
    }

    loadProtoset(file) {
      return JSON.parse(handle(this).loadProtoset(String(file)));
    }

    connect(address, params) {
      return handle(this).connect(String(address), json(params));
    }

    invoke(method, request, params) {
      return response(handle(this).invoke(String(method), json(request), json(params)));
    }

    asyncInvoke(method, request, params) {
      const c = handle(this);
      return new Promise((resolve, reject) => {
        c.asyncInvoke(String(method), json(request), json(params), (r) => resolve(response(r)),
          (message) => reject(new Error(message)));
      });
    }

    healthCheck(service) {
      return response(handle(this).healthCheck(service === undefined || service === null ? '' : String(service)));
    }

    close() {
      handle(this).close();
    }
  }

  const EVENTS = ['data', 'error', 'end'];

  class Stream {
    #stream;
    #listeners = { data: [], error: [], end: [] };

    constructor(client, method, params) {
      if (!(client instanceof Client)) {
        throw new Error('invalid GRPC Stream\'s client parameter: not a grpc.Client');
      }
      this.#stream = handle(client).stream(String(method), json(params), (type, payload) => this.#fire(type, payload));
    }

    on(event, handler) {
      if (typeof handler !== 'function') {
        throw new Error(`handler for "${event}" event isn't a callable function`);
      }
      if (!EVENTS.includes(event)) {
        native.warn(`can't register ${event} event handler: unknown stream's event type ${event}`);
        return;
      }
      this.#listeners[event].push(handler);
    }

    write(message) {
      this.#stream.write(json(message));
    }

    end() {
      this.#stream.end();
    }

    // called by GrpcStream on the VU's event loop; a listener that throws ends the stream
    #fire(type, payload) {
      const listeners = this.#listeners[type];
      if (type === 'error' && listeners.length === 0) {
        native.warn('no handlers for error registered, but an error happened: ' + payload);
      }
      const value = type === 'end' ? {} : JSON.parse(payload);
      for (const listener of listeners) listener(value);
    }
  }

  const exports = { Client, Stream };
  const statuses = ['OK', 'Canceled', 'Unknown', 'InvalidArgument', 'DeadlineExceeded', 'NotFound',
    'AlreadyExists', 'PermissionDenied', 'ResourceExhausted', 'FailedPrecondition', 'Aborted', 'OutOfRange',
    'Unimplemented', 'Internal', 'Unavailable', 'DataLoss', 'Unauthenticated'];
  statuses.forEach((name, code) => { exports['Status' + name] = code; });
  Object.assign(exports, {
    HealthCheckUnknown: 0, HealthCheckServing: 1, HealthCheckNotServing: 2, HealthCheckServiceUnkown: 3,
  });
  return exports;
})
