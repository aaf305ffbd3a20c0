// WeChat reads aria-label and aria-role on its components, but Taro's weapp templates only carry the attributes
// it knows. This adds them, so the labels written in React reach the screen reader in WeChat as well as in h5.
// onSetupClose runs once the platform (and its template) exists; every plugin that registers it is called.
const ARIA = { 'aria-label': "''", 'aria-role': "''", 'aria-checked': "''", 'aria-disabled': "''", 'aria-hidden': "''" };

module.exports = (ctx) => {
  ctx.registerMethod({
    name: 'onSetupClose',
    fn(platform) {
      const template = platform?.template;
      if (process.env.TARO_PLATFORM !== 'mini' || !template || typeof template.mergeComponents !== 'function') return;
      template.mergeComponents(ctx, { View: ARIA, Text: ARIA, Button: ARIA, Input: ARIA, Textarea: ARIA, Image: ARIA });
    },
  });
};
