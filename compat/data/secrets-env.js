// env: K6_SECRET_SOURCE=mock=token=abc123
// exit: 0
// stderr: contains token ***SECRET_REDACTED*** length 6
// stderr: lacks abc123

// K6_SECRET_SOURCE is --secret-source's variable (one source), as in k6.
import secrets from 'k6/secrets';

export default async function () {
	const token = await secrets.get('token');
	console.log(`token ${token} length ${token.length}`);
}
