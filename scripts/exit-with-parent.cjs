// Preloaded into every service `pnpm start` forks, and into `pnpm start` itself when a test or a
// bench starts it (startProcessStack): when the parent goes (Ctrl-C, a crash, SIGKILL), the IPC
// channel closes and the process shuts down as on SIGTERM, so no orphan keeps a port.
if (process.send) {
  // The channel only watches the parent: it must not keep a process alive that has finished.
  process.channel?.unref();
  process.on('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
