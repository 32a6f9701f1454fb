// Jest runs in ESM mode because the @nestjs 12 packages are ESM-only (see docs/decisions/0001).
const swc = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true },
      keepClassNames: true,
    },
    module: { type: 'es6' },
  },
];

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  roots: ['<rootDir>/src', '<rootDir>/test', '<rootDir>/web/src'],
  testMatch: ['**/*.spec.ts'],
  testTimeout: 60000,
  // Slowest suites first, and shards (`--shard=i/n`) balanced by time: see the file.
  testSequencer: '<rootDir>/test/support/balanced-sequencer.mjs',
};
