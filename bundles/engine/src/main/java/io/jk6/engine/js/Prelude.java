package io.jk6.engine.js;

import org.graalvm.polyglot.Source;

/**
 * JS evaluated in every VU before the script: the k6 globals that are easier to write in JS
 * (argument formatting, ArrayBuffer results) on top of host functions. It is a function called
 * once with one host object holding those functions and the VU's {@code __ENV}: every Java-to-JS
 * call on a Value is a call target GraalJS compiles once it is hot, and a few calls per VU,
 * times hundreds of VUs, made the JIT compile init-only code at the start of the test, when the
 * compiler is still cold and the cores are needed for the first iterations.
 */
final class Prelude {

    static final Source SOURCE = Source.newBuilder("js", """
            (function (host) {
              const g = globalThis;
              const log = host.log, hostOpen = host.open, hostRequire = host.require;
              const timer = host.timer, clear = host.clear;
              g.%s = host.lookup;
              // No loops and few calls here: this runs in every VU, and GraalJS counts calls and
              // loop turns over all VUs: code run a few times per VU at init is compiled while
              // the test starts (see the class comment). __ENV (with the system's environment,
              // as in k6: dozens of variables) comes as JSON for the built-in JSON.parse.
              g.__ENV = JSON.parse(host.env);
              g.__VU = 0;
              g.__ITER = 0;
              const fmt = (v) => {
                if (typeof v === 'string') return v;
                if (v instanceof Error) return String(v);
                try { const s = JSON.stringify(v); return s === undefined ? String(v) : s; } catch (e) { return String(v); }
              };
              const line = (args) => args.map(fmt).join(' ');
              g.console = {
                log: (...args) => log('info', line(args)), info: (...args) => log('info', line(args)),
                warn: (...args) => log('warn', line(args)), error: (...args) => log('error', line(args)),
                debug: (...args) => log('debug', line(args)),
              };
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
              // TextEncoder, TextDecoder, crypto and CryptoKey are made on first use: most scripts
              // use none of them, and evaluating their classes in every VU cost an eighth of a VU's
              // init and ~10 KiB of its heap. The getter installs the real globals (data
              // properties, see web-globals.js and web-crypto.js) and reads again; a script that
              // assigns one first keeps its value.
              const lazy = (name, install) => Object.defineProperty(g, name, {
                configurable: true,
                get() { install(); return g[name]; },
                set(value) { Object.defineProperty(g, name, { value, writable: true, configurable: true }); },
              });
              const webGlobals = host.webGlobals, webCrypto = host.webCrypto;
              lazy('TextEncoder', webGlobals);
              lazy('TextDecoder', webGlobals);
              lazy('crypto', webCrypto);
              lazy('CryptoKey', webCrypto);
            })
            """.formatted(VuModules.LOOKUP_FUNCTION), "jk6-prelude.js").buildLiteral();

    private Prelude() {
    }
}
