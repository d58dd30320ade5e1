// args: --secret-source=file=nope.secret
// exit: 255
// stderr: contains ERRO[0000] open nope.secret: no such file or directory

// A secret source that cannot be read stops k6 before the test, with Go's error and -1.
import secrets from 'k6/secrets';

export default async function () {
	await secrets.get('cool');
}
