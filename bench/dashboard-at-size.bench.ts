import { benchDashboard } from './dashboard.bench.js';
import { postJson, runLoad } from './http-load.js';
import { hireBody, ok, openHttpSession } from './http-session.js';
import { progress } from './report.js';
import type { DashboardFigure } from './results.js';
import { openTarget } from './target.js';

/**
 * Issue 4's figure at exactly the size it names: a fresh store (its own scratch database or
 * temporary directory) where `staff` people are hired and `posts` posts established and filled
 * over HTTP, then the tapering dashboard is read one request at a time.
 */
export async function benchDashboardAtSize(options: {
  staff: number;
  posts: number;
  reads: number;
}): Promise<DashboardFigure[]> {
  const target = await openTarget(false);
  try {
    const session = await openHttpSession(target.env, target.adminPassword);
    try {
      const staffIds: string[] = [];
      progress(`dashboard: hire ${options.staff} staff into a fresh store`);
      const hired = await runLoad(
        'hire',
        options.staff,
        8,
        (i) => postJson(session.base, session.hr, '/api/staff', hireBody(i)),
        (i, answer) => {
          if (ok(answer)) staffIds[i] = String(answer.body.id);
        },
      );
      if (hired.failed > 0) throw new Error(`${hired.failed} hires failed: ${JSON.stringify(hired.failures)}`);
      const { dashboard } = await benchDashboard(session.base, session.admin, {
        posts: options.posts,
        reads: options.reads,
        staffIds,
        count: session.count,
      });
      return dashboard.map((figure) => ({ ...figure, name: `${figure.name}, fresh store` }));
    } finally {
      await session.close();
    }
  } finally {
    await target.cleanup();
  }
}
