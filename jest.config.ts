/** @jest-config-loader esbuild-register */
import type { Config } from 'jest';

// SWC compiles TypeScript for every project: it emits the decorator metadata that
// type-graphql and TypeORM read, which esbuild-based transforms do not.
const swc: [string, Record<string, unknown>] = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true, tsx: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, react: { runtime: 'automatic' } },
      target: 'es2022',
    },
    module: { type: 'commonjs' },
  },
];

const common = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: {
    '^@actionconnect/shared$': '<rootDir>/packages/shared/src/index.ts',
    '^@actionconnect/ui$': '<rootDir>/packages/ui/src/index.ts',
    // Components import their stylesheet; tests read logic, never CSS.
    '\\.css$': '<rootDir>/packages/ui/src/testing/style-stub.ts',
  },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  // marked and email-reply-parser ship only ES modules; Node 20.19 requires them natively but Jest's runtime does not.
  transformIgnorePatterns: ['/node_modules/(?!(marked|email-reply-parser)/)'],
};

const config: Config = {
  // Integration and browser tests start real servers and databases; unit tests finish far sooner.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/packages/**/*.test.ts?(x)', '<rootDir>/server/src/**/*.unit.test.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/server/**/*.int.test.ts'],
    },
    {
      ...common,
      displayName: 'clients',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/client-portal/src/**/*.test.ts?(x)', '<rootDir>/client-agent/src/**/*.test.ts?(x)'],
    },
    {
      ...common,
      displayName: 'browser',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/e2e/**/*.e2e.test.ts'],
    },
  ],
};

export default config;
