// k6/experimental/tracing for one VU: instrumentHTTP and Client, as k6 v0.4x-v0.5x define them. The
// headers are Java (TraceHeaders: k6's trace IDs); instrumentHTTP reaches the VU's k6/http through Java.
(function (native) {
  'use strict';

  const http = require('k6/http');

  function headersOf(options) {
    if (options === undefined || options === null || typeof options !== 'object') {
      throw new Error('unable to parse options object; reason: options must be an object');
    }
    const sampling = options.sampling === undefined || options.sampling === null ? 1.0 : Number(options.sampling);
    const headers = native.headers(String(options.propagator === undefined ? '' : options.propagator), sampling,
      options.baggage !== undefined && options.baggage !== null);
    if (typeof headers === 'string') throw new Error(headers);
    return headers;
  }

  function instrumentHTTP(options) {
    const headers = headersOf(options);
    const refused = native.instrument(headers);
    if (refused !== null) throw new Error(refused);
  }

  // params with the trace header laid over the script's headers, as k6's instrumentArguments
  function traced(headers, params) {
    const copy = Object.assign({}, params === undefined || params === null ? {} : params);
    copy.headers = Object.assign({}, copy.headers === undefined || copy.headers === null ? {} : copy.headers);
    copy.headers[headers.name()] = headers.next();
    return copy;
  }

  class Client {
    #headers;
    constructor(options) {
      if (arguments.length < 1) {
        throw new Error('Client constructor expects a single configuration object as argument; none given');
      }
      this.#headers = headersOf(options);
    }
    configure(options) { this.#headers = headersOf(options); }
    request(method, url, body, params) { return http.request(method, url, body, traced(this.#headers, params)); }
    asyncRequest(method, url, body, params) { return http.asyncRequest(method, url, body, traced(this.#headers, params)); }
    del(url, body, params) { return this.request('DELETE', url, body, params); }
    get(url, params) { return this.request('GET', url, null, params); }
    head(url, params) { return this.request('HEAD', url, null, params); }
    options(url, body, params) { return this.request('OPTIONS', url, body, params); }
    patch(url, body, params) { return this.request('PATCH', url, body, params); }
    post(url, body, params) { return this.request('POST', url, body, params); }
    put(url, body, params) { return this.request('PUT', url, body, params); }
  }

  return { instrumentHTTP, Client };
})
