// Installs the benchmark's own packages (Hive Gateway, its Rust planner, autocannon) from
// bench/package-lock.json when they are missing or stale, so that `npm ci` for users never does.
const { execFileSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const lock = path.join(__dirname, 'package-lock.json');
const stamp = path.join(__dirname, 'node_modules', '.installed-lock-sha256');
const wanted = crypto.createHash('sha256').update(fs.readFileSync(lock)).digest('hex');
if (!fs.existsSync(stamp) || fs.readFileSync(stamp, 'utf8') !== wanted) {
  console.error('bench: installing the benchmark packages (npm ci in bench/)');
  execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: __dirname, stdio: ['ignore', 'inherit', 'inherit'] });
  fs.writeFileSync(stamp, wanted);
}
