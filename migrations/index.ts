import { EventStore1764460800001 } from './1764460800001-event-store.js';
import { Users1764460800002 } from './1764460800002-users.js';
import { Idempotency1764460800003 } from './1764460800003-idempotency.js';
import { StaffReadModel1764460800010 } from './1764460800010-staff-read-model.js';
import { TrainingReadModel1764460800020 } from './1764460800020-training-read-model.js';
import { AuditReadModel1764460800030 } from './1764460800030-audit-read-model.js';
import { PlanReadModel1764460800040 } from './1764460800040-plan-read-model.js';
import { PostsReadModel1764460800050 } from './1764460800050-posts-read-model.js';
import { EventLogIndexes1764460800060 } from './1764460800060-event-log-indexes.js';
import { BitemporalReadModels1764460800070 } from './1764460800070-bitemporal-read-models.js';
import { IdempotencyLeases1764460800100 } from './1764460800100-idempotency-leases.js';
import { UserChanges1764460800150 } from './1764460800150-user-changes.js';
import { ImportLedgerIndex1764460800200 } from './1764460800200-import-ledger-index.js';
import { CaseloadsReadModel1764460800300 } from './1764460800300-caseloads-read-model.js';
import { CentreReadModels1764460800400 } from './1764460800400-centre-read-models.js';
import { PersonalDataKeys1764460800500 } from './1764460800500-personal-data-keys.js';

/** Every migration in order. Listed explicitly: TypeORM's glob loading does not work under ESM builds. */
export const migrations = [
  EventStore1764460800001,
  Users1764460800002,
  Idempotency1764460800003,
  StaffReadModel1764460800010,
  TrainingReadModel1764460800020,
  AuditReadModel1764460800030,
  PlanReadModel1764460800040,
  PostsReadModel1764460800050,
  EventLogIndexes1764460800060,
  BitemporalReadModels1764460800070,
  IdempotencyLeases1764460800100,
  UserChanges1764460800150,
  ImportLedgerIndex1764460800200,
  CaseloadsReadModel1764460800300,
  CentreReadModels1764460800400,
  PersonalDataKeys1764460800500,
];
