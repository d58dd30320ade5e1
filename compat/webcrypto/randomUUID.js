// exit: 0
// stderr: contains -4
// stderr: lacks ERRO
// stderr: lacks Uncaught
export default function () {
  const myUUID = crypto.randomUUID();

  console.log(myUUID);
}
