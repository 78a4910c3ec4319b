import base from '/work/main/playwright.config';
export default { ...base, testDir: '/work/main/tmp-report-look', use: { ...base.use, deviceScaleFactor: 1 } };
