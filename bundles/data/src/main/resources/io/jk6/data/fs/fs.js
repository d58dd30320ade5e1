// k6/experimental/fs for one VU: open(), File and SeekMode as k6 defines them. The bytes and the offset are
// Java (OpenFile: one copy of a file per run, one offset per File); this file is the JS face: Promises,
// argument checks and k6's errors, whose name (NotFoundError, TypeError...) scripts may test.
(function (native) {
  'use strict';

  const SeekMode = Object.freeze({ Start: 0, Current: 1, End: 2 });
  // csv.parse and csv.Parser find a File's Java side under this key (k6/experimental/csv's glue).
  const HANDLE = Symbol.for('jk6.fs.File');

  function fsError(name, message) {
    const e = new Error(message);
    e.name = name;
    return e;
  }

  // A settled Promise from a synchronous step: the file is in memory, nothing to wait for, but k6's API is async.
  function attempt(step) {
    try {
      return Promise.resolve(step());
    } catch (e) {
      return Promise.reject(e);
    }
  }

  function isInteger(v) {
    return typeof v === 'number' && Number.isInteger(v);
  }

  class File {
    constructor(handle) {
      Object.defineProperty(this, HANDLE, { value: handle });
      this.path = handle.path();
    }

    stat() {
      const h = this[HANDLE];
      return attempt(() => ({ name: h.name(), size: h.size() }));
    }

    read(into) {
      if (into === null || into === undefined) {
        return Promise.reject(fsError('TypeError', 'read() failed; reason: into argument cannot be null or undefined'));
      }
      if (!(into instanceof Uint8Array)) {
        return Promise.reject(fsError('TypeError', 'read() failed; reason: into argument must be a Uint8Array'));
      }
      const h = this[HANDLE];
      return attempt(() => {
        const chunk = h.take(into.byteLength);
        if (chunk === null) return null;
        const bytes = new Uint8Array(chunk); // a view of the Java buffer: one copy, by set()
        into.set(bytes);
        return bytes.length;
      });
    }

    seek(offset, whence) {
      if (offset === null || offset === undefined) {
        return Promise.reject(fsError('TypeError', 'seek() failed; reason: the offset argument cannot be null or undefined'));
      }
      if (!isInteger(offset)) {
        return Promise.reject(fsError('TypeError', 'seek() failed; reason: the offset argument must be a number'));
      }
      if (whence === null || whence === undefined) {
        return Promise.reject(fsError('TypeError', 'seek() failed; reason: the whence argument cannot be null or undefined'));
      }
      if (!isInteger(whence)) {
        return Promise.reject(fsError('TypeError', 'seek() failed; reason: the whence argument must be a number'));
      }
      if (whence !== SeekMode.Start && whence !== SeekMode.Current && whence !== SeekMode.End) {
        return Promise.reject(fsError('TypeError', 'seek() failed; reason: the whence argument must be a SeekMode'));
      }
      const h = this[HANDLE];
      return attempt(() => h.seek(offset, whence));
    }
  }

  function open(path) {
    if (path === null || path === undefined) {
      return Promise.reject(fsError('TypeError', 'open() failed; reason: path cannot be null or undefined'));
    }
    const name = String(path);
    if (name === '') {
      return Promise.reject(fsError('TypeError', 'open() failed; reason: path cannot be empty'));
    }
    return attempt(() => new File(native.open(name)));
  }

  return { open, SeekMode, File };
})
