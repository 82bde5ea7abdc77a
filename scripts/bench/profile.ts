/**
 * Where serving time goes: a CPU profile of the bench's questions (taken with `node:inspector`,
 * in a second pass so the timed pass carries no profiler), each sample charged to the part of
 * Byline that was running — the Byline function nearest the top of its stack decides, so time in
 * `JSON.parse` or `readSync` is charged to the code that called it.
 */
import { Session } from 'node:inspector/promises';

/** The parts serving time is charged to, in the order the table shows them. */
export const PARTS = ['search', 'reading', 'answering', 'gc', 'other'] as const;
export type Part = (typeof PARTS)[number];

/** Share of profiled serving time per part (0..1). */
export type ServingProfile = Record<Part, number>;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
  children?: number[];
}

export interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** The part a source file belongs to, or undefined when it is not Byline's. */
function partOf(url: string): Part | undefined {
  if (/\/src\/index\/textSearch\.[jt]s$/.test(url)) return 'search';
  if (/\/src\/index\/(articleSource|compactExtract|corpusIndex)\.[jt]s$/.test(url)) return 'reading';
  if (/\/src\//.test(url)) return 'answering';
  return undefined;
}

/** Runs `work` under the CPU profiler; returns the profile (a `.cpuprofile` for DevTools) and its samples charged to {@link PARTS}. */
export async function profileServing(work: () => Promise<void>): Promise<{ profile: CpuProfile; shares: ServingProfile }> {
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.start');
  let profile: CpuProfile;
  try {
    await work();
  } finally {
    ({ profile } = (await session.post('Profiler.stop')) as unknown as { profile: CpuProfile });
    session.disconnect();
  }
  return { profile, shares: shares(profile) };
}

/** Each part's share of the profile's busy time. */
export function shares(profile: CpuProfile): ServingProfile {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const part = new Map<number, Part | 'idle'>();
  const charge = (id: number): Part | 'idle' => {
    const known = part.get(id);
    if (known !== undefined) return known;
    const { functionName, url } = byId.get(id)!.callFrame;
    const up = parent.get(id);
    const found: Part | 'idle' =
      functionName === '(garbage collector)' ? 'gc' : functionName === '(idle)' ? 'idle' : (partOf(url) ?? (up === undefined ? 'other' : charge(up)));
    part.set(id, found);
    return found;
  };
  const time: Record<Part, number> = { search: 0, reading: 0, answering: 0, gc: 0, other: 0 };
  profile.samples.forEach((id, n) => {
    const charged = charge(id);
    if (charged !== 'idle') time[charged] += profile.timeDeltas[n] ?? 0;
  });
  const busy = PARTS.reduce((sum, p) => sum + time[p], 0) || 1;
  return Object.fromEntries(PARTS.map((p) => [p, time[p] / busy])) as ServingProfile;
}
