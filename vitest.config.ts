import { defineConfig } from 'vitest/config';

// Two projects split by cost: many fast unit tests, and a few browser tests against the built site.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // One browser, one server: files run one after another.
          fileParallelism: false,
          // …in one module registry, so tests/e2e/site-data.ts reads the cases once, not once per
          // file: with 1 091 cases that read takes 2 s. No e2e test mocks a module.
          isolate: false,
        },
      },
    ],
  },
});
