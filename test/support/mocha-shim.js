// ask-sdk-test registers its cases with mocha's `it`/`describe`; under jest those are globals.
module.exports = {
  it: (name, fn) => global.it(name, fn),
  describe: (name, fn) => global.describe(name, fn),
};
