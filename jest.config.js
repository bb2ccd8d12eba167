/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.tsx?$': ['@swc/jest', { jsc: { target: 'es2022' } }],
    // double-metaphone (the model rules' phonetic key) ships only as an ES module: compiled like our own code.
    '/node_modules/double-metaphone/.+\\.js$': ['@swc/jest', { jsc: { target: 'es2022' } }],
  },
  transformIgnorePatterns: ['/node_modules/(?!double-metaphone/)'],
  moduleNameMapper: { '^mocha$': '<rootDir>/test/support/mocha-shim.js' },
  testTimeout: 20000,
};
