/** Node only. Who is annotating, for reports: CLAIMBENCH_ANALYST, else the operating-system user. */
import { userInfo } from 'node:os';

export function defaultAnalyst(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CLAIMBENCH_ANALYST?.trim()) return env.CLAIMBENCH_ANALYST.trim();
  try {
    return userInfo().username || undefined;
  } catch {
    return undefined;
  }
}
