// Preloaded into every service `pnpm start` forks: when the parent goes (Ctrl-C, a crash, SIGKILL),
// the IPC channel closes and the service shuts down as on SIGTERM, so no orphan keeps a port.
if (process.send) {
  process.on('disconnect', () => {
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => process.exit(1), 10_000).unref();
  });
}
