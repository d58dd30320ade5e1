// exit: 0
// stderr: contains {"type":"secret","extractable":true,"algorithm":{"name":"AES-CBC","length":256},"usages":["encrypt","decrypt"]}
// stderr: lacks ERRO
// stderr: lacks Uncaught
export default async function () {
  const key = await crypto.subtle.generateKey(
    {
      name: "AES-CBC",
      length: 256,
    },
    true,
    ["encrypt", "decrypt"]
  );

  console.log(JSON.stringify(key));
}
