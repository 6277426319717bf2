import fs from 'node:fs';

/**
 * Preloaded (`node --require`) into every service `npm start` runs. The
 * services run in process groups of their own, so that Ctrl-C reaches the
 * launcher alone and it can stop them in order; but then nothing stops them
 * when the launcher itself dies (kill -9, a crash). Their IPC channel to the
 * launcher closes when it does: the service stops as on SIGTERM, finishing
 * its in-flight requests.
 */
if (process.channel !== undefined) {
  // The channel is only a lifeline: it must not keep a service alive on its own.
  process.channel.unref();
  process.once('disconnect', () => {
    silenceOutput();
    process.kill(process.pid, 'SIGTERM');
  });
}

/**
 * Nobody reads the service's stdout and stderr any more (they were pipes to
 * the launcher): writing to them fails with EPIPE, and pino's flush at exit
 * retries such a write forever (sonic-boom 4), so the service would never
 * end. They become /dev/null instead: a closed descriptor's number is the
 * lowest free one, and the next open takes it.
 */
function silenceOutput(): void {
  for (const fd of [1, 2]) {
    fs.closeSync(fd);
    const reopened = fs.openSync('/dev/null', 'w');
    // Another thread opened a file in between and took the number: leave the descriptor closed rather than leak this one.
    if (reopened !== fd) fs.closeSync(reopened);
  }
}
