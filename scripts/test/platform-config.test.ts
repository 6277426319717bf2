import { ConfigError } from '@governance/kit/env';
import { HEAP, MALLOC_ARENAS, planPlatform } from '../src/platform-config';

describe("npm start's plan: node's flags for each service", () => {
  it('gives a subgraph an 8 MB young generation and a 192 MB old-generation cap, the gateway 4 MB and 224 MB', () => {
    const plan = planPlatform({});
    expect(plan.subgraphs.length).toBeGreaterThan(0);
    for (const subgraph of plan.subgraphs) expect(subgraph.nodeArgs).toEqual(['--max-semi-space-size=8', '--max-old-space-size=192']);
    expect(plan.gateway.nodeArgs).toEqual(['--max-semi-space-size=4', '--max-old-space-size=224']);
    expect([HEAP.subgraph.oldSpace.defaultMb, HEAP.gateway.oldSpace.defaultMb]).toEqual([192, 224]);
  });

  it('takes the caps from SUBGRAPH_MAX_OLD_SPACE_MB and GATEWAY_MAX_OLD_SPACE_MB, each for its own kind of service', () => {
    const plan = planPlatform({ SUBGRAPH_MAX_OLD_SPACE_MB: '128', GATEWAY_MAX_OLD_SPACE_MB: '320' });
    for (const subgraph of plan.subgraphs) expect(subgraph.nodeArgs).toContain('--max-old-space-size=128');
    expect(plan.gateway.nodeArgs).toContain('--max-old-space-size=320');
  });

  it('refuses a cap too small to start a service, naming the variable', () => {
    expect(() => planPlatform({ SUBGRAPH_MAX_OLD_SPACE_MB: '16' })).toThrow(ConfigError);
    expect(() => planPlatform({ SUBGRAPH_MAX_OLD_SPACE_MB: 'lots' })).toThrow(/SUBGRAPH_MAX_OLD_SPACE_MB/);
  });
});

describe("npm start's plan: malloc's arenas", () => {
  it('runs every service with MALLOC_ARENA_MAX=2 unless the environment sets it', () => {
    const plan = planPlatform({});
    for (const service of [...plan.subgraphs, plan.gateway]) expect(service.env.MALLOC_ARENA_MAX).toBe('2');
    expect(MALLOC_ARENAS).toEqual({ variable: 'MALLOC_ARENA_MAX', default: 2 });
    const mine = planPlatform({ MALLOC_ARENA_MAX: '8' });
    for (const service of [...mine.subgraphs, mine.gateway]) expect(service.env.MALLOC_ARENA_MAX).toBe('8');
  });

  it('refuses a value glibc would not take as a count of arenas, naming the variable', () => {
    expect(() => planPlatform({ MALLOC_ARENA_MAX: 'few' })).toThrow(/MALLOC_ARENA_MAX/);
    expect(() => planPlatform({ MALLOC_ARENA_MAX: '0' })).toThrow(ConfigError);
  });
});
