// The one function jk6 needs from sucrase: its TypeScript transform (types stripped, lines kept).
import { transform } from 'sucrase';
globalThis.__jk6_sucrase = transform;
