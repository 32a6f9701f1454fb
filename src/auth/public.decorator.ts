import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'cadre:auth:public';

/** Lets a route under `/api` be called without a token (login). */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(IS_PUBLIC, true);
