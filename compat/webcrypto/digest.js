// exit: 0
// stderr: contains 315f5bdb76d078c43b8ac0064e4a0164612b1fce77c869345bfc94c75894edd3
// stderr: lacks ERRO
// stderr: lacks Uncaught
export default function () {
  crypto.subtle.digest("SHA-256", stringToArrayBuffer("Hello, world!")).then(
    (hash) => {
      console.log(arrayBufferToHex(hash));
    },
    (err) => {
      throw err;
    }
  );
}

function arrayBufferToHex(buffer) {
  return [...new Uint8Array(buffer)]
    .map((x) => x.toString(16).padStart(2, "0"))
    .join("");
}

function stringToArrayBuffer(s) {
  return Uint8Array.from(new String(s), (x) => x.charCodeAt(0));
}
