import { type DynamicModule, Global, Module } from '@nestjs/common';
import { ConfigModule, ConfigService } from '@nestjs/config';
import { APP_CONFIG, APP_OPTIONS, loadConfig, type AppOptions } from './app-config.js';

/**
 * @nestjs/config with cadre's own validation: `loadConfig` throws a ConfigError naming the bad
 * variable, which stops start-up. The validated object is injected as APP_CONFIG.
 */
@Global()
@Module({})
export class CadreConfigModule {
  static forRoot(env: Record<string, string | undefined> = process.env, options: AppOptions = {}): DynamicModule {
    return {
      module: CadreConfigModule,
      imports: [
        ConfigModule.forRoot({ ignoreEnvFile: true, ignoreEnvVars: true, load: [() => ({ app: loadConfig(env) })] }),
      ],
      providers: [
        { provide: APP_CONFIG, inject: [ConfigService], useFactory: (c: ConfigService) => c.get('app') },
        { provide: APP_OPTIONS, useValue: options },
      ],
      exports: [APP_CONFIG, APP_OPTIONS],
    };
  }
}
