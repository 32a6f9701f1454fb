import { Module } from '@nestjs/common';
import { ErasureController } from './api/erasure.controller.js';
import { EraseStaffPersonalDataHandler } from './application/erase-staff.handler.js';

/** Erasure of a person's personal data; the sealing itself wraps the event store (EventStoreModule). */
@Module({
  controllers: [ErasureController],
  providers: [EraseStaffPersonalDataHandler],
})
export class PersonalDataModule {}
