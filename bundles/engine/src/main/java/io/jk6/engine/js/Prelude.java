package io.jk6.engine.js;

/**
 * JS evaluated in every VU before the script: the k6 globals that are easier to write in JS
 * (argument formatting, ArrayBuffer results) on top of host functions. The host functions are
 * removed from the global scope afterwards.
 */
final class Prelude {

    static final String SOURCE = """
            (function (g) {
              const log = g.__jk6_log, hostOpen = g.__jk6_open, hostRequire = g.__jk6_require;
              const timer = g.__jk6_timer, clear = g.__jk6_clear;
              const fmt = (v) => {
                if (typeof v === 'string') return v;
                if (v instanceof Error) return String(v);
                try { const s = JSON.stringify(v); return s === undefined ? String(v) : s; } catch (e) { return String(v); }
              };
              const level = (name) => (...args) => log(name, args.map(fmt).join(' '));
              g.console = { log: level('info'), info: level('info'), warn: level('warn'),
                            error: level('error'), debug: level('debug') };
              g.open = function open(path, mode) {
                const data = hostOpen(String(path), mode === undefined ? '' : String(mode));
                if (mode !== 'b') return data;
                const bytes = new Uint8Array(data.length);
                for (let i = 0; i < data.length; i++) bytes[i] = data[i];
                return bytes.buffer;
              };
              g.require = function require(name) { return hostRequire(String(name)); };
              const callable = (fn, name) => {
                if (typeof fn !== 'function') throw new TypeError(name + ': the callback must be a function');
                return fn;
              };
              // k6/timers and the globals: the callbacks run on this VU's event loop
              g.setTimeout = function setTimeout(fn, delay, ...args) {
                return timer(callable(fn, 'setTimeout'), Number(delay) || 0, false, ...args);
              };
              g.setInterval = function setInterval(fn, delay, ...args) {
                return timer(callable(fn, 'setInterval'), Number(delay) || 0, true, ...args);
              };
              g.clearTimeout = function clearTimeout(id) { clear(Number(id) || 0); };
              g.clearInterval = function clearInterval(id) { clear(Number(id) || 0); };
              delete g.__jk6_timer; delete g.__jk6_clear;
              delete g.__jk6_log; delete g.__jk6_open; delete g.__jk6_require;
            })(globalThis);
            """;

    private Prelude() {
    }
}
