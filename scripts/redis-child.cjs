// Runs redis-server for `pnpm start` (arguments passed through) and takes it down with the stack:
// when the parent goes, however it goes, the IPC channel closes and redis-server is stopped.
const { spawn } = require('node:child_process');

const server = spawn('redis-server', process.argv.slice(2), { stdio: 'ignore' });
const stop = () => server.exitCode === null && server.kill('SIGTERM');
process.on('disconnect', stop);
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
server.on('exit', (code) => process.exit(code ?? 0));
