import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gatewayEnvSchema } from '@prometric/gateway';
import { REPO_ROOT, eventRoutes, subgraphSdls } from '@prometric/testing';
import { serviceV8Flags } from '../scripts/services';

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

  it('the image copies the dependency patches before installing (a frozen install applies them)', () => {
    const dockerfile = readFileSync(join(REPO_ROOT, 'docker/Dockerfile'), 'utf8');
    const workspace = readFileSync(join(REPO_ROOT, 'pnpm-workspace.yaml'), 'utf8');
    const patches = [...workspace.matchAll(/^\s+'?[^:\n]+'?: (patches\/\S+\.patch)$/gm)].map((m) => m[1]);
    expect(patches.length).toBeGreaterThan(0);
    for (const patch of patches) expect(existsSync(join(REPO_ROOT, patch))).toBe(true);
    const copied = dockerfile.indexOf('COPY patches/ patches/');
    expect(copied).toBeGreaterThan(-1);
    expect(copied).toBeLessThan(dockerfile.indexOf('pnpm install --frozen-lockfile'));
  });

  it('docker-compose runs every subgraph and points the gateway at it, every Node service with the heap flags pnpm start gives it', () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    const nodeCommands = [...compose.matchAll(/command: (\["node",.*\])$/gm)].map((m) => JSON.parse(m[1]) as string[]);
    expect(nodeCommands.map((c) => c.at(-1))).toEqual(expect.arrayContaining(['gateway/src/main.ts', 'orchestrator/src/main.ts']));
    for (const command of nodeCommands) expect([command.at(-1), command.slice(1, -3)]).toEqual([command.at(-1), serviceV8Flags(command.at(-1)!)]);
    for (const dir of readdirSync(join(REPO_ROOT, 'subgraphs'))) {
      expect([dir, nodeCommands.some((c) => c.at(-1) === `subgraphs/${dir}/src/main.ts`)]).toEqual([dir, true]);
      expect([dir, compose.includes(`SUBGRAPH_${dir.toUpperCase()}_URL: http://${dir}:`)]).toEqual([dir, true]);
    }
  });

  it('every subgraph of the composition (the orchestrator’s too) has a gateway URL override, set by docker-compose and pnpm start', async () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    const start = readFileSync(join(REPO_ROOT, 'scripts/start.ts'), 'utf8');
    const names = (await subgraphSdls()).map((s) => s.name);
    expect(names).toContain('orchestrator');
    for (const name of names) {
      const variable = `SUBGRAPH_${name.toUpperCase()}_URL`;
      expect([variable, variable in gatewayEnvSchema.shape]).toEqual([variable, true]);
      expect([variable, compose.includes(`${variable}: http://${name}:`)]).toEqual([variable, true]);
    }
    expect(start).toContain('SUBGRAPH_ORCHESTRATOR_URL');
  });

  it("gives every service the composition's event routes (the consumers' declarations)", () => {
    const compose = readFileSync(join(REPO_ROOT, 'docker-compose.yml'), 'utf8');
    const line = /^\s+EVENT_ROUTES: '(.+)'$/m.exec(compose);
    expect(line).not.toBeNull();
    expect(JSON.parse(line![1])).toEqual(eventRoutes());
  });
});
