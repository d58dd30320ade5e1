// exit: 0
// stderr: contains "usages":["deriveKey","deriveBits"]
// stderr: lacks ERRO
// stderr: lacks Uncaught
export default async function () {
  const key = await crypto.subtle.generateKey(
    {
      name: "ECDH",
      namedCurve: "P-256",
    },
    true,
    ["deriveKey", "deriveBits"]
  );

  console.log(JSON.stringify(key));
}
