import { Injectable } from '@nestjs/common';
import { DomainError } from '../shared/domain-error.js';
import type { Projection } from './projection.js';

/** Every bounded context registers its projections here when its module starts. */
@Injectable()
export class ProjectionRegistry {
  private readonly projections = new Map<string, Projection>();

  register(...projections: Projection[]): void {
    for (const p of projections) {
      if (this.projections.has(p.name)) throw new Error(`Projection ${p.name} registered twice`);
      this.projections.set(p.name, p);
    }
  }

  all(): Projection[] {
    return [...this.projections.values()];
  }

  get(name: string): Projection {
    const projection = this.projections.get(name);
    if (!projection) throw new DomainError('PROJECTIONS.NOT_FOUND', `No projection named ${name}`, 'not-found');
    return projection;
  }
}
