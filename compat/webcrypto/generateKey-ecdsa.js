// exit: 0
// stderr: contains "algorithm":{"name":"ECDSA","namedCurve":"P-256"},"usages":["sign"]
// stderr: lacks ERRO
// stderr: lacks Uncaught
export default async function () {
  const key = await crypto.subtle.generateKey(
    {
      name: "ECDSA",
      namedCurve: "P-256",
    },
    true,
    ["sign", "verify"]
  );

  console.log(JSON.stringify(key));
}
