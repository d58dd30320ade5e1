// k6/experimental/csv for one VU: parse() and Parser as k6 defines them. Reading the CSV is Java
// (CsvInstance: Go's encoding/csv rules and texts, one parse per run for parse()); this file is the JS face:
// the File argument, the options object, Promises and the rows as frozen JS arrays or objects.
(function (native) {
  'use strict';

  // a k6/experimental/fs File's Java side (fs.js defines the key)
  const HANDLE = Symbol.for('jk6.fs.File');

  function handleOf(file) {
    const handle = file !== null && typeof file === 'object' ? file[HANDLE] : undefined;
    if (handle === undefined) {
      throw new Error('first argument expected to be a fs.File instance, got ' + typeof file + ' instead');
    }
    return handle;
  }

  function optionsOf(options, context) {
    if (options === undefined || options === null) {
      return native.options(null, null, null, null, null, context);
    }
    const opt = (name, convert) => (options[name] === undefined || options[name] === null ? null : convert(options[name]));
    return native.options(opt('delimiter', String), opt('skipFirstLine', Boolean), opt('fromLine', Number),
      opt('toLine', Number), opt('asObjects', Boolean), context);
  }

  function toRow(header, record) {
    if (header === null) {
      return Object.freeze(Array.from(record));
    }
    const row = {};
    for (let i = 0; i < header.length; i++) row[header[i]] = record[i];
    return Object.freeze(row);
  }

  function parse(file, options) {
    const handle = handleOf(file);
    const parsed = optionsOf(options, 'failed to interpret the provided Parser options');
    try {
      return Promise.resolve(native.parse(handle, parsed, toRow));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  class Parser {
    #parser;

    constructor(file, options) {
      if (file === undefined || file === null) {
        throw new Error('csv Parser constructor takes at least one non-nil source argument');
      }
      const handle = handleOf(file);
      const parsed = optionsOf(options, 'encountered an error while interpreting Parser options');
      this.#parser = native.parser(handle, parsed);
    }

    next() {
      try {
        const record = this.#parser.next();
        if (record === null) {
          return Promise.resolve({ done: true, value: [] });
        }
        return Promise.resolve({ done: false, value: toRow(this.#parser.header(), record) });
      } catch (e) {
        return Promise.reject(e);
      }
    }
  }

  return { parse, Parser };
})
