// npm run trusted-documents:register -- <persisted-documents.json> <name>
// Registers a client's operations as trusted documents (README "Trusted documents").
import path from 'node:path';
import { registerManifest } from '../http/trusted-documents/register';

const [manifest, name] = process.argv.slice(2);
if (!manifest || !name) {
  console.error('usage: npm run trusted-documents:register -- <persisted-documents.json> <name>');
  process.exit(2);
}
try {
  console.log(`registered ${path.relative(process.cwd(), registerManifest(manifest, name))}`);
} catch (err) {
  console.error((err as Error).message);
  process.exit(1);
}
