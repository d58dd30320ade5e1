// args: --secret-source=file=file.secret
// exit: 0
// stderr: contains no value
// stderr: contains no secret source with name "nope" is configured

// A key the source lacks and a source that is not configured reject secrets.get with k6's texts.
import secrets from 'k6/secrets';

export default async function () {
	await secrets.get('missing').catch((e) => console.log(e.message || e));
	await secrets.source('nope').get('cool').catch((e) => console.log(e.message || e));
}
