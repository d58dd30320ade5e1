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
              delete g.__jk6_log; delete g.__jk6_open; delete g.__jk6_require;
            })(globalThis);
            """;

    private Prelude() {
    }
}
