import type { GlobalPosition } from '../../shared/event.js';

export interface CentreCommandResult {
  /** Where the events landed in the global order; pass it to `EventSourcing.settle` to read them back. */
  position: GlobalPosition | null;
}
