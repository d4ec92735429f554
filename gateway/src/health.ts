import { parse, Kind, type EnumValueDefinitionNode, type ConstArgumentNode } from 'graphql';

export interface SubgraphEndpoint {
  name: string;
  url: string;
}

/** The subgraphs a supergraph names (its `join__Graph` enum), with URL overrides applied. */
export function subgraphsOf(supergraphSdl: string, overrides: Record<string, string>): SubgraphEndpoint[] {
  const doc = parse(supergraphSdl);
  const graphEnum = doc.definitions.find((d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'join__Graph');
  if (!graphEnum || graphEnum.kind !== Kind.ENUM_TYPE_DEFINITION) return [];
  return (graphEnum.values ?? []).map((value: EnumValueDefinitionNode) => {
    const args = value.directives?.find((d) => d.name.value === 'join__graph')?.arguments ?? [];
    const arg = (n: string) => {
      const a = args.find((x: ConstArgumentNode) => x.name.value === n);
      return a && a.value.kind === Kind.STRING ? a.value.value : '';
    };
    const name = arg('name');
    return { name, url: overrides[name] ?? arg('url') };
  });
}

export interface HealthReport {
  status: 'ok' | 'degraded';
  subgraphs: Record<string, 'ok' | 'down'>;
}

/** Asks each subgraph's /health (next to its /graphql) in parallel. */
export async function checkSubgraphs(subgraphs: SubgraphEndpoint[], timeoutMs: number): Promise<HealthReport> {
  const results = await Promise.all(
    subgraphs.map(async ({ name, url }) => {
      try {
        const res = await fetch(new URL('/health', url), { signal: AbortSignal.timeout(timeoutMs) });
        return [name, res.ok ? 'ok' : 'down'] as const;
      } catch {
        return [name, 'down'] as const;
      }
    }),
  );
  const report = Object.fromEntries(results) as Record<string, 'ok' | 'down'>;
  return { status: Object.values(report).every((s) => s === 'ok') ? 'ok' : 'degraded', subgraphs: report };
}
