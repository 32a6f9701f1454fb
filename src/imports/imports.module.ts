import { type MiddlewareConsumer, Module, type NestModule } from '@nestjs/common';
import express from 'express';
import { importLedgerProvider } from '../event-store/import-ledger.js';
import { CSV_MEDIA_TYPES, ImportsController } from './api/imports.controller.js';
import { Importer } from './application/importer.service.js';

/** A 30,000-row history is about 3 MB; this leaves room for a large council's whole workforce. */
export const IMPORT_BODY_LIMIT = '32mb';

/** CSV imports through the ordinary command handlers (docs/imports.md). */
@Module({
  controllers: [ImportsController],
  providers: [Importer, importLedgerProvider],
  exports: [Importer],
})
export class ImportsModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    // The raw bytes, not text: the file's SHA-256 is of exactly what was sent.
    consumer.apply(express.raw({ type: CSV_MEDIA_TYPES, limit: IMPORT_BODY_LIMIT })).forRoutes(ImportsController);
  }
}
