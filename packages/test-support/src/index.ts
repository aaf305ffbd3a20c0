// One test harness for tests/, the API's server tests and bench/ (see README.md beside this folder).
export { type AxeImpact, type AxeOptions, type AxeViolation, axeViolations, WCAG_TAGS } from './axe';
export { CHROMIUM, CHROMIUM_FLAGS, launchChromium } from './chromium';
export { writtenDate } from './clock';
export { PDF, PNG, pdfFile, photo } from './files';
export { focused, tabTo } from './keyboard';
export {
  type AppOptions,
  apiRefusal,
  attach,
  checkScreen,
  current,
  go,
  logIn,
  loseAnswers,
  openApp,
  type PickedFile,
  press,
  shoot,
} from './miniprogram';
export { ARTIFACTS, screenshotDir } from './paths';
export { CHINA, DESKTOP, openPerson, type Person, type PersonOptions, PHONE } from './person';
export * from './processes';
export { builtPages, pageType, SCRIPTED_PAGES, SITE_DIST, startSite } from './site';
export { DAY_AND_NIGHT, type Suite, useSystem } from './suite';
