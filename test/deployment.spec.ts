import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, eventRoutes } from '@prometric/testing';

/** Every workspace package, as pnpm-workspace.yaml lists them (`dir/*` globs and plain dirs). */
function workspacePackages(): string[] {
  const globs = readFileSync(join(REPO_ROOT, 'pnpm-workspace.yaml'), 'utf8')
    .split('\n')
    .map((line) => /^\s+-\s+(.+)$/.exec(line)?.[1]?.trim())
    .filter((g): g is string => !!g);
  return globs.flatMap((g) =>
    g.endsWith('/*')
      ? readdirSync(join(REPO_ROOT, g.slice(0, -2))).map((d) => `${g.slice(0, -2)}/${d}`).filter((d) => existsSync(join(REPO_ROOT, d, 'package.json')))
      : [g],
  );
}

describe('deployment files follow the workspace', () => {
  it('the image copies every workspace manifest before installing (a frozen install needs them all)', () => {
    const dockerfile = readFileSync(join(REPO_ROOT, 'docker/Dockerfile'), 'utf8');
    const packages = workspacePackages();
    expect(packages).toEqual(expect.arrayContaining(['subgraphs/production', 'subgraphs/hr', 'orchestrator', 'gateway']));
    for (const dir of packages) expect([dir, dockerfile.includes(`COPY ${dir}/package.json ${dir}/`)]).toEqual([dir, true]);
  });

  it('docker-compose runs every subgraph and points the gateway at it', () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    for (const dir of readdirSync(join(REPO_ROOT, 'subgraphs'))) {
      expect([dir, compose.includes(`command: ["node", "-r", "@swc-node/register", "subgraphs/${dir}/src/main.ts"]`)]).toEqual([dir, true]);
      expect([dir, compose.includes(`SUBGRAPH_${dir.toUpperCase()}_URL: http://${dir}:`)]).toEqual([dir, true]);
    }
  });

  it("gives every service the composition's event routes (the consumers' declarations)", () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    const line = /^\s+EVENT_ROUTES: '(.+)'$/m.exec(compose);
    expect(line).not.toBeNull();
    expect(JSON.parse(line![1])).toEqual(eventRoutes());
  });
});
